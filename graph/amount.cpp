#include "graph/amount.hpp"

#include <cmath>
#include <cstdio>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/text.hpp"

namespace govgraph {

std::string format_amount(double amount) {
  struct Scale {
    double size;
    const char* suffix;
  };
  static constexpr Scale scales[] = {{1e12, "tn"}, {1e9, "bn"}, {1e6, "m"}, {1e3, "k"}};
  char text[64];
  if (std::fabs(amount) >= 1e15) {  // past trillions a figure is more likely a typo: show it plainly
    std::snprintf(text, sizeof text, "%.3g", amount);
    return text;
  }
  for (const auto& scale : scales) {
    if (std::fabs(amount) >= scale.size) {
      const double scaled = amount / scale.size;
      // Thousands read best whole when they are ("50k"); millions keep one decimal ("4.0m").
      if (scale.size == 1e3 && std::round(scaled) == scaled) std::snprintf(text, sizeof text, "%.0f%s", scaled, scale.suffix);
      else std::snprintf(text, sizeof text, "%.1f%s", scaled, scale.suffix);
      return text;
    }
  }
  if (std::round(amount) == amount) {
    std::snprintf(text, sizeof text, "%.0f", amount);
    return text;
  }
  // Small sums keep their pence ("0.1", "12.5"), never rounding a payment to "0".
  std::snprintf(text, sizeof text, "%.2f", amount);
  std::string shown = text;
  while (shown.back() == '0') shown.pop_back();
  if (shown.back() == '.') shown.pop_back();
  if (shown == "0") return "<0.01";
  return shown;
}

std::string format_full_amount(double amount) {
  if (!std::isfinite(amount)) return format_fixed(amount, 0);
  const long long pence = std::llround(std::fabs(amount) * 100.0);
  const long long whole = pence / 100;
  const long long fraction = pence % 100;
  std::string digits = std::to_string(whole);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  if (fraction != 0) {
    grouped += '.';
    grouped += static_cast<char>('0' + fraction / 10);
    grouped += static_cast<char>('0' + fraction % 10);
  }
  return (amount < 0 && pence != 0 ? "-" : "") + grouped;
}

std::string format_json_number(double value) {
  if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0)
    return std::to_string(static_cast<long long>(value));
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.Double(value);
  return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace govgraph
