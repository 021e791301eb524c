#pragma once
// Field checks shared by the JSON and CSV readers, so both formats accept the same
// values and word their errors the same way.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"
#include "graph/vocabulary.hpp"

namespace govgraph::fields {

/// The one format version this build reads and writes.
inline constexpr int format_version = 1;

/// A value's place for a message: the location and the field path.
struct Placed {
  Location where;
  std::string field;
};

/// Where a value was written, worked out only when a message needs it: a reader meets
/// millions of good values and names the place of few. Refers to what it is given, so
/// it lives for one call.
class Place {
 public:
  Place(const Location& where, const std::string& field) : where_(&where), field_(&field) {}
  /// `locate()` returns the Placed; it runs only for a refused value.
  template <typename Locate>
    requires std::is_invocable_r_v<Placed, const Locate&>
  explicit Place(const Locate& locate)
      : locate_(&locate), call_([](const void* f) { return (*static_cast<const Locate*>(f))(); }) {}

  [[nodiscard]] Placed operator()() const { return call_ ? call_(locate_) : Placed{*where_, *field_}; }

 private:
  const Location* where_ = nullptr;
  const std::string* field_ = nullptr;
  const void* locate_ = nullptr;
  Placed (*call_)(const void*) = nullptr;
};

// Each check reports a problem at `place` and returns nothing when the value is unusable.
std::optional<std::string> slug(std::string_view value, const Place& place, Diagnostics& out);
std::optional<std::string> date(std::string_view value, const Place& place, Diagnostics& out);
std::optional<BodyType> body_type(std::string_view value, const Place& place, Diagnostics& out);
std::optional<BodyStatus> body_status(std::string_view value, const Place& place, Diagnostics& out);
std::optional<BodyClass> body_class(std::string_view value, const Place& place, Diagnostics& out);
std::optional<LinkKind> link_kind(std::string_view value, const Place& place, Diagnostics& out);
std::optional<Role> role(std::string_view value, const Place& place, Diagnostics& out);
/// The parser above for a vocabulary's enum, for readers driven by the schema.
template <typename Enum>
std::optional<Enum> vocabulary(std::string_view value, const Place& place, Diagnostics& out) {
  if constexpr (std::is_same_v<Enum, BodyType>) return body_type(value, place, out);
  else if constexpr (std::is_same_v<Enum, BodyStatus>) return body_status(value, place, out);
  else if constexpr (std::is_same_v<Enum, BodyClass>) return body_class(value, place, out);
  else if constexpr (std::is_same_v<Enum, LinkKind>) return link_kind(value, place, out);
  else return role(value, place, out);
}

/// A value of an open vocabulary (graph/vocabulary.hpp): one outside `names` is a
/// warning naming the nearest name, and the caller keeps it as written.
void term(std::string_view value, std::span<const std::string_view> names, const Place& place, Diagnostics& out);

// A header's declared body type (MapData::body_types).
/// Its name: a lowercase slug, not a built-in type's, not declared before in `earlier`.
bool declared_type_name(std::string_view name, const std::vector<DeclaredType>& earlier, const Place& place,
                        Diagnostics& out);
/// A header's declared link basis's name (MapData::link_bases): as a type's, not a built-in basis's.
bool declared_basis_name(std::string_view name, const std::vector<DeclaredBasis>& earlier, const Place& place,
                         Diagnostics& out);
/// A built-in basis, such as a declared basis's `like`.
std::optional<Basis> basis(std::string_view value, const Place& place, Diagnostics& out);
/// Its shape: one of drawn_shape_names.
bool drawn_shape(std::string_view shape, const Place& place, Diagnostics& out);
/// Its colour: #RRGGBB in hexadecimal digits.
bool colour(std::string_view colour, const Place& place, Diagnostics& out);

/// A body's type that a reader could not resolve alone (Body::declared_type is set):
/// where it was written, and how many problems the reader's diagnostics held then, so
/// that its error, if any, takes its place in file order.
struct PendingType {
  Placed place;
  std::size_t index = 0;
};

/// Why `name` is no type: "'x' is not a body type [or a type the map declares]; nearest
/// is ...; expected one of ..." (the built-in names, then `types`).
std::string undeclared_type(std::string_view name, const std::vector<DeclaredType>& types);

/// Gives each body with a declared_type (`pending` holds them in body order) the `like`
/// of the header's type of that name; a name the header does not declare is an error,
/// inserted into `out` where the body was read, suggesting the nearest built-in or
/// declared name. The JSON reader meets bodies before a header that follows them, so
/// every reader resolves at its end.
void resolve_declared_types(std::vector<Body>& bodies, const std::vector<DeclaredType>& types,
                            const std::vector<PendingType>& pending, Diagnostics& out);

/// `out` with each of `late` inserted before the problem at its index (in index order).
void insert_problems(Diagnostics& out, const std::vector<std::pair<std::size_t, Diagnostic>>& late);

/// A header's universe entry: `of` names a body type or policy_areas, `count` is 1 or more.
bool denominator(std::string_view of, const Place& place, Diagnostics& out);

/// The largest amount of money a map may state: a thousand million million, far above
/// any public budget, and low enough that a million of them still add up exactly
/// enough and never to infinity.
inline constexpr double max_amount = 1e15;

/// An amount of money from 0 to max_amount.
bool amount(double value, const Place& place, Diagnostics& out);

// Values as spreadsheets format them for people, which a CSV or workbook reader accepts
// beside govgraph's own forms (and says so).

/// A date in the UK's day/month/year form, D/M/YYYY or DD/MM/YYYY ("31/03/2025"), as
/// YYYY-MM-DD; nothing for any other text or a day the calendar does not have.
std::optional<std::string> uk_date_as_iso(std::string_view text);

/// Money as a spreadsheet shows it, with a currency sign (£, $ or €) and/or comma
/// thousands separators ("£4,200,000", "4,200,000.50"), as a plain number's text
/// ("4200000", "4200000.50"); nothing for any other text, or commas not in threes.
std::optional<std::string> formatted_amount_as_plain(std::string_view text);

}  // namespace govgraph::fields
