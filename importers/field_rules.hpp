#pragma once
// Field checks shared by the JSON and CSV readers, so both formats accept the same
// values and word their errors the same way.

#include <optional>
#include <string>
#include <string_view>

#include "graph/diagnostic.hpp"
#include "graph/vocabulary.hpp"

namespace govgraph::fields {

/// The names of a record's fields, in canonical order, for unknown-field warnings.
inline constexpr std::string_view map_fields[] = {"govgraph", "name", "as_of", "currency", "apex", "sources",
                                                  "policy_areas", "bodies", "links", "responsibilities"};
inline constexpr std::string_view source_fields[] = {"id", "title", "file", "url", "source", "note"};
inline constexpr std::string_view policy_area_fields[] = {"id", "name", "parent", "source", "note"};
inline constexpr std::string_view body_fields[] = {"id", "name", "aliases", "type", "sector", "policy_areas",
                                                   "status", "represents", "start", "end", "source", "note"};
inline constexpr std::string_view link_fields[] = {"from", "to", "kind", "basis", "amount", "currency", "period",
                                                   "policy_areas", "start", "end", "source", "note"};
inline constexpr std::string_view responsibility_fields[] = {"id", "name", "policy_area", "status", "owners",
                                                             "source", "note"};
inline constexpr std::string_view owner_fields[] = {"body", "role"};
/// In CSV, a responsibility's owners are three columns of ';'-separated body ids.
inline constexpr std::string_view responsibility_csv_columns[] = {"id", "name", "policy_area", "status", "lead",
                                                                  "delivers", "supports", "source", "note"};

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
std::optional<LinkKind> link_kind(std::string_view value, const Location& where, const std::string& field,
                                  Diagnostics& out);
std::optional<Role> role(std::string_view value, const Location& where, const std::string& field,
                         Diagnostics& out);
/// A non-negative finite amount of money.
bool amount(double value, const Location& where, const std::string& field, Diagnostics& out);

}  // namespace govgraph::fields
