#pragma once
// The records of a map as the user wrote them: ids are still strings, nothing is resolved.
// Importers produce a MapData, writers consume one, restructures edit one; a
// GovernanceMap (governance_map.hpp) is built from a checked MapData.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/vocabulary.hpp"

namespace govgraph {

/// A place in the file a record came from; 0 means unknown (a record made by a tool).
struct Position {
  int line = 0;
  int column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

/// A field the format does not define. Kept verbatim (as compact JSON text) so that
/// loading and writing a map never drops data.
struct ExtraField {
  std::string key;
  std::string json;
  friend bool operator==(const ExtraField&, const ExtraField&) = default;
};

/// What every record may carry: a citation, a note, and fields govgraph does not know.
struct RecordBase {
  std::string source;
  std::string note;
  std::vector<ExtraField> extras;
  Position at;
};

struct SourceDoc : RecordBase {
  std::string id;
  std::string title;
  std::string file;
  std::string url;
};

struct PolicyArea : RecordBase {
  std::string id;
  std::string name;
  std::string parent;  // empty for a root
  Position parent_at;
};

struct Body : RecordBase {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  BodyType type = BodyType::other;
  std::string declared_type;  // a type the header declares (DeclaredType::name), whose `like` is `type`; or empty
  std::string sector;
  std::vector<std::string> policy_areas;
  Position policy_areas_at;
  BodyStatus status = BodyStatus::active;
  std::optional<long long> represents;  // a class of this many bodies
  std::string powers;                   // powers_names, or as written; empty: unknown
  std::string start;                    // ISO 8601 dates; empty when open-ended
  std::string end;
  BodyClass class_ = BodyClass::none;  // none with represents: similar
};

/// A part of a record that few records have, held apart, so that the many without it
/// carry one pointer rather than its empty fields (a million links, four strings each).
/// A record without it reads a blank part; edit() makes it. Copies are deep.
template <typename Part>
class Apart {
 public:
  Apart() = default;
  Apart(const Apart& other) : part_(other.part_ ? std::make_unique<Part>(*other.part_) : nullptr) {}
  Apart(Apart&&) noexcept = default;
  Apart& operator=(const Apart& other) {
    if (this != &other) part_ = other.part_ ? std::make_unique<Part>(*other.part_) : nullptr;
    return *this;
  }
  Apart& operator=(Apart&&) noexcept = default;
  ~Apart() = default;

  const Part& operator*() const { return part_ ? *part_ : blank(); }
  const Part* operator->() const { return &**this; }
  /// The part, made blank if the record had none.
  Part& edit() {
    if (!part_) part_ = std::make_unique<Part>();
    return *part_;
  }

 private:
  static const Part& blank() {
    static const Part none{};
    return none;
  }
  std::unique_ptr<Part> part_;
};

/// What few links state: the currency and period of an amount, and the dates a line held.
struct LinkTerms {
  std::string currency;  // empty: the map's currency
  std::string period;
  std::string start;
  std::string end;
};

struct Link : RecordBase {
  std::string from;
  std::string to;
  Position from_at;
  Position to_at;
  LinkKind kind = LinkKind::accountable_to;
  std::string basis;
  std::optional<double> amount;
  std::vector<std::string> policy_areas;
  Position policy_areas_at;
  Apart<LinkTerms> terms;
};

struct Owner {
  std::string body;
  Role role = Role::lead;
  std::vector<ExtraField> extras;
  Position at;
  friend bool operator==(const Owner& a, const Owner& b) { return a.body == b.body && a.role == b.role; }
};

struct Responsibility : RecordBase {
  std::string id;
  std::string name;
  std::string policy_area;  // may be empty
  Position policy_area_at;
  std::string status;       // assessment_names, or as written
  std::string commitments;  // commitments_names, or as written
  std::string due;          // ISO 8601 date; empty: held to the map's horizon
  std::vector<Owner> owners;
};

/// One count of the world a map describes: how many bodies of a type (`of` is a body
/// type name) or policy areas (`of` is "policy_areas") exist, in the map or not.
struct Denominator {
  std::string of;
  long long count = 0;
  Position at;
  friend bool operator==(const Denominator& a, const Denominator& b) { return a.of == b.of && a.count == b.count; }
};

/// A body type the map's header declares (`body_types`), such as "department": its
/// bodies are checked and analysed as the built-in type `like`, drawn with `shape` and
/// `colour` when given, and written back under `name`.
struct DeclaredType {
  std::string name;
  std::string meaning;
  BodyType like = BodyType::other;
  std::string shape;   // one of drawn_shape_names; empty: like's
  std::string colour;  // #RRGGBB; empty: like's
  std::vector<ExtraField> extras;
  Position at;
  friend bool operator==(const DeclaredType& a, const DeclaredType& b) {
    return a.name == b.name && a.meaning == b.meaning && a.like == b.like && a.shape == b.shape &&
           a.colour == b.colour && a.extras == b.extras;
  }
};

/// The name of a body's type as the map writes it: its declared type's, or its built-in one's.
inline std::string_view type_name(const Body& body) {
  return body.declared_type.empty() ? to_string(body.type) : std::string_view(body.declared_type);
}

/// A link basis the map's header declares (`link_bases`), such as "framework-document":
/// an `accountable_to` line of it counts for the rules as the built-in basis `like`
/// (docs/format.md, "bases"); the link keeps the declared name as written.
struct DeclaredBasis {
  std::string name;
  std::string meaning;
  Basis like = Basis::statutory;
  std::vector<ExtraField> extras;
  Position at;
  friend bool operator==(const DeclaredBasis& a, const DeclaredBasis& b) {
    return a.name == b.name && a.meaning == b.meaning && a.like == b.like && a.extras == b.extras;
  }
};

/// The file each collection was read from (all the same for a JSON map; one per CSV).
struct Origins {
  std::string map;
  std::string sources;
  std::string policy_areas;
  std::string bodies;
  std::string links;
  std::string responsibilities;
};

struct MapData {
  int format_version = 1;
  std::string name;
  std::string as_of;
  std::string currency;
  std::string horizon;  // ISO 8601 date; empty: none
  std::vector<Denominator> universe;
  std::vector<DeclaredType> body_types;
  std::vector<DeclaredBasis> link_bases;
  std::vector<std::string> apex;
  std::vector<Position> apex_at;
  std::vector<SourceDoc> sources;
  std::vector<PolicyArea> policy_areas;
  std::vector<Body> bodies;
  std::vector<Link> links;
  std::vector<Responsibility> responsibilities;
  std::vector<ExtraField> extras;
  Origins origins;
};

}  // namespace govgraph
