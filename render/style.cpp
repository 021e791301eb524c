#include "render/style.hpp"

#include <cmath>
#include <string>


namespace govgraph::render {
namespace {

// Paul Tol's "light" scheme: distinguishable with the common colour-vision deficiencies
// and light enough for black text. Colour gives the family, shape the type within it.
constexpr std::string_view light_blue = "#77AADD";
constexpr std::string_view light_cyan = "#99DDFF";
constexpr std::string_view mint = "#44BB99";
constexpr std::string_view pear = "#BBCC33";
constexpr std::string_view light_yellow = "#EEDD88";
constexpr std::string_view orange = "#EE8866";
constexpr std::string_view pink = "#FFAABB";
constexpr std::string_view pale_grey = "#DDDDDD";
constexpr std::string_view white = "#FFFFFF";

/// Whether black text would be hard to read on `fill` (#RRGGBB): its relative luminance
/// (WCAG 2) is below that of mid grey, where white text reads better.
bool is_dark(std::string_view fill) {
  if (fill.size() != 7 || fill[0] != '#') return false;
  const auto channel = [&](std::size_t at) {
    const double value = std::stoi(std::string(fill.substr(at, 2)), nullptr, 16) / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5) < 0.18;
}

}  // namespace

std::string filled_style(const BodyStyle& style) {
  return style.extra.empty() ? "filled" : "filled," + std::string(style.extra);
}

BodyStyle body_style(BodyType type) {
  switch (type) {
    case BodyType::legislature:
      return {"box", light_blue, "bold", 2, {}};
    case BodyType::executive:
      return {"box", light_blue, "bold", 1, {}};
    case BodyType::minister:
      return {"ellipse", light_blue, "", 1, {}};
    case BodyType::directorate:
      return {"box", light_cyan, "rounded", 1, {}};
    case BodyType::agency:
      return {"box", mint, "", 1, {}};
    case BodyType::ndpb:
      return {"hexagon", mint, "", 1, {}};
    case BodyType::public_corporation:
      return {"component", mint, "", 1, {}};
    case BodyType::local_authority:
      return {"box", orange, "", 1, {}};
    case BodyType::health_board:
      return {"octagon", orange, "", 1, {}};
    case BodyType::integration_joint_board:
      return {"hexagon", light_yellow, "", 1, {}};
    case BodyType::partnership:
      return {"ellipse", light_yellow, "", 1, {}};
    case BodyType::board:
      return {"note", light_yellow, "", 1, {}};
    case BodyType::regulator:
      return {"octagon", pink, "", 1, {}};
    case BodyType::tribunal:
      return {"box", pink, "rounded", 1, {}};
    case BodyType::company:
      return {"component", pale_grey, "", 1, {}};
    case BodyType::third_sector:
      return {"ellipse", pear, "", 1, {}};
    case BodyType::professional_body:
      return {"tab", pale_grey, "", 1, {}};
    case BodyType::union_:
      return {"folder", pale_grey, "", 1, {}};
    case BodyType::other:
      return {"box", white, "", 1, {}};
  }
  return {"box", white, "", 1, {}};
}

BodyStyle body_style(const Body& body, std::span<const DeclaredType> declared) {
  BodyStyle style = body_style(body.type);
  if (body.declared_type.empty()) return style;
  for (const DeclaredType& type : declared)
    if (type.name == body.declared_type) {
      if (!type.shape.empty()) style.shape = type.shape;
      if (!type.colour.empty()) style.fill = type.colour;
    }
  if (is_dark(style.fill)) style.text_colour = "#FFFFFF";
  return style;
}

LinkStyle link_style(LinkKind kind) {
  switch (kind) {
    case LinkKind::accountable_to:
      return {
          "solid", "#222222", "normal", true, "\u2501\u2501\u25B6", "accountable to (arrow to the body answered to)"};
    case LinkKind::funds:
      return {"solid", "#228833", "normal", true, "\u2501\u2501\u25B6", "funds (width by amount)"};
    case LinkKind::scrutinises:
      return {"dashed", "#AA3377", "normal", true, "\u254C\u254C\u25B6", "scrutinises"};
    case LinkKind::member_of:
      return {"dotted", "#555555", "empty", true, "\u2508\u2508\u25B7", "member of"};
    case LinkKind::advises:
      return {"dashed", "#4477AA", "empty", true, "\u254C\u254C\u25B7", "advises"};
    case LinkKind::collaborates_with:
      return {"solid", "#CCBB44", "none", false, "\u2500\u2500\u2500", "collaborates with"};
  }
  return {"solid", "#222222", "normal", true, "", ""};
}

}  // namespace govgraph::render
