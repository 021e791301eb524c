#pragma once
// One table of field descriptors per record type: the map format's fields written once.
// The JSON and CSV readers and writers, the diff, a proposal's update_body and the field
// tables of docs/format.md all follow these tables, so a plain field is added here (and
// in records.hpp and the docs) and nowhere else. See docs/adding-a-field.md.

#include <bit>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "graph/records.hpp"

namespace govgraph {

/// How a field's value is written and checked. The member type alone does not say it:
/// a std::string may be free text, an id or a date.
enum class ValueType {
  text,        // free text
  id,          // an id (graph/check.hpp's is_id)
  texts,       // a list of free texts; ';'-separated in CSV
  ids,         // a list of slugs; ';'-separated in CSV
  date,        // YYYY-MM-DD
  vocabulary,  // one of a closed list of names (graph/vocabulary.hpp)
  term,        // text, one of an open vocabulary's names; another value is a warning, kept
  count,       // a whole number of bodies, 1 or more
  amount,      // a number of zero or more
  owners,      // a responsibility's owners: lead, delivers and supports columns in CSV
  version,     // the map header's format version
  records,     // the map header's collections
  counts,      // the map header's universe: whole numbers by body type or policy_areas
  types,       // the map header's declared body types and link bases (read and written by the JSON header)
};

/// A text field a record keeps in a part held apart (records.hpp's Apart): read without
/// making the part, written through it.
template <typename R>
struct TextApart {
  const std::string& (*read)(const R&) = nullptr;
  std::string& (*write)(R&) = nullptr;
  friend bool operator==(const TextApart&, const TextApart&) = default;
};

/// The TextApart of `Field` in the part `Part` of R.
template <typename R, auto Part, auto Field>
constexpr TextApart<R> text_apart() {
  return {[](const R& r) -> const std::string& { return (*(r.*Part)).*Field; },
          [](R& r) -> std::string& { return (r.*Part).edit().*Field; }};
}

/// Where a record keeps a field's value. std::monostate: the field is not one value
/// (the map's collections).
template <typename R>
using Member =
    std::variant<std::monostate, std::string R::*, std::vector<std::string> R::*, BodyType R::*, BodyStatus R::*,
                 BodyClass R::*, LinkKind R::*, Role R::*, std::optional<long long> R::*, std::optional<double> R::*,
                 std::vector<Owner> R::*, int R::*, std::vector<Denominator> R::*, TextApart<R>>;

/// The collection an id field names: check_map reports an id that names nothing there.
enum class RefersTo { nothing, body, policy_area };

template <typename R>
struct FieldInfo {
  std::string_view name{};  // the JSON key and the CSV column (owners excepted, see ValueType)
  ValueType type = ValueType::text;
  Member<R> member{};
  bool required = false;
  bool identifies = false;  // part of the record's key in a diff, so never a field change
  bool settable = false;    // a proposal's update_body may set it
  std::string_view meaning{};                  // the docs' one line
  std::span<const std::string_view> vocabulary{};  // the names of a vocabulary or term field
  Position R::*at = nullptr;                   // where the value was written, for reference errors
  RefersTo refers_to = RefersTo::nothing;
};

/// The fields of each record type, in canonical order (JSON keys, CSV columns, docs rows).
/// R is MapData (the header), SourceDoc, PolicyArea, Body, Link, Responsibility or Owner.
template <typename R>
std::span<const FieldInfo<R>> schema();

/// The field named `name`, or nullptr.
template <typename R>
const FieldInfo<R>* find_field(std::string_view name) {
  for (const auto& f : schema<R>())
    if (f.name == name) return &f;
  return nullptr;
}

/// The JSON keys of R, in order, for unknown-field warnings. Built once: the reader asks
/// for them at every record.
template <typename R>
const std::vector<std::string_view>& json_keys() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> names;
    for (const auto& f : schema<R>()) names.push_back(f.name);
    return names;
  }();
  return keys;
}

/// The CSV column beside a column of body ids that holds those bodies' names, for people
/// reading the file: links' from_name and to_name, responsibilities' lead_names,
/// delivers_names and supports_names. Written from the bodies, checked against them when
/// read, never stored. Empty for a column that holds no body ids.
std::string_view body_names_column(std::string_view ids_column);

/// The CSV columns of R: as the JSON keys, but owners are the lead, delivers and
/// supports columns of ';'-separated body ids; each column of body ids is followed by
/// its body_names_column.
template <typename R>
std::vector<std::string_view> csv_columns() {
  std::vector<std::string_view> columns;
  const auto add = [&](std::string_view column) {
    columns.push_back(column);
    if (const std::string_view names = body_names_column(column); !names.empty()) columns.push_back(names);
  };
  for (const auto& f : schema<R>()) {
    if (f.type == ValueType::owners) {
      for (const std::string_view role : role_names) add(role);
    } else if (f.refers_to == RefersTo::body) {
      add(f.name);
    } else {
      columns.push_back(f.name);
    }
  }
  return columns;
}

// The canonical text of a value: what a diff compares and prints. Empty means unset.
std::string canonical_text(const std::string& value);
std::string canonical_text(const std::vector<std::string>& values);  // "[a, b]"
std::string canonical_text(BodyType value);
std::string canonical_text(BodyStatus value);
std::string canonical_text(BodyClass value);
std::string canonical_text(LinkKind value);
std::string canonical_text(Role value);
std::string canonical_text(const std::optional<long long>& value);
std::string canonical_text(const std::optional<double>& value);  // as the map file writes it
std::string canonical_text(const std::vector<Owner>& owners);    // "a (lead); b (supports)"
std::string canonical_text(int value);
std::string canonical_text(const std::vector<ExtraField>& extras);  // "{key: json, ...}"
std::string canonical_text(const std::vector<Denominator>& universe);  // "{directorate: 43, ...}"
std::string canonical_text(const std::vector<DeclaredType>& types);   // "department (like executive, box): ...; ..."
std::string canonical_text(const std::vector<DeclaredBasis>& bases);  // "framework-document (like sponsorship); ..."

/// Calls `visit(value)` with the field's value in `record` when the field holds one value;
/// does nothing for a collection. `record` may be const or not; a const body's type is its
/// declared name.
template <typename R, typename Record, typename Visit>
void with_value(const FieldInfo<R>& field, Record& record, Visit visit) {
  // A body of a type the map declares is written and shown by the declared name, so
  // every writer gives back the name the map was written with.
  if constexpr (std::is_same_v<Record, const Body>)
    if (!record.declared_type.empty() && std::holds_alternative<BodyType Body::*>(field.member)) {
      visit(record.declared_type);
      return;
    }
  std::visit(
      [&](auto member) {
        if constexpr (std::is_same_v<decltype(member), TextApart<R>>) {
          if constexpr (std::is_const_v<Record>) {
            visit(member.read(record));
          } else {
            // Visited as a copy, so that a reader storing nothing makes no part.
            std::string value = member.read(record);
            visit(value);
            if (value != member.read(record)) member.write(record) = std::move(value);
          }
        } else if constexpr (!std::is_same_v<decltype(member), std::monostate>) {
          visit(record.*member);
        }
      },
      field.member);
}

/// The field's value in `record` as canonical text.
template <typename R>
std::string field_text(const FieldInfo<R>& field, const R& record) {
  std::string text;
  with_value(field, record, [&](const auto& value) { text = canonical_text(value); });
  return text;
}

/// Whether two records surely hold the same value in the field, so that field_text
/// gives both the same text, decided without writing either out; false when they may
/// differ. An owner's == leaves out its unknown fields, and 0 == -0, so those are left
/// to the text.
template <typename R>
bool same_value(const FieldInfo<R>& field, const R& a, const R& b) {
  if constexpr (std::is_same_v<R, Body>)
    if (std::holds_alternative<BodyType Body::*>(field.member) && a.declared_type != b.declared_type) return false;
  return std::visit(
      [&](auto member) {
        if constexpr (std::is_same_v<decltype(member), std::monostate>) {
          return true;
        } else {
          const auto value_in = [&](const R& record) -> decltype(auto) {
            if constexpr (std::is_same_v<decltype(member), TextApart<R>>)
              return member.read(record);
            else
              return (record.*member);
          };
          using Value = std::remove_cvref_t<decltype(value_in(a))>;
          const auto& x = value_in(a);
          const auto& y = value_in(b);
          if constexpr (std::is_same_v<Value, std::vector<Owner>>) return false;
          else if constexpr (std::is_same_v<Value, std::optional<double>>)
            return x.has_value() == y.has_value() &&
                   (!x || std::bit_cast<std::uint64_t>(*x) == std::bit_cast<std::uint64_t>(*y));
          else return x == y;
        }
      },
      field.member);
}

/// Whether the field holds what a new record holds (empty, unset, the default status):
/// an optional field then goes unwritten.
template <typename R>
bool field_is_default(const FieldInfo<R>& field, const R& record) {
  static const R blank{};
  bool same = true;
  with_value(field, record, [&](const auto& value) {
    using Value = std::remove_cvref_t<decltype(value)>;
    const Value* fresh = nullptr;
    with_value(field, blank, [&](const auto& other) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(other)>, Value>) fresh = &other;
    });
    same = *fresh == value;
  });
  return same;
}

/// Copies the field's value from one record to another.
template <typename R>
void copy_field(const FieldInfo<R>& field, const R& from, R& to) {
  std::visit(
      [&](auto member) {
        if constexpr (std::is_same_v<decltype(member), TextApart<R>>) {
          if (member.read(to) != member.read(from)) member.write(to) = member.read(from);
        } else if constexpr (!std::is_same_v<decltype(member), std::monostate>) {
          to.*member = from.*member;
        }
      },
      field.member);
}

}  // namespace govgraph
