#include "graph/schema.hpp"

#include <array>

#include "graph/amount.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

using V = ValueType;

constexpr std::string_view source_meaning = "a citation: the id of a listed source, then where in it, such as `cp1 p.70`";
constexpr std::string_view note_meaning = "free text";

// Each table is in canonical order. `meaning` is the docs' wording, checked against
// docs/format.md by tests/graph/schema_test.cpp.

const std::array<FieldInfo<MapData>, 14> map_fields{{
    {.name = "govgraph", .type = V::version, .member = &MapData::format_version, .required = true,
     .meaning = "the format version: `1`"},
    {.name = "name", .member = &MapData::name, .meaning = "the map's title, used in reports"},
    {.name = "as_of", .type = V::date, .member = &MapData::as_of, .meaning = "the date the map describes (YYYY-MM-DD)"},
    {.name = "horizon", .type = V::date, .member = &MapData::horizon,
     .meaning = "the date (YYYY-MM-DD) the map looks ahead to: a responsibility without a `due` date must still "
                "have a lead on it"},
    {.name = "currency", .member = &MapData::currency, .meaning = "the currency of amounts, such as `GBP`"},
    {.name = "apex", .type = V::ids, .member = &MapData::apex,
     .meaning = "ids of bodies where accountability ends, besides every legislature"},
    {.name = "universe", .type = V::counts, .member = &MapData::universe,
     .meaning = "how many exist in the world the map describes, in the map or not: whole numbers by body type, "
                "and `policy_areas`, such as `{\"directorate\": 43, \"policy_areas\": 117}`; the figures' "
                "\"N of M\" sentences count against them (see below)"},
    {.name = "body_types", .type = V::types,
     .meaning = "body types the map declares beside the built-in ones, each with a `name`, a `meaning`, the "
                "built-in type it is `like` for the rules, and optionally a `shape` and `colour` (see declared "
                "body types below)"},
    {.name = "link_bases", .type = V::types,
     .meaning = "link bases the map declares beside the built-in ones, each with a `name`, a `meaning` and the "
                "built-in basis it is `like` for the rules (see declared link bases below)"},
    {.name = "sources", .type = V::records, .meaning = "the documents the map cites"},
    {.name = "policy_areas", .type = V::records, .meaning = "the policy areas, a tree"},
    {.name = "bodies", .type = V::records, .meaning = "the public bodies"},
    {.name = "links", .type = V::records, .meaning = "the links between bodies"},
    {.name = "responsibilities", .type = V::records, .meaning = "the duties bodies hold"},
}};

const std::array<FieldInfo<SourceDoc>, 6> source_fields{{
    {.name = "id", .type = V::id, .member = &SourceDoc::id, .required = true, .identifies = true,
     .meaning = "the source's id, which citations start with"},
    {.name = "title", .member = &SourceDoc::title, .required = true, .meaning = "the document's title"},
    {.name = "file", .member = &SourceDoc::file, .meaning = "the file holding the document"},
    {.name = "url", .member = &SourceDoc::url, .meaning = "where the document is published"},
    {.name = "source", .member = &SourceDoc::source, .meaning = source_meaning},
    {.name = "note", .member = &SourceDoc::note, .meaning = note_meaning},
}};

const std::array<FieldInfo<PolicyArea>, 5> policy_area_fields{{
    {.name = "id", .type = V::id, .member = &PolicyArea::id, .required = true, .identifies = true,
     .meaning = "the area's id"},
    {.name = "name", .member = &PolicyArea::name, .required = true, .meaning = "the area's name"},
    {.name = "parent", .type = V::id, .member = &PolicyArea::parent,
     .meaning = "the id of the broader area; an area that is its own ancestor is an error",
     .at = &PolicyArea::parent_at, .refers_to = RefersTo::policy_area},
    {.name = "source", .member = &PolicyArea::source, .meaning = source_meaning},
    {.name = "note", .member = &PolicyArea::note, .meaning = note_meaning},
}};

const std::array<FieldInfo<Body>, 14> body_fields{{
    {.name = "id", .type = V::id, .member = &Body::id, .required = true, .identifies = true,
     .meaning = "the body's id"},
    {.name = "name", .member = &Body::name, .required = true, .settable = true, .meaning = "the body's name"},
    {.name = "aliases", .type = V::texts, .member = &Body::aliases, .settable = true,
     .meaning = "other names and acronyms, such as `[\"CI\"]`"},
    {.name = "type", .type = V::vocabulary, .member = &Body::type, .required = true, .settable = true,
     .meaning = "one of legislature, executive, minister, directorate, agency, ndpb, public-corporation, "
                "local-authority, health-board, integration-joint-board, partnership, board, regulator, tribunal, "
                "company, third-sector, professional-body, union, other, or a type the map declares in `body_types`",
     .vocabulary = body_type_names},
    {.name = "sector", .type = V::id, .member = &Body::sector, .settable = true,
     .meaning = "a slug, such as `national`, `local`, `regional`, `third-sector`"},
    {.name = "policy_areas", .type = V::ids, .member = &Body::policy_areas, .settable = true,
     .meaning = "ids of the policy areas the body works in", .at = &Body::policy_areas_at, .refers_to = RefersTo::policy_area},
    {.name = "status", .type = V::vocabulary, .member = &Body::status, .settable = true,
     .meaning = "`active` (the default, not written), `proposed` or `abolished`", .vocabulary = body_status_names},
    {.name = "represents", .type = V::count, .member = &Body::represents, .settable = true,
     .meaning = "a whole number: the body stands for a class of that many bodies (\"Local authorities\", 32), similar unless `class` says mixed"},
    {.name = "class", .type = V::vocabulary, .member = &Body::class_, .settable = true,
     .meaning = "`none` (the default, not written: one body, or with `represents` a class of similar bodies), `similar` "
                "(a class whose every member holds the record's links and duties, as each council answers to its "
                "electorate) or `mixed` (a class of unlike bodies: a link or duty of the record holds for some members "
                "only, as professional regulators answer to different parliaments)",
     .vocabulary = body_class_names},
    {.name = "powers", .type = V::term, .member = &Body::powers, .settable = true,
     .meaning = "the powers it holds to carry its duties: `statutory` (powers or duties in law), `non-statutory` "
                "(set up without them, such as a company or a partnership by agreement) or `advisory` (it can only "
                "advise); absent means unknown",
     .vocabulary = powers_names},
    {.name = "start", .type = V::date, .member = &Body::start, .settable = true,
     .meaning = "the date (YYYY-MM-DD) the body came into being"},
    {.name = "end", .type = V::date, .member = &Body::end, .settable = true,
     .meaning = "the date (YYYY-MM-DD) the body ceased"},
    {.name = "source", .member = &Body::source, .settable = true, .meaning = source_meaning},
    {.name = "note", .member = &Body::note, .settable = true, .meaning = note_meaning},
}};

const std::array<FieldInfo<Link>, 12> link_fields{{
    {.name = "from", .type = V::id, .member = &Link::from, .required = true, .identifies = true,
     .meaning = "the id of the body the link starts at", .at = &Link::from_at, .refers_to = RefersTo::body},
    {.name = "to", .type = V::id, .member = &Link::to, .required = true, .identifies = true,
     .meaning = "the id of the body the link ends at; a link cannot join a body to itself", .at = &Link::to_at, .refers_to = RefersTo::body},
    {.name = "kind", .type = V::vocabulary, .member = &Link::kind, .required = true, .identifies = true,
     .meaning = "`accountable_to` (from answers to to), `funds` (from pays to), `member_of`, `scrutinises` "
                "(inspects, regulates, audits), `advises`, `collaborates_with` (symmetric)",
     .vocabulary = link_kind_names},
    {.name = "basis", .member = &Link::basis,
     .meaning = "why the link holds: statutory, sponsorship, line-management, governance-agreement, membership, "
                "grant-agreement, contract, regulation or registration (see bases below); other text is kept and read "
                "as unspecified"},
    {.name = "amount", .type = V::amount, .member = &Link::amount,
     .meaning = "for funds: a number from 0 to 10^15, in `currency` or the map's currency"},
    {.name = "currency", .member = text_apart<Link, &Link::terms, &LinkTerms::currency>(), .meaning = "the currency of the amount, such as `GBP`"},
    {.name = "period", .member = text_apart<Link, &Link::terms, &LinkTerms::period>(), .meaning = "the period the amount covers, such as `2021-22`"},
    {.name = "policy_areas", .type = V::ids, .member = &Link::policy_areas,
     .meaning = "ids of the policy areas the link concerns", .at = &Link::policy_areas_at, .refers_to = RefersTo::policy_area},
    {.name = "start", .type = V::date, .member = text_apart<Link, &Link::terms, &LinkTerms::start>(), .meaning = "the date the link began to hold"},
    {.name = "end", .type = V::date, .member = text_apart<Link, &Link::terms, &LinkTerms::end>(), .meaning = "the date the link ceased to hold"},
    {.name = "source", .member = &Link::source, .meaning = source_meaning},
    {.name = "note", .member = &Link::note, .meaning = note_meaning},
}};

const std::array<FieldInfo<Responsibility>, 9> responsibility_fields{{
    {.name = "id", .type = V::id, .member = &Responsibility::id, .required = true, .identifies = true,
     .meaning = "the responsibility's id"},
    {.name = "name", .member = &Responsibility::name, .required = true, .meaning = "what the duty is"},
    {.name = "policy_area", .type = V::id, .member = &Responsibility::policy_area,
     .meaning = "the id of its policy area", .at = &Responsibility::policy_area_at, .refers_to = RefersTo::policy_area},
    {.name = "status", .type = V::term, .member = &Responsibility::status,
     .meaning = "the assessment of progress, on the scale of Change Programme ONE: `underway` (work is underway), "
                "`underway-insufficient` (underway but does not yet appear sufficient) or `little-or-no-work`; "
                "or `no-commitments` when no commitments were received and no assessment given; absent means not "
                "assessed",
     .vocabulary = assessment_names},
    {.name = "commitments", .type = V::term, .member = &Responsibility::commitments,
     .meaning = "whether the bodies have committed to action: `received` or `none` (\"no commitments received\"); "
                "absent means not recorded",
     .vocabulary = commitments_names},
    {.name = "due", .type = V::date, .member = &Responsibility::due,
     .meaning = "the date (YYYY-MM-DD) by which it must be done; without one, it is held to the map's `horizon`"},
    {.name = "owners", .type = V::owners, .member = &Responsibility::owners,
     .meaning = "the bodies that hold it, each once (see owners below)"},
    {.name = "source", .member = &Responsibility::source, .meaning = source_meaning},
    {.name = "note", .member = &Responsibility::note, .meaning = note_meaning},
}};

const std::array<FieldInfo<Owner>, 2> owner_fields{{
    {.name = "body", .type = V::id, .member = &Owner::body, .required = true, .meaning = "the owning body's id",
     .refers_to = RefersTo::body},
    {.name = "role", .type = V::vocabulary, .member = &Owner::role, .required = true,
     .meaning = "`lead` (accountable for it), `delivers` or `supports`", .vocabulary = role_names},
}};

}  // namespace

std::string_view body_names_column(std::string_view ids_column) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> names{{
      {"from", "from_name"},
      {"to", "to_name"},
      {"lead", "lead_names"},
      {"delivers", "delivers_names"},
      {"supports", "supports_names"},
  }};
  for (const auto& [ids, column] : names)
    if (ids == ids_column) return column;
  return {};
}

template <> std::span<const FieldInfo<MapData>> schema<MapData>() { return map_fields; }
template <> std::span<const FieldInfo<SourceDoc>> schema<SourceDoc>() { return source_fields; }
template <> std::span<const FieldInfo<PolicyArea>> schema<PolicyArea>() { return policy_area_fields; }
template <> std::span<const FieldInfo<Body>> schema<Body>() { return body_fields; }
template <> std::span<const FieldInfo<Link>> schema<Link>() { return link_fields; }
template <> std::span<const FieldInfo<Responsibility>> schema<Responsibility>() { return responsibility_fields; }
template <> std::span<const FieldInfo<Owner>> schema<Owner>() { return owner_fields; }

std::string canonical_text(const std::string& value) { return value; }
std::string canonical_text(const std::vector<std::string>& values) {
  return values.empty() ? "" : "[" + join(values, ", ") + "]";
}
std::string canonical_text(BodyType value) { return std::string(to_string(value)); }
std::string canonical_text(BodyStatus value) { return std::string(to_string(value)); }
std::string canonical_text(BodyClass value) { return std::string(to_string(value)); }
std::string canonical_text(LinkKind value) { return std::string(to_string(value)); }
std::string canonical_text(Role value) { return std::string(to_string(value)); }
std::string canonical_text(const std::optional<long long>& value) { return value ? std::to_string(*value) : ""; }
std::string canonical_text(const std::optional<double>& value) { return value ? format_json_number(*value) : ""; }
std::string canonical_text(int value) { return std::to_string(value); }

std::string canonical_text(const std::vector<ExtraField>& extras) {
  std::vector<std::string> pairs;
  for (const auto& e : extras) pairs.push_back(e.key + ": " + e.json);
  return pairs.empty() ? "" : "{" + join(pairs, ", ") + "}";
}

std::string canonical_text(const std::vector<Denominator>& universe) {
  std::vector<std::string> pairs;
  for (const auto& d : universe) pairs.push_back(d.of + ": " + std::to_string(d.count));
  return pairs.empty() ? "" : "{" + join(pairs, ", ") + "}";
}

std::string canonical_text(const std::vector<DeclaredType>& types) {
  std::vector<std::string> texts;
  for (const auto& t : types) {
    std::string text = t.name + " (like " + std::string(to_string(t.like));
    for (const std::string* look : {&t.shape, &t.colour})
      if (!look->empty()) text += ", " + *look;
    if (!t.meaning.empty()) text += ": " + t.meaning;
    texts.push_back(text + ")" + (t.extras.empty() ? "" : " " + canonical_text(t.extras)));
  }
  return join(texts, "; ");
}

std::string canonical_text(const std::vector<DeclaredBasis>& bases) {
  std::vector<std::string> texts;
  for (const auto& b : bases)
    texts.push_back(b.name + " (like " + std::string(to_string(b.like)) + (b.meaning.empty() ? "" : ": " + b.meaning) +
                    ")" + (b.extras.empty() ? "" : " " + canonical_text(b.extras)));
  return join(texts, "; ");
}

std::string canonical_text(const std::vector<Owner>& owners) {
  std::vector<std::string> texts;
  for (const auto& o : owners) {
    std::string text = o.body + " (" + std::string(to_string(o.role)) + ")";
    if (!o.extras.empty()) text += " " + canonical_text(o.extras);  // so an owner's unknown field is diffed too
    texts.push_back(std::move(text));
  }
  return join(texts, "; ");
}

}  // namespace govgraph
