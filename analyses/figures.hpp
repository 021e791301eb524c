#pragma once
// Figures: the numbers reported beside the findings (counts, the body x policy-area
// matrix, spread per body type, funding flows, brokers, cut points, long routes). Plain
// values in a deterministic order, so every output format built on them is byte-stable.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analyses/money.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// One labelled count: a body type, a sector or a link kind and how many there are.
struct Count {
  std::string key;      // "directorate", "national", "accountable_to"; sector "" is "(none)"
  std::size_t count = 0;
  friend bool operator==(const Count&, const Count&) = default;
};

/// A body's interests: the policy areas it lists plus those of the responsibilities it
/// owns (any role).
struct MatrixRow {
  std::string body;                 // body id
  std::string name;                 // body name
  std::vector<bool> areas;          // one per Figures::matrix_areas column
  friend bool operator==(const MatrixRow&, const MatrixRow&) = default;
};

/// Per policy area: who has an interest in it.
struct AreaFigures {
  std::string area;                  // area id
  std::string name;
  std::size_t bodies = 0;            // bodies with an interest (as in the matrix)
  std::size_t responsibilities = 0;  // responsibilities filed under this area
  std::size_t lead_bodies = 0;       // distinct bodies leading one of them
  friend bool operator==(const AreaFigures&, const AreaFigures&) = default;
};

/// The seeds' form, per body type: "26 of 43 directorates have an interest, straddling 49
/// of 117 policy areas". Only types with at least one body are listed. M and Y are the
/// map's universe when it declares one; else the sentence says they are the map's own
/// counts ("9 of the map's 9 directorates"), which are not everyone.
struct TypeSpread {
  std::string type;                  // body type name, e.g. "directorate"
  std::size_t with_interest = 0;     // N: bodies of this type with any policy area
  std::size_t total = 0;             // bodies of this type in the map
  std::size_t areas_straddled = 0;   // X: distinct areas those bodies touch
  std::size_t areas_total = 0;       // policy areas in the map
  std::string sentence;              // the computed sentence, as above
  std::size_t universe = 0;          // M when declared: bodies of this type there are; 0: not declared
  std::size_t areas_universe = 0;    // Y when declared: policy areas there are; 0: not declared
  friend bool operator==(const TypeSpread&, const TypeSpread&) = default;
};

/// Progress as the map records it (Change Programme ONE's assessment and commitments).
struct ProgressFigures {
  std::size_t responsibilities = 0;    // in the map
  std::vector<Count> by_assessment;    // status names in vocabulary order, non-zero only
  std::size_t not_assessed = 0;        // no status
  std::size_t other_status = 0;        // a status outside the scale (warned when read)
  std::size_t no_commitments = 0;      // "commitments": "none", or status no-commitments
  /// "16 of 25 responsibilities assessed as underway but not yet sufficient", one per
  /// non-zero count; empty when no responsibility records an assessment or commitments.
  std::vector<std::string> sentences;
  friend bool operator==(const ProgressFigures&, const ProgressFigures&) = default;
};

/// A body and a score: betweenness for brokers, route length for long routes.
struct RankedBody {
  std::string body;
  std::string name;
  double score = 0;
  std::string route;                 // "a → b → apex" for long routes; empty otherwise
  friend bool operator==(const RankedBody&, const RankedBody&) = default;
};

struct Figures {
  std::size_t bodies = 0;
  std::size_t links = 0;
  std::size_t responsibilities = 0;
  std::size_t policy_areas = 0;
  std::vector<Count> by_type;        // body types in type_slot order (graph/governance_map.hpp), non-zero only
  std::vector<Count> by_sector;      // sectors sorted by name
  std::vector<Count> by_link_kind;   // link kinds in vocabulary order, non-zero only
  std::vector<std::string> apexes;   // apex body ids, in body order

  std::vector<std::string> matrix_areas;  // area ids: the matrix columns, in map order
  std::vector<MatrixRow> matrix;          // bodies with any area, in body order
  std::vector<AreaFigures> areas;         // one per policy area, in map order
  std::vector<TypeSpread> spread;         // per body type, vocabulary order
  ProgressFigures progress;

  FundingFigures funding;                 // each pound counted once (analyses/money.hpp)

  /// Top brokers by betweenness on accountability, membership and scrutiny links seen
  /// as undirected; highest first, ties by id. Empty when skipped. Exact up to
  /// FigureSettings::betweenness_exact_up_to bodies, else sampled (analyses/betweenness.hpp).
  std::vector<RankedBody> brokers;
  bool brokers_skipped = false;
  std::size_t brokers_pivots = 0;         // sources sampled; 0: exact (or skipped)
  double brokers_error = 0;               // sampled: the 95% bound on each score's error
  std::string brokers_note;               // why they were skipped, or how they were sampled

  /// Bodies whose removal disconnects the undirected map of all links, sorted by id.
  std::vector<std::string> articulation_points;

  /// Bodies with the longest shortest accountable_to route to an apex; longest first,
  /// ties by id. score is the number of links.
  std::vector<RankedBody> longest_routes;
};

/// Computes every figure. O(V + E) plus, for betweenness, O(V * E) when exact and
/// O(pivots * E) when sampled, on two threads.
Figures compute_figures(const GovernanceMap& map, const SharedResults& shared, const FigureSettings& settings = {});

}  // namespace govgraph
