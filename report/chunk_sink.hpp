#pragma once
// Where a large output's bytes go, a block at a time, so it is never held whole: a file
// written all or nothing, or stdout (cli/output.hpp).

#include <functional>
#include <string_view>

namespace govgraph {

using ChunkSink = std::function<void(std::string_view)>;

}  // namespace govgraph
