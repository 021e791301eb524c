#pragma once
// Problems found in user input, each with its place: FILE:LINE:COLUMN: error: message,
// or BOOK:SHEET!CELL for a workbook's cell.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// Where a value came from. line and column are 1-based; 0 means unknown.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

/// The Location file of a workbook's sheet, "map.xlsx:Bodies!": a Location with it keeps
/// the row as its line and the column as its column, and prints as map.xlsx:Bodies!C7.
std::string sheet_place(std::string_view book, std::string_view sheet);

/// A column's letters as a spreadsheet names it: 1 is A, 27 is AA.
std::string column_letters(int column);

struct Diagnostic {
  enum class Level { error, warning };
  Level level = Level::error;
  Location where;
  std::string message;

  /// "map.json:12:5: error: message" ("map.xlsx:Bodies!C7: error: ..." for a sheet), on one line (graph/escape.hpp's readable_text).
  [[nodiscard]] std::string format() const;
};

/// The problems of one input, in the order they were found.
class Diagnostics {
 public:
  void error(Location where, std::string message);
  void warning(Location where, std::string message);
  [[nodiscard]] bool has_errors() const { return errors_ > 0; }
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  void append(const Diagnostics& other);
  /// Adds `more` to the message of problem number `index` (all()'s order): what a later
  /// look found about the same problem, such as its other places.
  void add_to_message(std::size_t index, std::string_view more) { items_.at(index).message += more; }

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

/// Bad input: thrown at the boundary with every problem found, caught once by the CLI
/// and mapped to exit code 2.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostics diagnostics);
  InputError(Location where, std::string message);
  [[nodiscard]] const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

/// Not the input's fault: the environment or a library failed (a disk full, a write the
/// system refused, Graphviz unable to lay out or draw). Its message says what could not
/// be done and why; caught once by the CLI and mapped to exit code 3.
class EnvironmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace govgraph
