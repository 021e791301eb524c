#include "importers/json_tree.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <stop_token>
#include <thread>

#include "graph/escape.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace govgraph {
namespace {

/// A RapidJSON input stream over text in memory that can say where a token began.
/// RapidJSON's SAX events fire after a token is consumed, so the handler works back from
/// where the stream is: a number or literal is as long as its text, and a string starts
/// at the last quote before it that no backslash escapes.
class TrackingStream {
 public:
  using Ch = char;
  // Offsets count from `begin`; reading starts at `start` (after a byte order mark).
  TrackingStream(const char* begin, const char* start, const char* end) : begin_(begin), current_(start), end_(end) {}

  [[nodiscard]] Ch Peek() const { return current_ != end_ ? *current_ : '\0'; }
  Ch Take() { return current_ != end_ ? *current_++ : '\0'; }
  [[nodiscard]] std::size_t Tell() const { return static_cast<std::size_t>(current_ - begin_); }
  /// Reading goes on from `offset`: where the items read ahead end.
  void move_to(std::size_t offset) { current_ = begin_ + offset; }

  /// Where the token just read began, when it was `length` bytes as written.
  [[nodiscard]] std::size_t start_of(std::size_t length) const { return Tell() - length; }
  /// Where the string just read began: its opening quote.
  [[nodiscard]] std::size_t string_start() const {
    const char* quote = current_ - 1;  // the closing quote
    while (true) {
      do --quote; while (*quote != '"');
      std::size_t backslashes = 0;
      while (quote - backslashes > begin_ && quote[-1 - static_cast<std::ptrdiff_t>(backslashes)] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return static_cast<std::size_t>(quote - begin_);
    }
  }

  // Write interface, unused by a reader but required by the concept.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const char* begin_;
  const char* current_;
  const char* end_;
};

/// The value starting at `offset` in `text`, parsed alone at `depth` levels deep: an item
/// an ItemReader refused. Throws as parse_json_tree does.
JsonNode parse_item(std::string_view text, const std::string& file_name, std::size_t offset, int max_depth, int depth);

constexpr unsigned parse_flags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;

/// Whitespace as JSON (and RapidJSON without comments) has it.
bool is_json_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

class ReadAheadRun;

/// Builds the tree bottom-up on an explicit stack; stops (returns false) when a limit
/// is passed, leaving the reason in `failure`. The objects in the root object's arrays go
/// to the ItemReader, when there is one, until it refuses one.
class TreeBuilder {
 public:
  /// `depth`: the levels around the text's first value (0 for a whole document).
  /// `ahead`: the items a second thread reads ahead, to meet when the parse reaches them.
  TreeBuilder(TrackingStream& stream, std::string_view text, const std::string& file_name, int max_depth, int depth,
              const ItemSink& sink, ItemReader* reader, ReadAheadRun* ahead = nullptr)
      : stream_(stream),
        text_(text),
        file_name_(file_name),
        max_depth_(max_depth),
        depth_(depth),
        sink_(sink),
        reader_(reader),
        ahead_(ahead) {}

  /// Starts inside the array of the root object's `member`, as the second thread of a
  /// read-ahead does, so each item it parses is an item of that array.
  void enter_array_of(std::string_view member) {
    Frame root;
    root.node.type = JsonNode::Type::object;
    root.pending_key = member;
    stack_.push_back(std::move(root));
    Frame array;
    array.node.type = JsonNode::Type::array;
    stack_.push_back(std::move(array));
  }
  /// How many items of the innermost array the sink or the reader took.
  [[nodiscard]] std::size_t items_taken() const { return stack_.back().sunk; }

  bool Null() { return add(JsonNode{}, stream_.start_of(4)); }
  bool Bool(bool b) {
    JsonNode n;
    n.type = JsonNode::Type::boolean;
    n.boolean = b;
    return add(std::move(n), stream_.start_of(b ? 4 : 5));
  }
  // Numbers come as text (kParseNumbersAsStringsFlag) and are converted by RawNumber:
  // RapidJSON 1.1's own conversion reads some numbers above the largest double as
  // infinity, and a zero with a large exponent (0e200) through __builtin_clzll(0).
  bool Int(int) { return false; }
  bool Uint(unsigned) { return false; }
  bool Int64(std::int64_t) { return false; }
  bool Uint64(std::uint64_t) { return false; }
  bool Double(double) { return false; }
  bool RawNumber(const char* s, rapidjson::SizeType length, bool) {
    const char* end = s + length;
    const std::size_t start = stream_.start_of(length);
    if (std::string_view(s, length).find_first_of(".eE") == std::string_view::npos) {
      long long i = 0;
      if (std::from_chars(s, end, i).ec == std::errc{}) return integer(i, start);
    }  // else, or beyond 64 bits, a double as RapidJSON gives
    JsonNode n;
    n.type = JsonNode::Type::number;
    if (std::from_chars(s, end, n.number).ec == std::errc::result_out_of_range) {
      if (!rounds_to_zero(std::string_view(s, length))) {
        failure_ = "invalid JSON: Number too big to be stored in double";
        failure_offset_ = start;
        return false;
      }
      n.number = *s == '-' ? -0.0 : 0.0;
    }
    return add(std::move(n), start);
  }
  bool String(const char* s, rapidjson::SizeType length, bool) {
    const std::size_t start = stream_.string_start();
    if (!is_utf8({s, length}, start)) return false;
    JsonNode n;
    n.type = JsonNode::Type::string;
    n.text.assign(s, length);
    return add(std::move(n), start);
  }
  bool StartObject() { return open(JsonNode::Type::object); }
  bool Key(const char* s, rapidjson::SizeType length, bool) {
    const std::size_t start = stream_.string_start();
    if (!is_utf8({s, length}, start)) return false;
    std::string_view key(s, length);
    if (item_ != Item::none) return tell_reader([&](ItemReader& r) { return r.key(key); });
    JsonNode& object = stack_.back().node;
    for (const auto& m : object.members) {
      if (m.key == key) {
        failure_ = "duplicate key '" + std::string(key) + "' in this object";
        failure_offset_ = start;
        return false;
      }
    }
    stack_.back().pending_key.assign(s, length);
    stack_.back().pending_key_offset = start;
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool StartArray() { return open(JsonNode::Type::array); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  [[nodiscard]] const std::string& failure() const { return failure_; }
  [[nodiscard]] std::size_t failure_offset() const { return failure_offset_; }
  JsonNode take_root() { return std::move(root_); }

 private:
  struct Frame {
    JsonNode node;
    std::string pending_key;
    std::size_t pending_key_offset = 0;
    std::size_t sunk = 0;  // items given to the sink or the reader
  };
  /// Where the parse is in an item of a root array that went to the reader.
  enum class Item {
    none,     // in no such item
    reading,  // the reader is taking it
    passing,  // the reader refused it, which is parsed alone in `refused_`
  };

  /// Whether a valid JSON number that no double holds is too small rather than too large:
  /// the place of its first significant digit plus its exponent is not above zero.
  static bool rounds_to_zero(std::string_view text) {
    const std::size_t e = text.find_first_of("eE");
    long long exponent = 0;
    if (e != std::string_view::npos) {
      const bool minus = text[e + 1] == '-';
      for (char c : text.substr(e + 1))  // capped: only the sign of the sum matters
        if (c >= '0' && c <= '9' && exponent < 1000000) exponent = exponent * 10 + (c - '0');
      if (minus) exponent = -exponent;
    }
    const std::string_view mantissa = text.substr(0, e);
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos) return true;  // zero is never out of range; kept for safety
    const long long place = first < point ? static_cast<long long>(point - first)
                                          : -static_cast<long long>(first - point - 1);
    return place + exponent <= 0;
  }
  /// RapidJSON validates the bytes of a string but not its \u escapes, and turns a lone
  /// "\uDC00" into bytes that are not UTF-8: refuse it so no writer ever sees one.
  bool is_utf8(std::string_view text, std::size_t start) {
    if (first_invalid_utf8(text) == std::string_view::npos) return true;
    failure_ = "a \\u escape names a lone surrogate (U+D800 to U+DFFF), which is not a character";
    failure_offset_ = start;
    return false;
  }
  bool integer(long long i, std::size_t start) {
    JsonNode n;
    n.type = JsonNode::Type::integer;
    n.integer = i;
    n.number = static_cast<double>(i);
    return add(std::move(n), start);
  }
  bool open(JsonNode::Type type) {
    if (depth() >= max_depth_) {
      failure_ = "nesting deeper than " + std::to_string(max_depth_) + " levels";
      failure_offset_ = stream_.Tell();
      return false;
    }
    if (item_ != Item::none) {
      ++item_depth_;
      return tell_reader([&](ItemReader& r) { return r.open(type, stream_.Tell()); });
    }
    if (type == JsonNode::Type::object && reader_ != nullptr && in_collection()) {
      const Frame& parent = stack_.back();
      if (reader_->start(stack_.front().pending_key, parent.node.items.size() + parent.sunk, stream_.Tell())) {
        item_ = Item::reading;
        item_depth_ = 0;
        item_offset_ = stream_.Tell();
        return true;
      }
    }
    Frame frame;
    frame.node.type = type;
    frame.node.offset = stream_.Tell();  // RapidJSON calls Start* before it takes the bracket
    // An object has room from the start for as many members as the last object at its depth
    // had: the records of one collection are alike, and growing a vector of members one
    // doubling at a time moved each member several times.
    if (type == JsonNode::Type::object && stack_.size() < members_seen_.size())
      frame.node.members.reserve(members_seen_[stack_.size()]);
    stack_.push_back(std::move(frame));
    return true;
  }
  bool close() {
    if (item_ != Item::none) {
      if (item_depth_ == 0) return end_item();
      --item_depth_;
      return tell_reader([](ItemReader& r) { return r.close(); });
    }
    JsonNode node = std::move(stack_.back().node);
    stack_.pop_back();
    if (node.type == JsonNode::Type::object && stack_.size() < members_seen_.size())
      members_seen_[stack_.size()] = node.members.size();
    return attach(std::move(node));
  }
  bool add(JsonNode node, std::size_t start) {
    node.offset = start;
    if (item_ != Item::none) return tell_reader([&](ItemReader& r) { return r.value(node); });
    return attach(std::move(node));
  }
  /// The nesting of the next value to open: the frames on the stack, or the item and its
  /// own levels, which have none.
  [[nodiscard]] int depth() const {
    const std::size_t levels = stack_.size() + (item_ == Item::none ? 0 : 1 + item_depth_);
    return depth_ + static_cast<int>(levels);
  }
  /// Whether a value now is an item of an array of the root object, which the sink may take.
  [[nodiscard]] bool in_collection() const {
    return sink_ && stack_.size() == 2 && stack_.front().node.type == JsonNode::Type::object &&
           stack_.back().node.type == JsonNode::Type::array;
  }
  /// Gives an event in an item to the reader, `tell(reader)`, unless it refused the item;
  /// an event it does not take refuses the item. The parse goes on either way.
  template <typename Tell>
  bool tell_reader(const Tell& tell) {
    if (item_ == Item::reading && !tell(*reader_)) refuse();
    return true;
  }
  /// The reader refused the item it was taking: the item is parsed alone into a tree now,
  /// which fails where this parse would, and the rest of its events pass by.
  void refuse() {
    refused_ = parse_item(text_, file_name_, item_offset_, max_depth_, depth_ + static_cast<int>(stack_.size()));
    item_ = Item::passing;
  }
  /// The item went to the reader, or else, refused, its tree goes to the sink.
  bool end_item() {
    tell_reader([](ItemReader& r) { return r.finish(); });
    const bool refused = item_ == Item::passing;
    item_ = Item::none;
    if (refused)
      attach(std::move(refused_));
    else
      ++stack_.back().sunk;
    if (ahead_ != nullptr) meet_read_ahead();
    return true;
  }
  /// Takes the items read ahead if the next item is the first of them; drops them once
  /// the parse is past it. Defined after ReadAheadRun.
  void meet_read_ahead();
  /// Whether the sink took `node`, an item of `parent`, an array.
  bool offer(Frame& parent, JsonNode& node) {
    if (!in_collection()) return false;
    if (!sink_(stack_.front().pending_key, parent.node.items.size() + parent.sunk, node)) return false;
    ++parent.sunk;
    return true;
  }
  bool attach(JsonNode node) {
    if (stack_.empty()) {
      root_ = std::move(node);
      return true;
    }
    Frame& parent = stack_.back();
    if (parent.node.type == JsonNode::Type::array) {
      if (offer(parent, node)) return true;
      parent.node.items.push_back(std::move(node));
    } else {
      parent.node.members.push_back(JsonMember{std::move(parent.pending_key), parent.pending_key_offset, std::move(node)});
    }
    return true;
  }

  TrackingStream& stream_;
  std::string_view text_;
  const std::string& file_name_;
  int max_depth_;
  int depth_;
  const ItemSink& sink_;
  ItemReader* reader_;
  ReadAheadRun* ahead_;
  std::vector<Frame> stack_;
  Item item_ = Item::none;
  std::size_t item_depth_ = 0;   // arrays and objects open in the item
  std::size_t item_offset_ = 0;  // where the item began
  JsonNode refused_;
  std::array<std::size_t, 4> members_seen_{};  // members of the last object closed at each depth
  JsonNode root_;
  std::string failure_;
  std::size_t failure_offset_ = 0;
};

/// What the second thread of a read-ahead read: `count` items of `member`'s array, the
/// last closing at `last_close`.
struct ReadAheadResult {
  std::string member;
  std::size_t count = 0;
  std::size_t last_close = 0;
};

/// The second thread of an ItemReadAhead. Destroying the run stops it at the next item
/// and waits for it.
class ReadAheadRun {
 public:
  ReadAheadRun(std::string_view text, const std::string& file_name, int max_depth, ItemReadAhead& ahead)
      : ahead_(ahead), thread_([this, text, &file_name, max_depth](const std::stop_token& stop) {
          result_ = read(text, file_name, max_depth, stop);
        }) {}

  [[nodiscard]] std::size_t at() const { return ahead_.at(); }
  /// What the thread read, once it is done.
  ReadAheadResult wait() {
    thread_.join();
    return result_;
  }
  void adopt(std::size_t count) { ahead_.adopt(count); }
  /// The parse is past the first item: the thread's work is of no use.
  void drop() { thread_.request_stop(); }

 private:
  /// Parses items from at() on, one parse each, as the parse would parse them there; stops
  /// before the first the reader does not take, or that fails, or on `stop`.
  ReadAheadResult read(std::string_view text, const std::string& file_name, int max_depth,
                       const std::stop_token& stop) {
    ReadAheadResult result;
    try {
      auto [member, reader] = ahead_.start();
      if (reader == nullptr) return result;
      result.member = std::move(member);
      TrackingStream stream(text.data(), text.data() + ahead_.at(), text.data() + text.size());
      const ItemSink decline = [](std::string_view, std::size_t, JsonNode&) { return false; };
      TreeBuilder builder(stream, text, file_name, max_depth, 0, decline, reader);
      builder.enter_array_of(result.member);
      rapidjson::Reader parser;
      const auto skip_space = [&] {
        while (is_json_space(stream.Peek())) stream.Take();
      };
      while (!stop.stop_requested() && stream.Peek() == '{') {
        if (!parser.Parse<parse_flags | rapidjson::kParseStopWhenDoneFlag>(stream, builder) ||
            builder.items_taken() != result.count + 1)
          break;
        ++result.count;
        result.last_close = stream.Tell() - 1;
        skip_space();
        if (stream.Peek() != ',') break;
        stream.Take();
        skip_space();
      }
    } catch (...) {  // nothing may leave the thread; the parse meets the same failure itself
    }
    return result;
  }

  ItemReadAhead& ahead_;
  ReadAheadResult result_;
  std::jthread thread_;  // last: stopped and joined before the rest is destroyed
};

void TreeBuilder::meet_read_ahead() {
  const std::size_t close = stream_.Tell();  // at the item's `}`: EndObject comes before the bracket is taken
  const std::size_t first = ahead_->at();
  if (close >= first) {
    std::exchange(ahead_, nullptr)->drop();
    return;
  }
  std::size_t next = close + 1;
  while (next < first && is_json_space(text_[next])) ++next;
  if (next == first || text_[next] != ',') return;
  ++next;
  while (next < first && is_json_space(text_[next])) ++next;
  if (next != first) return;
  ReadAheadRun& run = *std::exchange(ahead_, nullptr);
  const ReadAheadResult read = run.wait();
  if (read.count == 0 || read.member != stack_.front().pending_key) return;
  run.adopt(read.count);
  stack_.back().sunk += read.count;
  stream_.move_to(read.last_close);  // the parser takes the last item's `}` as this item's
}

void write_node(const JsonNode& node, rapidjson::Writer<rapidjson::StringBuffer>& out) {
  switch (node.type) {
    case JsonNode::Type::null: out.Null(); break;
    case JsonNode::Type::boolean: out.Bool(node.boolean); break;
    case JsonNode::Type::integer: out.Int64(node.integer); break;
    case JsonNode::Type::number: out.Double(node.number); break;
    case JsonNode::Type::string:
      out.String(node.text.data(), static_cast<rapidjson::SizeType>(node.text.size()));
      break;
    case JsonNode::Type::array:
      out.StartArray();
      for (const auto& item : node.items) write_node(item, out);  // depth is bounded by the parser
      out.EndArray();
      break;
    case JsonNode::Type::object:
      out.StartObject();
      for (const auto& m : node.members) {
        out.Key(m.key.data(), static_cast<rapidjson::SizeType>(m.key.size()));
        write_node(m.value, out);
      }
      out.EndObject();
      break;
  }
}

}  // namespace

const JsonMember* JsonNode::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m;
  return nullptr;
}

std::string_view describe(JsonNode::Type type) {
  switch (type) {
    case JsonNode::Type::null: return "null";
    case JsonNode::Type::boolean: return "a boolean";
    case JsonNode::Type::integer: return "an integer";
    case JsonNode::Type::number: return "a number";
    case JsonNode::Type::string: return "a string";
    case JsonNode::Type::array: return "an array";
    case JsonNode::Type::object: return "an object";
  }
  return "a value";
}

TextLocator::TextLocator(std::string_view text) : text_(text) {
  line_starts_.push_back(text.starts_with(utf8_bom) ? utf8_bom.size() : 0);  // a byte order mark takes no column
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    line_starts_.push_back(at + 1);
}

std::size_t TextLocator::line_of(std::size_t offset) const {
  // Offsets mostly come in increasing order a line or two apart: look on from the last
  // answer's line before searching the rest.
  auto line = line_starts_.begin();
  if (offset >= last_offset_) line += last_.line - 1;
  for (int step = 0; step < 4 && line + 1 != line_starts_.end(); ++step, ++line)
    if (*(line + 1) > offset) return static_cast<std::size_t>(line - line_starts_.begin());
  return static_cast<std::size_t>(std::upper_bound(line, line_starts_.end(), offset) - line_starts_.begin() - 1);
}

Position TextLocator::position(std::size_t offset) {
  offset = std::clamp(offset, line_starts_.front(), text_.size());
  const std::size_t line_index = line_of(offset);
  const std::size_t line_start = line_starts_[line_index];
  // Continue counting from the last answer when it is on the same line and earlier.
  std::size_t from = line_start;
  int column = 1;
  if (last_.line == static_cast<int>(line_index + 1) && last_offset_ >= line_start && last_offset_ <= offset) {
    from = last_offset_;
    column = last_.column;
  }
  for (std::size_t i = from; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;  // skip UTF-8 continuation bytes
  last_offset_ = offset;
  last_ = Position{static_cast<int>(line_index + 1), column};
  return last_;
}

namespace {

/// UTF-16 is what Windows tools write as "Unicode": a byte order mark, or the NUL bytes
/// of ASCII text in two-byte units.
bool looks_like_utf16(std::string_view text) {
  if (text.size() < 2) return false;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  return (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF) ||
         (byte(0) == 0) != (byte(1) == 0);
}

[[noreturn]] void fail_at(std::string_view text, const std::string& file_name, std::size_t offset,
                          const std::string& message) {
  TextLocator locator(text);
  const Position p = locator.position(offset);
  throw InputError(Location{file_name, p.line, p.column}, message);
}

constexpr const char* nul_byte = "a NUL byte (character 0), which no JSON text holds: the file is binary or damaged";

/// Runs the parser over `stream` into `builder`; throws InputError at the first failure.
template <unsigned more_flags>
void parse_into(std::string_view text, const std::string& file_name, TrackingStream& stream, TreeBuilder& builder) {
  rapidjson::Reader reader;
  const rapidjson::ParseResult ok = reader.Parse<parse_flags | more_flags>(stream, builder);
  if (!ok) {
    if (!builder.failure().empty()) fail_at(text, file_name, builder.failure_offset(), builder.failure());
    // The stream reads a NUL byte as its end: name it rather than RapidJSON's guess.
    if (ok.Offset() < text.size() && text[ok.Offset()] == '\0') fail_at(text, file_name, ok.Offset(), nul_byte);
    std::string message = std::string("invalid JSON: ") + rapidjson::GetParseError_En(ok.Code());
    if (!message.empty() && message.back() == '.') message.pop_back();
    fail_at(text, file_name, ok.Offset(), message);
  }
}

JsonNode parse_item(std::string_view text, const std::string& file_name, std::size_t offset, int max_depth, int depth) {
  TrackingStream stream(text.data(), text.data() + offset, text.data() + text.size());
  const ItemSink no_sink;
  TreeBuilder builder(stream, text, file_name, max_depth, depth, no_sink, nullptr);
  parse_into<rapidjson::kParseStopWhenDoneFlag>(text, file_name, stream, builder);
  return builder.take_root();
}

}  // namespace

std::size_t object_line_after(std::string_view text, std::size_t from) {
  for (std::size_t end = text.find('\n', from); end != std::string_view::npos; end = text.find('\n', end + 1)) {
    std::size_t at = end + 1;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (at < text.size() && text[at] == '{') return at;
  }
  return std::string_view::npos;
}

JsonNode parse_json_tree(std::string_view text, const std::string& file_name, int max_depth, const ItemSink& sink,
                         ItemReader* reader, ItemReadAhead* ahead) {
  if (looks_like_utf16(text))
    throw InputError(Location{file_name, 1, 1},
                     "the file is UTF-16 text (Windows' \"Unicode\"); govgraph reads UTF-8: save it as UTF-8");
  std::size_t skip = 0;
  if (text.starts_with(utf8_bom)) skip = utf8_bom.size();
  TrackingStream stream(text.data(), text.data() + skip, text.data() + text.size());
  std::optional<ReadAheadRun> run;
  if (ahead != nullptr && reader != nullptr && sink && ahead->at() < text.size())
    run.emplace(text, file_name, max_depth, *ahead);
  TreeBuilder builder(stream, text, file_name, max_depth, 0, sink, reader, run ? &*run : nullptr);
  parse_into<0>(text, file_name, stream, builder);
  // RapidJSON stops at the document's end and the whitespace after it; anything left is
  // a NUL byte it took for the end of the text.
  if (stream.Tell() < text.size()) fail_at(text, file_name, stream.Tell(), nul_byte);
  return builder.take_root();
}

bool is_compact_json(std::string_view text) {
  if (text.empty() || std::string_view("\"[{-0123456789tfn").find(text.front()) == std::string_view::npos) return false;
  try {
    return to_json_text(parse_json_tree(text, "<cell>")) == text;
  } catch (const InputError&) {
    return false;
  }
}

std::string to_json_text(const JsonNode& node) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  write_node(node, writer);
  return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace govgraph
