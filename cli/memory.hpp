#pragma once
// How the process's memory is served, where a command knows better than the default.

#include <cstdint>

namespace govgraph::cli {

/// From now on, serves memory from 2 MiB pages where the system allows it (Linux's
/// transparent huge pages), when the inputs come to `bytes` of at least large_input_bytes.
/// For a command that holds two large maps and their findings at once: a page then covers
/// 512 times as much memory, so the processor misses fewer address translations as the
/// rules and the comparison follow links across them. The README's Speed section gives
/// the paired runs, and why a command with one map keeps 4 KiB pages. Does nothing in a
/// build without mimalloc.
void prefer_large_pages(std::uintmax_t bytes);

}  // namespace govgraph::cli
