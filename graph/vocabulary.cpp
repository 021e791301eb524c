#include "graph/vocabulary.hpp"

#include <algorithm>

namespace govgraph {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<std::string_view, N>& names, std::string_view text) {
  const auto* found = std::find(names.begin(), names.end(), text);
  if (found == names.end()) return std::nullopt;
  return static_cast<Enum>(found - names.begin());
}

}  // namespace

std::string_view to_string(BodyType value) { return body_type_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(BodyStatus value) { return body_status_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(BodyClass value) { return body_class_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(LinkKind value) { return link_kind_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(Role value) { return role_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(Basis value) { return basis_names[static_cast<std::size_t>(value)]; }
std::string_view to_string(Assessment value) { return assessment_names[static_cast<std::size_t>(value)]; }

std::optional<BodyType> parse_body_type(std::string_view text) { return parse<BodyType>(body_type_names, text); }
std::optional<BodyStatus> parse_body_status(std::string_view text) { return parse<BodyStatus>(body_status_names, text); }
std::optional<BodyClass> parse_body_class(std::string_view text) { return parse<BodyClass>(body_class_names, text); }
std::optional<LinkKind> parse_link_kind(std::string_view text) { return parse<LinkKind>(link_kind_names, text); }
std::optional<Role> parse_role(std::string_view text) { return parse<Role>(role_names, text); }
std::optional<Basis> parse_basis(std::string_view text) { return parse<Basis>(basis_names, text); }

std::vector<Basis> conduct_bases() {
  std::vector<Basis> bases;
  for (std::size_t i = 0; i < basis_names.size(); ++i)
    if (basis_carries_conduct[i]) bases.push_back(static_cast<Basis>(i));
  return bases;
}
std::optional<Assessment> parse_assessment(std::string_view text) { return parse<Assessment>(assessment_names, text); }
std::optional<Commitments> parse_commitments(std::string_view text) {
  return parse<Commitments>(commitments_names, text);
}
std::optional<Powers> parse_powers(std::string_view text) { return parse<Powers>(powers_names, text); }

}  // namespace govgraph
