#include "importers/field_rules.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "graph/amount.hpp"
#include "graph/check.hpp"

namespace govgraph::fields {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> closed(std::optional<Enum> parsed, std::string_view value, const Place& place,
                           const char* noun, const std::array<std::string_view, N>& names,
                           Diagnostics& out) {
  if (!parsed) {
    const auto [where, field] = place();
    const std::string meant = likely_meant(value, std::vector<std::string_view>(names.begin(), names.end()));
    out.error(where, field + ": '" + std::string(value) + "' is not a " + noun +
                         (meant.empty() ? "" : "; nearest is '" + meant + "'") + "; expected one of " + one_of(names));
  }
  return parsed;
}

/// The start of a long value, for a message: at most 40 bytes, never cut inside a
/// UTF-8 character, so a pasted paragraph does not flood the terminal.
std::string start_of(std::string_view value) {
  std::size_t cut = std::min<std::size_t>(value.size(), 40);
  while (cut > 0 && cut < value.size() && (static_cast<unsigned char>(value[cut]) & 0xC0U) == 0x80U) --cut;
  return std::string(value.substr(0, cut));
}

}  // namespace

std::optional<std::string> slug(std::string_view value, const Place& place, Diagnostics& out) {
  const std::string why = why_not_an_id(value);
  if (why.empty()) return std::string(value);
  const auto [where, field] = place();
  if (value.size() > max_id_length) {
    out.error(where, field + ": an id of " + std::to_string(value.size()) + " bytes ('" + start_of(value) +
                         "...') is too long; expected at most " + std::to_string(max_id_length) +
                         ", such as 'care-inspectorate'");
    return std::nullopt;
  }
  // The id a slug of the refused one would be, as a team renaming it is likely to choose.
  const std::string suggested = slug_of(value);
  const std::string such_as = "such as '" + (suggested.empty() ? std::string("care-inspectorate") : suggested) + "'";
  out.error(where, field + ": '" + std::string(value) + "' is not a valid id: " + why +
                       "; expected letters, digits, '.', '_' and '-' (a register's code or slug), " + such_as);
  return std::nullopt;
}

std::optional<std::string> date(std::string_view value, const Place& place, Diagnostics& out) {
  if (is_iso_date(value)) return std::string(value);
  const auto [where, field] = place();
  out.error(where, field + ": '" + std::string(value) + "' is not a date; expected YYYY-MM-DD, such as 2021-06-30");
  return std::nullopt;
}

std::optional<BodyType> body_type(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_body_type(value), value, place, "body type", body_type_names, out);
}

std::optional<BodyStatus> body_status(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_body_status(value), value, place, "body status", body_status_names, out);
}

std::optional<BodyClass> body_class(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_body_class(value), value, place, "body class", body_class_names, out);
}

std::optional<LinkKind> link_kind(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_link_kind(value), value, place, "link kind", link_kind_names, out);
}

std::optional<Role> role(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_role(value), value, place, "role", role_names, out);
}

void term(std::string_view value, std::span<const std::string_view> names, const Place& place, Diagnostics& out) {
  if (std::find(names.begin(), names.end(), value) != names.end()) return;
  const auto [where, field] = place();
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  const std::string shown = start_of(value) + (value.size() > start_of(value).size() ? "..." : "");
  out.warning(where, field + ": '" + shown + "' is not a documented value, kept as written; nearest is '" +
                         nearest_id(value, candidates) + "'; expected one of " + one_of(names));
}

namespace {

/// How a header's declaration of one kind is named in messages.
struct DeclarationWords {
  const char* built_in;  // "body type"
  const char* one;       // "type"
  const char* many;      // "types"
  const char* example;   // "department"
};

/// A declared name: a lowercase slug, not a built-in one, not declared before.
bool declared_name(std::string_view name, bool built_in, bool declared_before, const DeclarationWords& words,
                   const Place& place, Diagnostics& out) {
  const auto refuse = [&](const std::string& why) {
    const auto [where, field] = place();
    out.error(where, field + ": '" + std::string(name) + "' " + why);
    return false;
  };
  if (built_in)
    return refuse(std::string("is a built-in ") + words.built_in + "; declare only " + words.many +
                  " the format lacks");
  if (declared_before) return refuse(std::string("is declared twice; expected each declared ") + words.one + " once");
  const std::string suggested = slug_of(name);
  if (name.empty() || suggested != name)
    return refuse(std::string("is not a ") + words.one + " name; expected lowercase letters, digits and '-', such as '" +
                  (suggested.empty() ? std::string(words.example) : suggested) + "'");
  return true;
}

}  // namespace

bool declared_type_name(std::string_view name, const std::vector<DeclaredType>& earlier, const Place& place,
                        Diagnostics& out) {
  const bool before = std::any_of(earlier.begin(), earlier.end(), [&](const DeclaredType& t) { return t.name == name; });
  return declared_name(name, parse_body_type(name).has_value(), before, {"body type", "type", "types", "department"},
                       place, out);
}

bool declared_basis_name(std::string_view name, const std::vector<DeclaredBasis>& earlier, const Place& place,
                         Diagnostics& out) {
  const bool before = std::any_of(earlier.begin(), earlier.end(), [&](const DeclaredBasis& b) { return b.name == name; });
  return declared_name(name, parse_basis(name).has_value(), before,
                       {"basis", "basis", "bases", "framework-document"}, place, out);
}

std::optional<Basis> basis(std::string_view value, const Place& place, Diagnostics& out) {
  return closed(parse_basis(value), value, place, "basis", basis_names, out);
}

bool drawn_shape(std::string_view shape, const Place& place, Diagnostics& out) {
  if (std::find(drawn_shape_names.begin(), drawn_shape_names.end(), shape) != drawn_shape_names.end()) return true;
  const auto [where, field] = place();
  const std::string meant = likely_meant(shape, std::vector<std::string_view>(drawn_shape_names.begin(), drawn_shape_names.end()));
  out.error(where, field + ": '" + std::string(shape) + "' is not a shape maps are drawn with" +
                       (meant.empty() ? "" : "; nearest is '" + meant + "'") + "; expected one of " +
                       one_of(drawn_shape_names));
  return false;
}

bool colour(std::string_view colour, const Place& place, Diagnostics& out) {
  const bool hex = colour.size() == 7 && colour[0] == '#' &&
                   std::all_of(colour.begin() + 1, colour.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
  if (hex) return true;
  const auto [where, field] = place();
  out.error(where, field + ": '" + std::string(colour) + "' is not a colour; expected #RRGGBB, such as '#1F4E79'");
  return false;
}

std::string undeclared_type(std::string_view name, const std::vector<DeclaredType>& types) {
  std::vector<std::string_view> names(body_type_names.begin(), body_type_names.end());
  for (const auto& t : types) names.push_back(t.name);
  const std::string meant = likely_meant(name, names);
  return "'" + std::string(name) + "' is not a body type" + (types.empty() ? "" : " or a type the map declares") +
         (meant.empty() ? "" : "; nearest is '" + meant + "'") + "; expected one of " + one_of(names);
}

void resolve_declared_types(std::vector<Body>& bodies, const std::vector<DeclaredType>& types,
                            const std::vector<PendingType>& pending, Diagnostics& out) {
  std::vector<std::pair<std::size_t, Diagnostic>> late;
  std::size_t next = 0;
  for (auto& body : bodies) {
    if (body.declared_type.empty()) continue;
    const PendingType& at = pending.at(next++);
    const auto declared = std::find_if(types.begin(), types.end(), [&](const DeclaredType& t) { return t.name == body.declared_type; });
    if (declared != types.end()) {
      body.type = declared->like;
      continue;
    }
    late.emplace_back(at.index, Diagnostic{Diagnostic::Level::error, at.place.where,
                                           at.place.field + ": " + undeclared_type(body.declared_type, types)});
    body.declared_type.clear();
  }
  insert_problems(out, late);
}

void insert_problems(Diagnostics& out, const std::vector<std::pair<std::size_t, Diagnostic>>& late) {
  if (late.empty()) return;
  Diagnostics merged;
  const auto add = [&](const Diagnostic& d) {
    if (d.level == Diagnostic::Level::error) merged.error(d.where, d.message);
    else merged.warning(d.where, d.message);
  };
  std::size_t next = 0;
  for (std::size_t i = 0; i <= out.all().size(); ++i) {
    for (; next < late.size() && late[next].first == i; ++next) add(late[next].second);
    if (i < out.all().size()) add(out.all()[i]);
  }
  out = std::move(merged);
}

bool denominator(std::string_view of, const Place& place, Diagnostics& out) {
  if (of == "policy_areas" || parse_body_type(of)) return true;
  const auto [where, field] = place();
  out.error(where, field + ": '" + std::string(of) + "' is neither a body type nor policy_areas; expected policy_areas or " +
                       one_of(body_type_names));
  return false;
}

bool amount(double value, const Place& place, Diagnostics& out) {
  if (std::isfinite(value) && value >= 0 && value <= max_amount) return true;
  const auto [where, field] = place();
  if (value > max_amount)
    out.error(where, field + ": " + format_json_number(value) +
                         " is more than the largest amount a map may state; expected at most 1000000000000000 (10^15)");
  else
    out.error(where, field + ": expected an amount of zero or more");
  return false;
}

std::optional<std::string> uk_date_as_iso(std::string_view text) {
  const auto digits = [](std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::size_t first = text.find('/');
  const std::size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view day = text.substr(0, first), month = text.substr(first + 1, second - first - 1),
                         year = text.substr(second + 1);
  if (!digits(day) || !digits(month) || !digits(year) || day.size() > 2 || month.size() > 2 || year.size() != 4)
    return std::nullopt;
  const auto two = [](std::string_view part) { return part.size() == 1 ? "0" + std::string(part) : std::string(part); };
  std::string iso = std::string(year) + "-" + two(month) + "-" + two(day);
  if (!is_iso_date(iso)) return std::nullopt;
  return iso;
}

std::optional<std::string> formatted_amount_as_plain(std::string_view text) {
  for (const std::string_view sign : {"\xC2\xA3", "$", "\xE2\x82\xAC"})  // £ $ €
    if (text.starts_with(sign)) {
      text.remove_prefix(sign.size());
      break;
    }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point);
  // The whole part: digits in groups of three after the first group, when commas are used.
  std::string plain;
  std::size_t group = 0;
  bool grouped = false;
  for (const char c : whole) {
    if (c == ',') {
      if (group == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
    } else if (c >= '0' && c <= '9') {
      plain += c;
      ++group;
    } else {
      return std::nullopt;
    }
  }
  if (plain.empty() || (grouped && group != 3)) return std::nullopt;
  if (!fraction.empty() && (fraction.size() == 1 || !std::all_of(fraction.begin() + 1, fraction.end(), [](char c) {
                              return c >= '0' && c <= '9';
                            })))
    return std::nullopt;
  return plain + std::string(fraction);
}

}  // namespace govgraph::fields
