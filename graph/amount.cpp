#include "graph/amount.hpp"

#include <cmath>
#include <cstdio>

namespace govgraph {

std::string format_amount(double amount) {
  struct Scale {
    double size;
    const char* suffix;
  };
  static constexpr Scale scales[] = {{1e9, "bn"}, {1e6, "m"}, {1e3, "k"}};
  char text[64];
  for (const auto& scale : scales) {
    if (std::fabs(amount) >= scale.size) {
      const double scaled = amount / scale.size;
      // Thousands read best whole when they are ("50k"); millions keep one decimal ("4.0m").
      if (scale.size == 1e3 && std::round(scaled) == scaled) std::snprintf(text, sizeof text, "%.0f%s", scaled, scale.suffix);
      else std::snprintf(text, sizeof text, "%.1f%s", scaled, scale.suffix);
      return text;
    }
  }
  std::snprintf(text, sizeof text, "%.0f", amount);
  return text;
}

}  // namespace govgraph
