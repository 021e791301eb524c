#include "graph/diagnostic.hpp"

#include "graph/escape.hpp"

namespace govgraph {
namespace {

std::string first_error(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all())
    if (d.level == Diagnostic::Level::error) return d.format();
  return "invalid input";
}

/// "Bodies!C7", "Bodies!7:7" for a whole row, "Bodies" for the sheet: `file` is a sheet_place.
std::string cell_place(std::string_view file, const Location& where) {
  file.remove_suffix(1);  // the '!'
  if (where.line <= 0) return std::string(file);
  const std::string row = std::to_string(where.line);
  return std::string(file) + '!' + (where.column > 0 ? column_letters(where.column) + row : row + ':' + row);
}

}  // namespace

std::string sheet_place(std::string_view book, std::string_view sheet) {
  return std::string(book) + ':' + std::string(sheet) + '!';
}

std::string column_letters(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

std::string Diagnostic::format() const {
  std::string text = where.file.empty() ? std::string("<input>") : where.file;
  if (!where.file.empty() && where.file.back() == '!') {
    text = cell_place(where.file, where);
  } else if (where.line > 0) {
    text += ':' + std::to_string(where.line);
    if (where.column > 0) text += ':' + std::to_string(where.column);
  }
  text += level == Level::error ? ": error: " : ": warning: ";
  text += message;
  // One line, whatever the file name or a quoted value holds: a line feed from a map
  // could otherwise start a line that reads as another FILE:LINE:COL: error. A carriage
  // return shows as '?', as in every other line printed to a terminal.
  return readable_text(text, "", "\t\n");
}

void Diagnostics::error(Location where, std::string message) {
  items_.push_back({Diagnostic::Level::error, std::move(where), std::move(message)});
  ++errors_;
}

void Diagnostics::warning(Location where, std::string message) {
  items_.push_back({Diagnostic::Level::warning, std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) {
    items_.push_back(d);
    if (d.level == Diagnostic::Level::error) ++errors_;
  }
}

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(first_error(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location where, std::string message)
    : InputError([&] {
        Diagnostics d;
        d.error(std::move(where), std::move(message));
        return d;
      }()) {}

}  // namespace govgraph
