#include "importers/json_reader.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <memory>
#include <span>

#include <boost/container/small_vector.hpp>

#include "graph/schema.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

using Type = JsonNode::Type;

class MapReader {
 public:
  MapReader(std::string_view text, const std::string& file, Diagnostics& out, RecordReading reading,
            std::size_t read_ahead_from = std::string_view::npos)
      : text_(text),
        file_(file),
        reading_(reading),
        read_ahead_from_(read_ahead_from),
        locator_(text),
        found_(out),
        out_(&out) {}

  MapData read() {
    MapData map;
    map.origins = Origins{file_, file_, file_, file_, file_, file_};
    // The records are read as the parser meets them; their diagnostics wait in `streamed_`
    // so they come out in the order a whole-tree reading gives, after the header's.
    const JsonNode root = parse_records(map);
    if (root.type != Type::object) {
      error(root.offset, "the document: expected an object holding a govgraph map, found " + std::string(describe(root.type)));
      return map;
    }
    Fields top(*this, root);
    if (const JsonNode* version = top.get("govgraph")) {
      if (version->type != Type::integer || version->integer != fields::format_version)
        error(version->offset, "govgraph: expected the format version " + std::to_string(fields::format_version) +
                                   ", found " + to_json_text(*version));
    } else {
      error(root.offset, "govgraph: missing; expected the format version, \"govgraph\": 1");
    }
    map.name = top.string("name");
    if (auto as_of = top.string("as_of"); !as_of.empty())
      map.as_of = fields::date(as_of, {here(top.get("as_of")->offset), "as_of"}, *out_).value_or("");
    if (auto horizon = top.string("horizon"); !horizon.empty())
      map.horizon = fields::date(horizon, {here(top.get("horizon")->offset), "horizon"}, *out_).value_or("");
    map.currency = top.string("currency");
    if (const JsonNode* universe = top.typed("universe", Type::object, false)) map.universe = denominators(*universe);
    if (const JsonNode* types = top.array("body_types")) map.body_types = declared_types(*types);
    if (const JsonNode* bases = top.array("link_bases")) map.link_bases = declared_bases(*bases);
    if (const JsonNode* apex = top.array("apex")) {
      for (std::size_t i = 0; i < apex->items.size(); ++i) {
        const JsonNode& item = apex->items[i];
        if (auto id = slug_value(item, [&] { return "apex[" + std::to_string(i) + "]"; })) {
          map.apex.push_back(*id);
          map.apex_at.push_back(locator_.position(item.offset));
        }
      }
    }
    const auto bodies = std::find(collections.begin(), collections.end(), "bodies") - collections.begin();
    fields::resolve_declared_types(map.bodies, map.body_types, declared_at_, streamed_[static_cast<std::size_t>(bodies)]);
    for (std::size_t c = 0; c < collections.size(); ++c)
      if (top.array(collections[c])) found_.append(streamed_[c]);
    top.finish(json_keys<MapData>(), map.extras);
    return map;
  }

 private:
  /// The members of one object, read by name; what is never read is an unknown field.
  class Fields {
   public:
    /// The root object's fields.
    Fields(MapReader& reader, const JsonNode& node) : reader_(reader), node_(node), used_(node.members.size(), false) {}
    /// The fields of item `index` of the array at `array_path`.
    Fields(MapReader& reader, const JsonNode& node, std::string_view array_path, std::size_t index)
        : reader_(reader), node_(node), array_path_(array_path), index_(index), used_(node.members.size(), false) {}

    [[nodiscard]] const JsonNode& node() const { return node_; }
    /// The record's path, such as links[4]: made only for messages, as most records have none.
    [[nodiscard]] std::string path() const {
      return index_ == root ? std::string() : item_path(array_path_, index_);
    }
    [[nodiscard]] std::string field(std::string_view key) const {
      return index_ == root ? std::string(key) : path() + "." + std::string(key);
    }
    /// Where `value`, the value of `key`, was written: made only for a message.
    [[nodiscard]] auto place(std::string_view key, const JsonNode& value) const {
      return [this, key, &value] { return fields::Placed{reader_.here(value.offset), field(key)}; };
    }

    const JsonNode* get(std::string_view key) {
      for (std::size_t i = 0; i < node_.members.size(); ++i) {
        if (node_.members[i].key == key) {
          used_[i] = true;
          return &node_.members[i].value;
        }
      }
      return nullptr;
    }

    const JsonNode* typed(std::string_view key, Type type, bool required) {
      const JsonNode* value = get(key);
      if (value == nullptr) {
        if (required) reader_.error(node_.offset, field(key) + ": missing; expected " + std::string(describe(type)));
        return nullptr;
      }
      if (value->type != type && !(type == Type::number && value->type == Type::integer)) {
        reader_.error(value->offset, field(key) + ": expected " + std::string(describe(type)) + ", found " +
                                         std::string(describe(value->type)));
        return nullptr;
      }
      return value;
    }

    std::string string(std::string_view key, bool required = false) {
      const JsonNode* value = typed(key, Type::string, required);
      if (value == nullptr) return {};
      if (required && value->text.empty()) reader_.error(value->offset, field(key) + ": must not be empty");
      return value->text;
    }
    const JsonNode* array(std::string_view key) { return typed(key, Type::array, false); }

    /// Reports the members never read, and keeps them verbatim.
    void finish(std::span<const std::string_view> known, std::vector<ExtraField>& extras) {
      for (std::size_t i = 0; i < node_.members.size(); ++i) {
        if (used_[i]) continue;
        const JsonMember& m = node_.members[i];
        reader_.out_->warning(reader_.here(m.key_offset),
                             field(m.key) + ": unknown field, kept as it is; known fields are " + list(known));
        extras.push_back(ExtraField{m.key, to_json_text(m.value)});
      }
    }

   private:
    static std::string list(std::span<const std::string_view> names) {
      std::string text;
      for (std::size_t i = 0; i < names.size(); ++i) text += (i ? ", " : "") + std::string(names[i]);
      return text;
    }
    static constexpr std::size_t root = static_cast<std::size_t>(-1);
    MapReader& reader_;
    const JsonNode& node_;
    std::string_view array_path_;
    std::size_t index_ = root;
    boost::container::small_vector<bool, 16> used_;
  };

  static std::string item_path(std::string_view array_path, std::size_t index) {
    return std::string(array_path) + "[" + std::to_string(index) + "]";
  }

  Location here(std::size_t offset) {
    const Position p = locator_.position(offset);
    return Location{file_, p.line, p.column};
  }
  void error(std::size_t offset, std::string message) { out_->error(here(offset), std::move(message)); }

  /// The root's arrays of records, in the order their diagnostics are reported.
  static constexpr std::array<std::string_view, 5> collections = {"sources", "policy_areas", "bodies", "links",
                                                                   "responsibilities"};

  /// The place of `member` in `collections`, or collections.size() for another member.
  static std::size_t collection_of(std::string_view member) {
    return static_cast<std::size_t>(std::find(collections.begin(), collections.end(), member) - collections.begin());
  }

  /// Calls `read(records)` with `map`'s records of collection `c` (its place in `collections`).
  template <typename Read>
  static bool with_records(MapData& map, std::size_t c, Read read) {
    switch (c) {
      case 0:
        return read(map.sources);
      case 1:
        return read(map.policy_areas);
      case 2:
        return read(map.bodies);
      case 3:
        return read(map.links);
      default:
        return read(map.responsibilities);
    }
  }

  /// Parses the map, reading each record of a collection into `map` as the parser meets
  /// it: straight from the parser's events when DirectReader takes it (and reading_ is
  /// direct), else from its tree. The rest of the document is the tree returned.
  JsonNode parse_records(MapData& map) {
    DirectReader direct(*this, map);
    const auto sink = [&](std::string_view member, std::size_t index, JsonNode& item) {
      const std::size_t c = collection_of(member);
      if (c == collections.size()) return false;
      take(map, c, index, item);
      return true;
    };
    if (reading_ == RecordReading::tree) return parse_json_tree(text_, file_, max_json_depth, sink);
    std::optional<RecordsReadAhead> ahead;
    if (read_ahead_from_ < text_.size())
      if (const std::size_t at = object_line_after(text_, read_ahead_from_); at != std::string_view::npos)
        ahead.emplace(*this, map, at);
    return parse_json_tree(text_, file_, max_json_depth, sink, &direct, ahead ? &*ahead : nullptr);
  }

  /// Reads records straight from the parser's events, taking only values that the tree
  /// reading (record<R>) takes without a word, so both make the same record. It refuses
  /// any other record, the first time it meets a value it does not take, and the parser
  /// hands that record to the tree reading, which reports on it.
  class DirectReader final : public ItemReader {
   public:
    DirectReader(MapReader& reader, MapData& map) : reader_(reader), map_(map) {}

    bool start(std::string_view member, std::size_t index, std::size_t offset) override {
      collection_ = collection_of(member);
      if (collection_ == collections.size()) return false;
      seen_ = 0;
      in_list_ = false;
      in_owner_ = false;
      return in_records([&](auto& records) {
        reader_.make_room(records, collection_, index, offset);
        records.emplace_back().at = reader_.locator_.position(offset);
        return true;
      });
    }
    bool key(std::string_view key) override {
      return in_records([&]<typename R>(std::vector<R>& records) {
        const bool taken = in_owner_ ? meet_field(schema<Owner>(), key, owner_field_, owner_seen_)
                                     : meet_field(schema<R>(), key, field_, seen_);
        return taken || refuse(records);
      });
    }
    bool value(const JsonNode& scalar) override {
      return in_records([&]<typename R>(std::vector<R>& records) {
        if (in_owner_) {
          const FieldInfo<Owner>& field = schema<Owner>()[owner_field_];
          Owner& owner = owner_in(records);
          bool taken = false;
          with_value(field, owner, [&](auto& value) { taken = take(field, owner, value, scalar); });
          return taken || refuse(records);
        }
        const FieldInfo<R>& field = schema<R>()[field_];
        bool taken = false;
        with_value(field, records.back(), [&](auto& value) { taken = take(field, records.back(), value, scalar); });
        return taken || refuse(records);
      });
    }
    bool open(JsonNode::Type type, std::size_t offset) override {
      return in_records([&]<typename R>(std::vector<R>& records) {
        const FieldInfo<R>& field = schema<R>()[field_];
        const bool owners = std::holds_alternative<std::vector<Owner> R::*>(field.member);
        if (in_owner_) return refuse(records);
        if (in_list_) {  // an owner, the one object a list may hold
          if (!owners || type != Type::object) return refuse(records);
          (records.back().*std::get<std::vector<Owner> R::*>(field.member)).emplace_back().at =
              reader_.locator_.position(offset);
          in_owner_ = true;
          in_list_ = false;
          owner_seen_ = 0;
          return true;
        }
        if (type != Type::array || !(owners || std::holds_alternative<std::vector<std::string> R::*>(field.member)))
          return refuse(records);
        in_list_ = true;
        if (field.type == ValueType::ids && field.at != nullptr)
          records.back().*field.at = reader_.locator_.position(offset);
        return true;
      });
    }
    bool close() override {
      if (!in_owner_) {
        in_list_ = false;
        return true;
      }
      in_owner_ = false;
      in_list_ = true;
      return in_records([&]<typename R>(std::vector<R>& records) {
        return has_required(schema<Owner>(), owner_seen_) || refuse(records);
      });
    }
    bool finish() override {
      return in_records(
          [&]<typename R>(std::vector<R>& records) { return has_required(schema<R>(), seen_) || refuse(records); });
    }

   private:
    /// Whether the fields `seen` (by their place in `fields`) include every required one.
    template <typename R>
    static bool has_required(std::span<const FieldInfo<R>> fields, std::uint64_t seen) {
      for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].required && (i >= 64 || (seen >> i & 1U) == 0)) return false;
      return true;
    }
    /// Whether `key` names one of `fields` not yet `seen`: then `field` is its place,
    /// and it is seen.
    template <typename R>
    static bool meet_field(std::span<const FieldInfo<R>> fields, std::string_view key, std::size_t& field,
                           std::uint64_t& seen) {
      const auto found = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.name == key; });
      field = static_cast<std::size_t>(found - fields.begin());
      if (found == fields.end() || field >= 64 || (seen >> field & 1U) != 0) return false;
      seen |= std::uint64_t{1} << field;
      return true;
    }
    /// The owner being read, the last of the record's owners.
    template <typename R>
    Owner& owner_in(std::vector<R>& records) {
      return (records.back().*std::get<std::vector<Owner> R::*>(schema<R>()[field_].member)).back();
    }

    /// Calls `read(records)` with the vector of the collection being read.
    template <typename Read>
    bool in_records(Read read) {
      return with_records(map_, collection_, read);
    }
    template <typename R>
    static bool refuse(std::vector<R>& records) {
      records.pop_back();
      return false;
    }
    /// `check(out, place)`'s result when it says nothing; nothing when it does: the tree
    /// reading will say it, where the value was written.
    template <typename Check>
    auto quietly(Check check) {
      static const Location nowhere;
      static const std::string unnamed;
      auto result = check(scratch_, fields::Place(nowhere, unnamed));
      const bool said = !scratch_.all().empty();
      if (said) scratch_ = Diagnostics();
      return said ? decltype(result)() : result;
    }

    template <typename R>
    bool take(const FieldInfo<R>& field, R& record, std::string& value, const JsonNode& scalar) {
      if (in_list_ || scalar.type != Type::string) return false;
      const std::string& text = scalar.text;
      switch (field.type) {
        case ValueType::text:
          value = text;
          return !(field.required && text.empty());
        case ValueType::term: {
          value = text;
          return !(field.required && text.empty()) && quietly([&](Diagnostics& out, const fields::Place& place) {
            fields::term(text, field.vocabulary, place, out);
            return true;
          });
        }
        case ValueType::date: {
          auto date =
              quietly([&](Diagnostics& out, const fields::Place& place) { return fields::date(text, place, out); });
          if (!date) return false;
          value = std::move(*date);
          return true;
        }
        default: {  // an id
          auto id =
              quietly([&](Diagnostics& out, const fields::Place& place) { return fields::slug(text, place, out); });
          if (!id) return false;
          value = std::move(*id);
          if (field.at != nullptr) record.*field.at = reader_.locator_.position(scalar.offset);
          return true;
        }
      }
    }
    template <typename R>
    bool take(const FieldInfo<R>& field, R&, std::vector<std::string>& values, const JsonNode& scalar) {
      if (!in_list_ || scalar.type != Type::string) return false;
      if (field.type != ValueType::ids) {
        values.push_back(scalar.text);
        return true;
      }
      auto id =
          quietly([&](Diagnostics& out, const fields::Place& place) { return fields::slug(scalar.text, place, out); });
      if (id) values.push_back(std::move(*id));
      return id.has_value();
    }
    template <typename R, typename Enum>
    requires std::is_enum_v<Enum>
    bool take(const FieldInfo<R>&, R&, Enum& value, const JsonNode& scalar) {
      if (in_list_ || scalar.type != Type::string) return false;
      // A body type the header may declare is the tree reading's (declared_type).
      if constexpr (std::is_same_v<Enum, BodyType>)
        if (!parse_body_type(scalar.text)) return false;
      const auto parsed = quietly([&](Diagnostics& out, const fields::Place& place) {
        return fields::vocabulary<Enum>(scalar.text, place, out);
      });
      if (parsed) value = *parsed;
      return parsed.has_value();
    }
    template <typename R>
    bool take(const FieldInfo<R>&, R&, std::optional<long long>& value, const JsonNode& scalar) {
      if (in_list_ || scalar.type != Type::integer || scalar.integer < 1) return false;
      value = scalar.integer;
      return true;
    }
    template <typename R>
    bool take(const FieldInfo<R>&, R&, std::optional<double>& value, const JsonNode& scalar) {
      if (in_list_ || (scalar.type != Type::number && scalar.type != Type::integer)) return false;
      if (!quietly(
              [&](Diagnostics& out, const fields::Place& place) { return fields::amount(scalar.number, place, out); }))
        return false;
      value = scalar.number;
      return true;
    }
    template <typename R, typename Other>
    bool take(const FieldInfo<R>&, R&, Other&, const JsonNode&) {  // a value where a list belongs
      return false;
    }

    MapReader& reader_;
    MapData& map_;
    Diagnostics scratch_;
    std::size_t collection_ = 0;
    std::size_t field_ = 0;   // in schema<R>(): the field whose value comes next
    std::uint64_t seen_ = 0;  // the fields met so far, by their place in schema<R>()
    bool in_list_ = false;    // in the field's list of texts, ids or owners
    bool in_owner_ = false;   // in an owner of that list
    std::size_t owner_field_ = 0;   // in schema<Owner>(): the owner's field whose value comes next
    std::uint64_t owner_seen_ = 0;  // the owner's fields met so far
  };

  /// Reads records ahead, on the second thread, into a map of its own with a reader of
  /// its own (DirectReader, which says nothing), then moves them to the end of the map's.
  class RecordsReadAhead final : public ItemReadAhead {
   public:
    RecordsReadAhead(const MapReader& reader, MapData& map, std::size_t at) : reader_(reader), map_(map), at_(at) {}

    [[nodiscard]] std::size_t at() const override { return at_; }
    std::pair<std::string, ItemReader*> start() override {
      collection_ = reader_.collection_before(at_);
      if (collection_ == collections.size()) return {"", nullptr};
      ahead_ = std::make_unique<MapReader>(reader_.text_, reader_.file_, unsaid_, RecordReading::direct);
      direct_ = std::make_unique<DirectReader>(*ahead_, read_);
      return {std::string(collections[collection_]), direct_.get()};
    }
    void adopt(std::size_t count) override {
      with_records(read_, collection_, [&]<typename R>(std::vector<R>& read) {
        std::vector<R>& records = records_of<R>(map_, collection_);
        records.insert(records.end(), std::make_move_iterator(read.begin()),
                       std::make_move_iterator(read.begin() + static_cast<std::ptrdiff_t>(count)));
        return true;
      });
    }

   private:
    const MapReader& reader_;
    MapData& map_;
    std::size_t at_;
    std::size_t collection_ = collections.size();
    Diagnostics unsaid_;  // DirectReader refuses rather than speaks
    std::unique_ptr<MapReader> ahead_;
    std::unique_ptr<DirectReader> direct_;
    MapData read_;
  };

  /// The collection whose array the text at `at` is likely in: the one whose quoted name
  /// first appears latest before it. A guess: the parse checks it.
  [[nodiscard]] std::size_t collection_before(std::size_t at) const {
    std::size_t found = collections.size();
    std::size_t latest = 0;
    const std::string_view before = text_.substr(0, at);
    for (std::size_t c = 0; c < collections.size(); ++c) {
      const std::string quoted = "\"" + std::string(collections[c]) + "\"";
      const auto hit =
          std::search(before.begin(), before.end(), std::boyer_moore_horspool_searcher(quoted.begin(), quoted.end()));
      if (hit != before.end() && static_cast<std::size_t>(hit - before.begin()) >= latest) {
        latest = static_cast<std::size_t>(hit - before.begin());
        found = c;
      }
    }
    return found;
  }

  /// Reads `item`, item `index` of collection `c`, into `map`.
  void take(MapData& map, std::size_t c, std::size_t index, const JsonNode& item) {
    out_ = &streamed_[c];
    const std::string_view name = collections[c];
    with_records(map, c, [&]<typename R>(std::vector<R>& records) {
      make_room(records, c, index, item.offset);
      read_item(item, name, index, [&](Fields& f) { records.push_back(record<R>(f)); });
      return true;
    });
    out_ = &found_;
  }

  /// Collection `c` of `map`, whose records are Rs.
  template <typename R>
  static std::vector<R>& records_of(MapData& map, std::size_t c) {
    std::vector<R>* records = nullptr;
    with_records(map, c, [&]<typename Held>(std::vector<Held>& held) {
      if constexpr (std::is_same_v<Held, R>) records = &held;
      return true;
    });
    return *records;
  }

  /// Reserves, once a collection's first records show their size in the file, room for
  /// as many as the rest of the file could hold: a million records then move once, not
  /// twenty times, and the memory is touched once. What the guess leaves unused is never
  /// touched, so costs no memory.
  template <typename R>
  void make_room(std::vector<R>& records, std::size_t c, std::size_t index, std::size_t offset) {
    constexpr std::size_t sample = 1024;
    if (index == 0) first_offset_[c] = offset;
    if (index != sample || offset <= first_offset_[c]) return;
    const std::size_t bytes_each = (offset - first_offset_[c]) / sample + 1;
    records.reserve(records.size() + (text_.size() - offset) / bytes_each);
  }

  template <typename ReadOne>
  void each(const JsonNode* array, std::string_view name, ReadOne read_one) {
    if (array == nullptr) return;
    for (std::size_t i = 0; i < array->items.size(); ++i) read_item(array->items[i], name, i, read_one);
  }

  /// Item `index` of the array `name`, which must be an object.
  template <typename ReadOne>
  void read_item(const JsonNode& item, std::string_view name, std::size_t index, ReadOne read_one) {
    if (item.type != Type::object) {
      error(item.offset, item_path(name, index) + ": expected an object, found " + std::string(describe(item.type)));
      return;
    }
    Fields f(*this, item, name, index);
    read_one(f);
  }

  /// The universe's counts, in the order written.
  std::vector<Denominator> denominators(const JsonNode& object) {
    std::vector<Denominator> counts;
    for (const JsonMember& m : object.members) {
      const std::string field = "universe." + m.key;
      if (!fields::denominator(m.key, {here(m.key_offset), field}, *out_)) continue;
      if (m.value.type != Type::integer || m.value.integer < 1) {
        error(m.value.offset, field + ": expected a whole number, 1 or more, found " + to_json_text(m.value));
        continue;
      }
      counts.push_back(Denominator{m.key, m.value.integer, locator_.position(m.key_offset)});
    }
    return counts;
  }

  /// Checks a declaration's value, when present, at its place; true when absent.
  template <typename Rule>
  bool check_declared(Fields& f, std::string_view key, const JsonNode* node, Rule rule) {
    if (node == nullptr) return true;
    const Location where = here(node->offset);
    const std::string field = f.field(key);
    return rule(node->text, fields::Place(where, field));
  }

  /// A header's declarations under `key` (body_types, link_bases): each one's name,
  /// meaning and `like`, checked by `name_rule` and `like_rule`. `more` reads its other
  /// members and returns their check, made after those of name and like. A declaration
  /// without a usable name and like is left out.
  template <typename Declared, std::size_t Keys, typename NameRule, typename LikeRule, typename More>
  std::vector<Declared> declarations(const JsonNode& array, std::string_view key,
                                     const std::array<std::string_view, Keys>& keys, NameRule name_rule,
                                     LikeRule like_rule, More more) {
    std::vector<Declared> declared;
    for (std::size_t i = 0; i < array.items.size(); ++i)
      read_item(array.items[i], key, i, [&](Fields& f) {
        Declared d;
        d.at = locator_.position(f.node().offset);
        const JsonNode* name = f.typed("name", Type::string, true);
        d.meaning = f.string("meaning");
        const JsonNode* like = f.typed("like", Type::string, true);
        const auto check_more = more(f, d);
        f.finish(keys, d.extras);
        // Each check reports its own problem, so all are made before deciding.
        bool good = name != nullptr && like != nullptr;
        good &= check_declared(f, "name", name, [&](std::string_view v, const fields::Place& p) {
          return name_rule(v, declared, p, *out_);
        });
        good &= check_declared(f, "like", like, [&](std::string_view v, const fields::Place& p) {
          const auto parsed = like_rule(v, p, *out_);
          if (parsed) d.like = *parsed;
          return parsed.has_value();
        });
        check_more();
        if (!good) return;
        d.name = name->text;
        declared.push_back(std::move(d));
      });
    return declared;
  }

  /// The header's declared body types (importers/field_rules.hpp).
  std::vector<DeclaredType> declared_types(const JsonNode& array) {
    static constexpr std::array<std::string_view, 5> keys = {"name", "meaning", "like", "shape", "colour"};
    return declarations<DeclaredType>(
        array, "body_types", keys, fields::declared_type_name, fields::body_type, [&](Fields& f, DeclaredType& t) {
          const JsonNode* shape = f.typed("shape", Type::string, false);
          const JsonNode* colour = f.typed("colour", Type::string, false);
          // A bad look is reported but leaves the type usable, so its bodies add no errors.
          return [&f, &t, shape, colour, this] {
            if (check_declared(f, "shape", shape, [&](std::string_view v, const fields::Place& p) {
                  return fields::drawn_shape(v, p, *out_);
                }))
              t.shape = shape != nullptr ? shape->text : "";
            if (check_declared(f, "colour", colour,
                               [&](std::string_view v, const fields::Place& p) { return fields::colour(v, p, *out_); }))
              t.colour = colour != nullptr ? colour->text : "";
          };
        });
  }

  /// The header's declared link bases (importers/field_rules.hpp).
  std::vector<DeclaredBasis> declared_bases(const JsonNode& array) {
    static constexpr std::array<std::string_view, 3> keys = {"name", "meaning", "like"};
    return declarations<DeclaredBasis>(array, "link_bases", keys, fields::declared_basis_name, fields::basis,
                                       [](Fields&, DeclaredBasis&) { return [] {}; });
  }

  /// An id; `field()` names it in messages.
  template <typename FieldName>
  std::optional<std::string> slug_value(const JsonNode& node, const FieldName& field) {
    if (node.type != Type::string) {
      error(node.offset, field() + ": expected an id (a string), found " + std::string(describe(node.type)));
      return std::nullopt;
    }
    const auto place = [&] { return fields::Placed{here(node.offset), field()}; };
    return fields::slug(node.text, fields::Place(place), *out_);
  }

  /// A list of ids; records the list's position for reference errors.
  std::vector<std::string> id_list(Fields& f, std::string_view key, Position& at) {
    std::vector<std::string> ids;
    const JsonNode* list = f.array(key);
    if (list == nullptr) return ids;
    at = locator_.position(list->offset);
    for (std::size_t i = 0; i < list->items.size(); ++i)
      if (auto value = slug_value(list->items[i], [&] { return f.field(key) + "[" + std::to_string(i) + "]"; }))
        ids.push_back(*value);
    return ids;
  }

  std::vector<std::string> string_list(Fields& f, std::string_view key) {
    std::vector<std::string> values;
    const JsonNode* list = f.array(key);
    if (list == nullptr) return values;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const JsonNode& item = list->items[i];
      if (item.type == Type::string) values.push_back(item.text);
      else error(item.offset, f.field(key) + "[" + std::to_string(i) + "]: expected a string, found " +
                                  std::string(describe(item.type)));
    }
    return values;
  }

  std::string date(Fields& f, std::string_view key) {
    const JsonNode* value = f.typed(key, Type::string, false);
    if (value == nullptr) return {};
    return fields::date(value->text, fields::Place(f.place(key, *value)), *out_).value_or("");
  }

  /// Reads every field the schema lists for R, then keeps the unknown ones.
  template <typename R>
  R record(Fields& f) {
    R r;
    r.at = locator_.position(f.node().offset);
    for (const auto& field : schema<R>()) {
      if constexpr (std::is_same_v<R, Body>)
        if (std::holds_alternative<BodyType Body::*>(field.member) && declared_type(f, field.name, r)) continue;
      Position ignored;
      Position& at = field.at ? r.*field.at : ignored;
      with_value(field, r, [&](auto& value) { read_value(f, field.name, field.type, field.required, value, at); });
      if (field.type != ValueType::term) continue;
      if (const JsonNode* node = f.get(field.name); node != nullptr && node->type == Type::string)
        fields::term(node->text, field.vocabulary, fields::Place(f.place(field.name, *node)), *out_);
    }
    f.finish(json_keys<R>(), r.extras);
    return r;
  }

  /// Whether the body's type is a name other than a built-in type's, kept for
  /// fields::resolve_declared_types: the header that may declare it can come later.
  bool declared_type(Fields& f, std::string_view key, Body& body) {
    const JsonNode* node = f.get(key);
    if (node == nullptr || node->type != Type::string || node->text.empty() || parse_body_type(node->text)) return false;
    body.declared_type = node->text;
    declared_at_.push_back({fields::Placed{here(node->offset), f.field(key)}, out_->all().size()});
    return true;
  }

  void read_value(Fields& f, std::string_view key, ValueType type, bool required, std::string& value, Position& at) {
    if (type == ValueType::text || type == ValueType::term) {
      value = f.string(key, required);
    } else if (type == ValueType::date) {
      value = date(f, key);
    } else if (const JsonNode* node = f.typed(key, Type::string, required)) {  // an id
      value = slug_value(*node, [&] { return f.field(key); }).value_or("");
      at = locator_.position(node->offset);
    }
  }
  void read_value(Fields& f, std::string_view key, ValueType type, bool, std::vector<std::string>& value, Position& at) {
    value = type == ValueType::ids ? id_list(f, key, at) : string_list(f, key);
  }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  void read_value(Fields& f, std::string_view key, ValueType, bool required, Enum& value, Position&) {
    if (const JsonNode* node = f.typed(key, Type::string, required))
      if (auto parsed = fields::vocabulary<Enum>(node->text, fields::Place(f.place(key, *node)), *out_)) value = *parsed;
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::optional<long long>& value, Position&) {
    if (const JsonNode* node = f.get(key)) {
      if (node->type == Type::integer && node->integer >= 1) value = node->integer;
      else error(node->offset, f.field(key) + ": expected a whole number of bodies, 1 or more");
    }
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::optional<double>& value, Position&) {
    if (const JsonNode* node = f.typed(key, Type::number, false))
      if (fields::amount(node->number, fields::Place(f.place(key, *node)), *out_)) value = node->number;
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::vector<Owner>& owners, Position&) {
    each(f.array(key), f.field(key), [&](Fields& o) { owners.push_back(record<Owner>(o)); });
  }
  void read_value(Fields&, std::string_view, ValueType, bool, int&, Position&) {}  // the header's version, read by read()
  void read_value(Fields&, std::string_view, ValueType, bool, std::vector<Denominator>&, Position&) {}  // likewise

  std::string_view text_;
  std::string file_;
  RecordReading reading_;
  std::size_t read_ahead_from_;
  TextLocator locator_;
  Diagnostics& found_;
  Diagnostics* out_;  // found_, or while a record is read, its collection's streamed_
  std::array<Diagnostics, collections.size()> streamed_;
  std::vector<fields::PendingType> declared_at_;  // bodies' declared types, resolved once the header is read
  std::array<std::size_t, collections.size()> first_offset_{};  // of each collection's first record
};

}  // namespace

MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out, RecordReading reading,
                       std::optional<std::size_t> read_ahead_from) {
  const std::size_t half_way = text.size() >= read_ahead_min_bytes ? text.size() / 2 : std::string_view::npos;
  MapReader reader(text, file_name, out, reading, read_ahead_from.value_or(half_way));
  return reader.read();
}

}  // namespace govgraph
