#pragma once
// The phases of a long drawing, for a front end to show: the render library only names
// each phase as it starts; where and whether to show it (a terminal) is the caller's.

#include <functional>
#include <string_view>

namespace govgraph::render {

/// Told the name of each phase of a drawing as it starts ("laying out sector 3 of 9").
using ProgressSink = std::function<void(std::string_view phase)>;

/// Sets the sink for this process's drawings while it lives, then restores the one
/// before. Graphviz drawing is single-threaded, and so is this.
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

}  // namespace govgraph::render
