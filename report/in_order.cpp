#include "report/in_order.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace govgraph {

void make_in_order(std::size_t parts, unsigned threads, std::size_t window,
                   const std::function<void(std::size_t)>& make, const std::function<void(std::size_t)>& take) {
  if (window == 0) window = 1;
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_to_make = 0;
  std::size_t taken = 0;  // parts taken so far: part `taken` is the next to take
  std::vector<bool> made(window, false);
  std::exception_ptr failure;

  // Claims the next part when its slot is free; false when none is left or one failed.
  const auto claim = [&](std::unique_lock<std::mutex>& lock, std::size_t& part, bool wait) {
    for (;;) {
      if (failure || next_to_make >= parts) return false;
      if (next_to_make < taken + window) {
        part = next_to_make++;
        return true;
      }
      if (!wait) return false;
      changed.wait(lock);
    }
  };
  const auto make_one = [&](std::unique_lock<std::mutex>& lock, std::size_t part) {
    lock.unlock();
    std::exception_ptr thrown;
    try {
      make(part);
    } catch (...) {
      thrown = std::current_exception();
    }
    lock.lock();
    if (thrown && !failure) failure = thrown;
    made[part % window] = true;
    changed.notify_all();
  };

  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads && t < parts; ++t)
    helpers.emplace_back([&] {
      std::unique_lock lock(mutex);
      for (std::size_t part = 0; claim(lock, part, true);) make_one(lock, part);
    });

  {
    std::unique_lock lock(mutex);
    while (taken < parts && !failure) {
      if (made[taken % window]) {
        made[taken % window] = false;
        const std::size_t part = taken;
        lock.unlock();
        try {
          take(part);
        } catch (...) {
          lock.lock();
          if (!failure) failure = std::current_exception();  // the helpers stop claiming parts
          break;
        }
        lock.lock();
        ++taken;
        changed.notify_all();
        continue;
      }
      // While the next part is being made elsewhere, this thread makes a later one.
      std::size_t part = 0;
      if (claim(lock, part, false)) make_one(lock, part);
      else changed.wait(lock);
    }
    changed.notify_all();
  }
  for (auto& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace govgraph
