#pragma once
// A JSON document as a tree whose every value knows where it started, parsed with
// RapidJSON's iterative (constant stack) parser. Shared by every JSON input: maps,
// waivers and restructure proposals, so all report FILE:LINE:COLUMN the same way.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

struct JsonMember;

struct JsonNode {
  enum class Type { null, boolean, integer, number, string, array, object };
  Type type = Type::null;
  std::size_t offset = 0;  // byte offset of the value's first character
  bool boolean = false;
  long long integer = 0;   // Type::integer
  double number = 0;       // Type::number and Type::integer
  std::string text;        // Type::string
  std::vector<JsonNode> items;       // Type::array
  std::vector<JsonMember> members;   // Type::object, in document order

  /// The member named `key`, or nullptr.
  [[nodiscard]] const JsonMember* find(std::string_view key) const;
};

struct JsonMember {
  std::string key;
  std::size_t key_offset = 0;
  JsonNode value;
};

/// "an object", "a string", ...: for "expected X, found Y" messages.
std::string_view describe(JsonNode::Type type);

/// Turns byte offsets into 1-based line and column (columns count UTF-8 characters).
/// Cheap for offsets met in increasing order, as a tree walk meets them.
class TextLocator {
 public:
  explicit TextLocator(std::string_view text);
  [[nodiscard]] Position position(std::size_t offset);

 private:
  [[nodiscard]] std::size_t line_of(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::size_t last_offset_ = 0;
  Position last_{1, 1};
};

/// Offered each item of an array that is a member of the root object (`member` names
/// it, `index` counts from 0) as soon as the item is read, so a large document's records
/// need never be one tree; returns whether it took the item (and may have moved from it),
/// which the array then lacks.
using ItemSink = std::function<bool(std::string_view member, std::size_t index, JsonNode& item)>;

/// Reads the objects in the root object's arrays straight from the parser's events, so
/// that the common records of a large document are never a tree. Each call returns whether
/// the reader can go on; a refused item is parsed alone into a tree and offered to the
/// ItemSink instead, so the reader takes only what it reads exactly as the tree would be
/// read, and the parse fails exactly where and why it would without a reader.
class ItemReader {
 public:
  virtual ~ItemReader() = default;

  /// Item `index` of `member`, an object starting at `offset`, begins.
  virtual bool start(std::string_view member, std::size_t index, std::size_t offset) = 0;
  /// A key of the item's own object.
  virtual bool key(std::string_view key) = 0;
  /// A string, number, boolean or null, its offset set.
  virtual bool value(const JsonNode& scalar) = 0;
  /// An array or object inside the item opens at `offset`; then it closes.
  virtual bool open(JsonNode::Type type, std::size_t offset) = 0;
  virtual bool close() = 0;
  /// The item's object closes.
  virtual bool finish() = 0;
};

/// Reads the later items of a large root array on a second thread while the parse reads
/// the text before them, so a document that is mostly one array is parsed in about half
/// the time. It is a guess, checked: the parse takes the items read ahead only when the
/// item it has just read is followed by the first of them in the same array, and then as
/// if it had read them itself; otherwise that work is dropped. The second thread stops
/// before the first item its reader refuses or cannot parse, which the parse then reads
/// itself, so every message, its place and its order are unchanged.
class ItemReadAhead {
 public:
  virtual ~ItemReadAhead() = default;

  /// The offset of the first item to read ahead: its `{`.
  [[nodiscard]] virtual std::size_t at() const = 0;
  /// Called first on the second thread: the member of the root object whose array that
  /// item is taken to be in, and the reader for the items read ahead (used only on that
  /// thread, its indexes counting from the first), or a null reader to read none.
  virtual std::pair<std::string, ItemReader*> start() = 0;
  /// On the parse's thread, once the second thread is done: the first `count` items the
  /// reader took are the next items of the array, after those the parse's reader took.
  virtual void adopt(std::size_t count) = 0;
};

/// The offset of the `{` that opens the first line after `from` (after its spaces and
/// tabs), or npos: a place to start reading ahead in a document written one item a line.
std::size_t object_line_after(std::string_view text, std::size_t from);

/// Parses `text` (a UTF-8 BOM is skipped). Throws InputError with FILE:LINE:COLUMN on a
/// syntax error, a duplicate key, or nesting deeper than `max_depth`. With a `sink`, the
/// items of the root object's arrays go to it instead of into the tree; with a `reader`
/// too, the objects among them go to the reader first, and with `ahead` some of them may
/// be read on a second thread.
JsonNode parse_json_tree(std::string_view text, const std::string& file_name, int max_depth = 64,
                         const ItemSink& sink = {}, ItemReader* reader = nullptr, ItemReadAhead* ahead = nullptr);

/// The node as compact JSON text (for keeping unknown fields verbatim).
std::string to_json_text(const JsonNode& node);

/// Whether `text` is exactly the compact JSON text of some value (`3`, `true`, `null`,
/// `["a","b"]`, `"quoted"`), as to_json_text writes it. A CSV cell of unknown column
/// holding such text is that value, so JSON to CSV to JSON loses no type. O(size).
bool is_compact_json(std::string_view text);

}  // namespace govgraph
