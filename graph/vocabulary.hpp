#pragma once
// The closed vocabularies of the map format: body types, statuses, link kinds and owner
// roles. Each enum has a name table, so messages can list every allowed value.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/text.hpp"

namespace govgraph {

enum class BodyType {
  legislature, executive, minister, directorate, agency, ndpb, public_corporation,
  local_authority, health_board, integration_joint_board, partnership, board, regulator,
  tribunal, company, third_sector, professional_body, union_, other
};
enum class BodyStatus { active, proposed, abolished };
/// What a body record stands for: one body, or a class of similar bodies (each member
/// holds the class's links) or of mixed ones (a link holds for some members only).
enum class BodyClass { none, similar, mixed };
enum class LinkKind { accountable_to, funds, member_of, scrutinises, advises, collaborates_with };
enum class Role { lead, delivers, supports };
/// Why a link holds (Link::basis). The map keeps basis as free text: a name outside this
/// list is read as unspecified (docs/format.md, "bases").
enum class Basis {
  statutory, sponsorship, line_management, governance_agreement, membership,
  grant_agreement, contract, regulation, registration
};

inline constexpr std::array<std::string_view, 19> body_type_names = {
    "legislature", "executive", "minister", "directorate", "agency", "ndpb",
    "public-corporation", "local-authority", "health-board", "integration-joint-board",
    "partnership", "board", "regulator", "tribunal", "company", "third-sector",
    "professional-body", "union", "other"};
inline constexpr std::array<std::string_view, 3> body_status_names = {"active", "proposed",
                                                                      "abolished"};
inline constexpr std::array<std::string_view, 3> body_class_names = {"none", "similar", "mixed"};
inline constexpr std::array<std::string_view, 6> link_kind_names = {
    "accountable_to", "funds", "member_of", "scrutinises", "advises", "collaborates_with"};
inline constexpr std::array<std::string_view, 3> role_names = {"lead", "delivers", "supports"};
inline constexpr std::array<std::string_view, 9> basis_names = {
    "statutory", "sponsorship", "line-management", "governance-agreement", "membership",
    "grant-agreement", "contract", "regulation", "registration"};

/// Whether an accountable_to line of this basis makes the body answer for its conduct as
/// a whole, not only for a grant, a contract's work or compliance with a regime (the
/// argument is in docs/format.md). A line without a known basis is taken to.
inline constexpr std::array<bool, 9> basis_carries_conduct = {true,  true,  true,  true, true,
                                                              false, false, false, false};
/// Whether a body answering to another by a line of this basis answers to it for the
/// work it does: conduct, or a commission under a contract or grant agreement; not
/// registration or regulation, which answer for keeping a regime (docs/format.md).
inline constexpr std::array<bool, 9> basis_answers_for_work = {true, true, true,  true, true,
                                                               true, true, false, false};

/// The Graphviz shapes a map's declared body type may be drawn with: those that hold a
/// body's name well, as the built-in types' looks use (render/style.cpp).
inline constexpr std::array<std::string_view, 8> drawn_shape_names = {
    "box", "ellipse", "hexagon", "octagon", "component", "note", "tab", "folder"};

inline constexpr std::size_t link_kind_count = link_kind_names.size();

// Open vocabularies: the documented values of a field kept as text. A value outside one
// is read with a warning naming the nearest value, and kept as written, so that maps
// written before the vocabulary existed still load and round-trip unchanged.

/// A responsibility's `status`: the assessment scale of Change Programme ONE (work is
/// underway; underway but does not yet appear sufficient; little or no work underway),
/// then `no-commitments`, which the seeds record for one action in place of an
/// assessment (`"commitments": "none"` beside an assessment says both).
enum class Assessment { underway, underway_insufficient, little_or_no_work, no_commitments };
inline constexpr std::array<std::string_view, 4> assessment_names = {"underway", "underway-insufficient",
                                                                     "little-or-no-work", "no-commitments"};
/// The assessments on the scale, before no-commitments.
inline constexpr std::size_t assessment_scale = 3;
/// A responsibility's `commitments`: whether its bodies have committed to action.
enum class Commitments { received, none };
inline constexpr std::array<std::string_view, 2> commitments_names = {"received", "none"};
/// A body's `powers` to carry its duties; absent means unknown.
enum class Powers { statutory, non_statutory, advisory };
inline constexpr std::array<std::string_view, 3> powers_names = {"statutory", "non-statutory", "advisory"};

std::string_view to_string(BodyType value);
std::string_view to_string(BodyStatus value);
std::string_view to_string(BodyClass value);
std::string_view to_string(LinkKind value);
std::string_view to_string(Role value);
std::string_view to_string(Basis value);
std::string_view to_string(Assessment value);

std::optional<BodyType> parse_body_type(std::string_view text);
std::optional<BodyStatus> parse_body_status(std::string_view text);
std::optional<BodyClass> parse_body_class(std::string_view text);
std::optional<LinkKind> parse_link_kind(std::string_view text);
std::optional<Role> parse_role(std::string_view text);
std::optional<Basis> parse_basis(std::string_view text);

/// The bases whose lines carry accountability for conduct, in vocabulary order.
std::vector<Basis> conduct_bases();
std::optional<Assessment> parse_assessment(std::string_view text);
std::optional<Commitments> parse_commitments(std::string_view text);
std::optional<Powers> parse_powers(std::string_view text);

/// "a, b or c": the allowed values of a vocabulary (or any list of names), for error
/// messages.
template <typename Names>
std::string one_of(const Names& names) {
  return english_list(names, "or");
}

/// Roles rank lead > delivers > supports; a merge keeps the strongest.
constexpr bool stronger(Role a, Role b) { return static_cast<int>(a) < static_cast<int>(b); }

}  // namespace govgraph
