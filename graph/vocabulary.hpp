#pragma once
// The closed vocabularies of the map format: body types, statuses, link kinds and owner
// roles. Each enum has a name table, so messages can list every allowed value.

#include <array>
#include <optional>
#include <string>
#include <string_view>

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

inline constexpr std::size_t link_kind_count = link_kind_names.size();

std::string_view to_string(BodyType value);
std::string_view to_string(BodyStatus value);
std::string_view to_string(BodyClass value);
std::string_view to_string(LinkKind value);
std::string_view to_string(Role value);

std::optional<BodyType> parse_body_type(std::string_view text);
std::optional<BodyStatus> parse_body_status(std::string_view text);
std::optional<BodyClass> parse_body_class(std::string_view text);
std::optional<LinkKind> parse_link_kind(std::string_view text);
std::optional<Role> parse_role(std::string_view text);

/// "a, b or c": the allowed values of a vocabulary (or any list of names), for error
/// messages.
template <typename Names>
std::string one_of(const Names& names) {
  return english_list(names, "or");
}

/// Roles rank lead > delivers > supports; a merge keeps the strongest.
constexpr bool stronger(Role a, Role b) { return static_cast<int>(a) < static_cast<int>(b); }

}  // namespace govgraph
