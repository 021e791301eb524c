#include "cli/memory.hpp"

#ifdef GOVGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

#include "cli/progress.hpp"

namespace govgraph::cli {

void prefer_large_pages([[maybe_unused]] std::uintmax_t bytes) {
#ifdef GOVGRAPH_MIMALLOC
  // Read by mimalloc each time it takes memory from the system: segments taken before keep their pages.
  if (bytes >= large_input_bytes) mi_option_enable(mi_option_large_os_pages);
#endif
}

}  // namespace govgraph::cli
