#pragma once
// Funding figures that count each pound once. Money entering the map (paid by an apex or
// by a body the map shows receiving nothing) is told apart from money a funded body
// passes on; a grant is split evenly across its policy areas rather than added in full to
// each; an amount the map does not state stays unknown, never 0.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/governance_map.hpp"

namespace govgraph {

/// The currency a link's amount is in: the link's own, or the map's when it states none.
const std::string& currency_of(const GovernanceMap& map, const Link& link);

/// A sum of funds links: stated amounts added up, the rest counted apart.
struct Money {
  double known = 0;                 // stated amounts in the map's currency (or a share of them)
  std::size_t unknown = 0;          // links that state no amount
  std::size_t other_currency = 0;   // links stating an amount in another currency, not in `known`
  std::size_t links = 0;            // every link counted here

  /// Whether every link counted here states an amount in the map's currency.
  [[nodiscard]] bool complete() const { return unknown == 0 && other_currency == 0; }
  friend bool operator==(const Money&, const Money&) = default;
};

/// Money received and paid by one body.
struct BodyFunding {
  std::string id;
  std::string name;
  Money in;
  Money out;
  friend bool operator==(const BodyFunding&, const BodyFunding&) = default;
};

/// Money into one policy area, each link's amount split evenly across its areas (the
/// link's own, else the recipient's), so that the area sums add up to the totals.
struct AreaFunding {
  std::string id;        // "(none)" for links with no policy area
  std::string name;
  Money new_money;       // new money into the map, the area's share
  Money onward;          // money passed on within the map, the area's share
  friend bool operator==(const AreaFunding&, const AreaFunding&) = default;
};

struct FundingFigures {
  std::string currency;            // the map's currency ("" when unset)
  Money new_money;                 // paid by an apex or by a body that receives no funding in the map
  Money onward;                    // paid by a body that is itself funded in the map: counted once already
  std::vector<BodyFunding> by_body;  // bodies with a funds link, sorted by id
  std::vector<AreaFunding> by_area;  // areas reached by a funds link, sorted by id, "(none)" last
};

/// Every funding figure. O(V + funds links × areas per link).
FundingFigures funding_figures(const GovernanceMap& map);

}  // namespace govgraph
