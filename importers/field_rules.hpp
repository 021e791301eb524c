#pragma once
// Field checks shared by the JSON and CSV readers, so both formats accept the same
// values and word their errors the same way.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "graph/diagnostic.hpp"
#include "graph/vocabulary.hpp"

namespace govgraph::fields {

/// The one format version this build reads and writes.
inline constexpr int format_version = 1;

// Each check reports a problem with `field` at `where` and returns nothing when the
// value is unusable.
std::optional<std::string> slug(std::string_view value, const Location& where, const std::string& field,
                                Diagnostics& out);
std::optional<std::string> date(std::string_view value, const Location& where, const std::string& field,
                                Diagnostics& out);
std::optional<BodyType> body_type(std::string_view value, const Location& where, const std::string& field,
                                  Diagnostics& out);
std::optional<BodyStatus> body_status(std::string_view value, const Location& where, const std::string& field,
                                      Diagnostics& out);
std::optional<BodyClass> body_class(std::string_view value, const Location& where, const std::string& field,
                                    Diagnostics& out);
std::optional<LinkKind> link_kind(std::string_view value, const Location& where, const std::string& field,
                                  Diagnostics& out);
std::optional<Role> role(std::string_view value, const Location& where, const std::string& field,
                         Diagnostics& out);
/// The parser above for a vocabulary's enum, for readers driven by the schema.
template <typename Enum>
std::optional<Enum> vocabulary(std::string_view value, const Location& where, const std::string& field,
                               Diagnostics& out) {
  if constexpr (std::is_same_v<Enum, BodyType>) return body_type(value, where, field, out);
  else if constexpr (std::is_same_v<Enum, BodyStatus>) return body_status(value, where, field, out);
  else if constexpr (std::is_same_v<Enum, BodyClass>) return body_class(value, where, field, out);
  else if constexpr (std::is_same_v<Enum, LinkKind>) return link_kind(value, where, field, out);
  else return role(value, where, field, out);
}

/// A value of an open vocabulary (graph/vocabulary.hpp): one outside `names` is a
/// warning naming the nearest name, and the caller keeps it as written.
void term(std::string_view value, std::span<const std::string_view> names, const Location& where,
          const std::string& field, Diagnostics& out);

/// A header's universe entry: `of` names a body type or policy_areas, `count` is 1 or more.
bool denominator(std::string_view of, const Location& where, const std::string& field, Diagnostics& out);

/// The largest amount of money a map may state: a thousand million million, far above
/// any public budget, and low enough that a million of them still add up exactly
/// enough and never to infinity.
inline constexpr double max_amount = 1e15;

/// An amount of money from 0 to max_amount.
bool amount(double value, const Location& where, const std::string& field, Diagnostics& out);

}  // namespace govgraph::fields
