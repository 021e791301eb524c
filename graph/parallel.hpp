#pragma once
// Work shared between threads by index: each thread takes the next index not yet begun,
// and results go where their index says, so the order of work never shows.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <future>
#include <thread>
#include <vector>

namespace govgraph {

/// Calls work(i) for every i below `count` on up to `threads` threads (the calling thread
/// one of them). The exception of the lowest index that threw is thrown again here, once
/// every thread is done, so a failure is the same however the work fell.
template <typename Work>
void for_each_index(std::size_t count, unsigned threads, const Work& work) {
  std::vector<std::exception_ptr> failures(count);
  std::atomic<std::size_t> next{0};
  const auto take = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < std::min<std::size_t>(threads, count); ++t) helpers.emplace_back(take);
  take();
  for (auto& helper : helpers) helper.join();
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

/// Runs `now()` on this thread and `later()` beside it on a second thread when
/// `worth_a_thread`, else after it on this one (starting a thread costs more than small
/// work, and a candidate restructure's map is built thousands of times). Returns what
/// `later()` returns.
template <typename Later, typename Now>
auto beside(bool worth_a_thread, Later later, const Now& now) {
  if (!worth_a_thread) {
    now();
    return later();
  }
  auto result = std::async(std::launch::async, std::move(later));
  now();
  return result.get();
}

}  // namespace govgraph
