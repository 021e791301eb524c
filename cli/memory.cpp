#include "cli/memory.hpp"

#ifdef GOVGRAPH_MIMALLOC
#include <mimalloc.h>
#endif

#include "cli/progress.hpp"

namespace govgraph::cli {

void serve_large_inputs([[maybe_unused]] std::uintmax_t bytes) {
#ifdef GOVGRAPH_MIMALLOC
  if (bytes < large_input_bytes) return;
  // Read by mimalloc each time it takes memory from the system: segments taken before keep their pages.
  mi_option_enable(mi_option_large_os_pages);
  // Memory freed stays the process's for its next allocation, rather than being handed
  // back to the system and faulted in (and zeroed) again: such a command frees and
  // takes hundreds of megabytes as it loads, analyses and writes.
  mi_option_disable(mi_option_allow_decommit);
#endif
}

}  // namespace govgraph::cli
