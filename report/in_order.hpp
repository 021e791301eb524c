#pragma once
// Making the parts of a large output on several threads and writing them in order, with
// only a few parts held at once: a report of many findings is made on two cores, yet its
// bytes are exactly those one thread would write.

#include <cstddef>
#include <functional>

namespace govgraph {

/// Calls make(k) for every part k in [0, parts), on up to `threads` threads (this one
/// among them), and take(k) for each on this thread in order 0, 1, 2, ... once made.
/// make(k) begins only once take(k - window) has returned, so a caller keeps the parts
/// in `window` slots (k % window). The first exception make or take throws is thrown here,
/// once every thread has stopped.
void make_in_order(std::size_t parts, unsigned threads, std::size_t window,
                   const std::function<void(std::size_t)>& make, const std::function<void(std::size_t)>& take);

}  // namespace govgraph
