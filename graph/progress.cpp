#include "graph/progress.hpp"

#include <utility>

namespace govgraph {
namespace {

ProgressSink& current_sink() {
  static ProgressSink sink;
  return sink;
}

}  // namespace

ProgressScope::ProgressScope(ProgressSink sink) : previous_(std::exchange(current_sink(), std::move(sink))) {}

ProgressScope::~ProgressScope() { current_sink() = std::move(previous_); }

void report_progress(std::string_view phase) {
  if (current_sink()) current_sink()(phase);
}

}  // namespace govgraph
