#pragma once
// Money as people write it in reports: 4.0m, 50k, 1.2bn.

#include <string>

namespace govgraph {

/// 4000000 → "4.0m", 50000 → "50k", 1500 → "1.5k", 950 → "950", 1.2e9 → "1.2bn",
/// 3e12 → "3.0tn", 0.1 → "0.1", 0.001 → "<0.01", 1e20 → "1e+20". Amounts are >= 0.
std::string format_amount(double amount);

/// An amount with thousands separators and pence only when there are any:
/// 4000000 -> "4,000,000", 1234.5 -> "1,234.50", -20 -> "-20".
std::string format_full_amount(double amount);

/// An amount as the map file writes it: whole numbers as integers (4000000, not 4e6),
/// others in the shortest exact form.
std::string format_json_number(double value);

}  // namespace govgraph
