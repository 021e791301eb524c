#pragma once
// How the process's memory is served, where a command knows better than the default.

#include <cstdint>

namespace govgraph::cli {

/// From now on, when the inputs come to `bytes` of at least large_input_bytes: serves
/// memory from 2 MiB pages where the system allows it (Linux's transparent huge pages),
/// and keeps memory freed for the process's next allocation rather than handing it back
/// to the system. For a command that holds a large map and its findings: a page then
/// covers 512 times as much memory, so the processor misses fewer address translations as
/// the rules follow links across them, and memory freed while loading is not faulted in
/// and zeroed again while writing. The README's Speed section gives the paired runs. Does
/// nothing in a build without mimalloc.
void serve_large_inputs(std::uintmax_t bytes);

}  // namespace govgraph::cli
