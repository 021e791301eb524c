#pragma once
// The phases of a long run, for a front end to show: the libraries only name each phase
// as it starts (reading a map, laying out a drawing); where and whether to show it (a
// terminal) is the caller's.

#include <functional>
#include <string_view>

namespace govgraph {

/// Told the name of each phase as it starts ("reading map.json", "laying out box 3 of 9").
/// May be called from several threads at once (diff reads its two maps at once).
using ProgressSink = std::function<void(std::string_view phase)>;

/// Sets the sink for this process while it lives, then restores the one before. Set
/// from one thread, while no other reports.
class ProgressScope {
 public:
  explicit ProgressScope(ProgressSink sink);
  ~ProgressScope();
  ProgressScope(const ProgressScope&) = delete;
  ProgressScope& operator=(const ProgressScope&) = delete;

 private:
  ProgressSink previous_;
};

/// Tells the current sink, if any, that `phase` starts. O(1) plus the sink.
void report_progress(std::string_view phase);

}  // namespace govgraph
