#pragma once
// What every fuzz target shares: which exceptions are the readers' answer to bad input,
// and the work the CLI does on a map once it has been read.

#include <string>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph::fuzz {

/// Runs `read`. An InputError (exit 2) or an EnvironmentError (exit 3) is the expected
/// answer to bad input; anything else escapes, aborts, and libFuzzer reports the input.
template <typename Read>
void expecting_input_errors(Read&& read) {
  try {
    read();
  } catch (const InputError&) {
  } catch (const EnvironmentError&) {
  }
}

/// What `load_map` does after reading: check_map. When the map has no errors, what
/// `analyse` and `validate` do with it (the whole map and the map as at a date): the
/// graph, every rule with default settings, the figures and every report format; the
/// JSON report and the map written back as JSON must parse, and that JSON map must read
/// back without errors. Aborts on a broken promise.
void exercise_map(MapData map, Diagnostics found);

/// The example map, read once, for the targets that need a valid map to work on.
const MapData& example_map();

}  // namespace govgraph::fuzz
