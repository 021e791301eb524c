#pragma once
// A small hand-built report input used by the format tests: findings of every severity,
// one waived, an expired and an unmatched waiver, figures, and text that needs escaping
// in every format (a body named <script>, "A\lB", a cell that looks like a formula).

#include "report/report.hpp"

namespace govgraph::test {

inline std::vector<Finding> sample_findings() {
  return {
      {Severity::error, "accountability.cycle", {"oversight-board", "promise-scotland"},
       "Oversight Board and The Promise Scotland answer to each other, so neither answers to Parliament.",
       {"oversight-board → promise-scotland → oversight-board"}, {"cp1 p.12"},
       {SubjectRole::body, SubjectRole::body}, {}, {},
       {{"oversight-board", "promise-scotland", "oversight-board"}}},
      {Severity::error, "orphan.no-lead", {"plan-support"},
       "Nobody leads \"Support\": its owners only deliver or support it.",
       {"owners: corra-foundation (delivers), scottish-government (supports)"}, {"cp1 p.21", "cp1 p.22"}},
      {Severity::warning, "duplication.multiple-leads", {"promise-plan"},
       "\"Plan 21-24\" has 2 leads, so no single body is accountable for it.",
       {"leads: promise-scotland, scottish-government"}, {"cp1 p.5"},
       {SubjectRole::responsibility}, {}, {{"leads", 2}}},
      {Severity::warning, "duplication.same-entity", {"a-lb", "script-body"},
       "\"<script>alert(1)</script>\" and \"A\\lB\" look like one body.",
       {"=HYPERLINK(\"http://example.org\")", "names: | pipe, *star*, _under_, [link](x) & more"},
       {"-2+3", "cp1 p.70, \"quoted\""}},
      {Severity::info, "provenance.unsourced", {"audit-scotland", "care-inspectorate"},
       "2 bodies cite no source.", {"bodies: audit-scotland, care-inspectorate"}, {}},
  };
}

inline std::vector<Waiver> sample_waivers() {
  return {
      {"duplication.multiple-leads", {"promise-plan"}, "Joint lead agreed by the Oversight Board", "2030-12-31",
       {"waivers.json", 3, 5}},
      {"accountability.cycle", {"oversight-board", "promise-scotland"}, "Under review", "2020-01-31",
       {"waivers.json", 8, 5}},
      {"funding.cycle", {"corra-foundation", "scottish-government"}, "Grant round-trip <ok>", "",
       {"waivers.json", 13, 5}},
  };
}

inline Figures sample_figures() {
  Figures f;
  f.bodies = 6;
  f.links = 7;
  f.responsibilities = 3;
  f.policy_areas = 2;
  f.by_type = {{"legislature", 1}, {"directorate", 3}, {"third-sector", 2}};
  f.by_sector = {{"national", 4}, {"third", 2}};
  f.by_link_kind = {{"accountable_to", 5}, {"funds", 2}};
  f.apexes = {"scottish-parliament"};
  f.matrix_areas = {"family-support", "inspection"};
  f.matrix = {{"children-directorate", "Children and Families", {true, false}},
              {"script-body", "<script>alert(1)</script>", {true, true}}};
  f.areas = {{"family-support", "Family support", 2, 2, 1}, {"inspection", "Inspection & regulation", 1, 1, 1}};
  f.spread = {{"directorate", 2, 3, 2, 2, "2 of 3 directorates have an interest, straddling 2 of 2 policy areas"}};
  f.funding.currency = "GBP";
  f.funding.new_money = {4000000, 1, 1, 3};
  f.funding.by_body = {{"corra-foundation", "Corra Foundation", {4000000, 0, 0, 1}, {}},
                       {"script-body", "<script>alert(1)</script>", {0, 1, 1, 2}, {}},
                       {"scottish-government", "Scottish Government", {}, {4000000, 1, 1, 3}}};
  f.funding.by_area = {{"family-support", "Family support", {2000000, 0, 0, 1}, {}},
                       {"inspection", "Inspection & regulation", {2000000, 0, 0, 1}, {}},
                       {"(none)", "(no policy area)", {0, 1, 1, 2}, {}}};
  f.brokers = {{"scottish-government", "Scottish Government", 12.5, ""}, {"children-directorate", "Children and Families", 3, ""}};
  f.articulation_points = {"scottish-government"};
  f.longest_routes = {{"corra-foundation", "Corra Foundation", 3,
                       "corra-foundation → children-directorate → scottish-government → scottish-parliament"}};
  return f;
}

inline ReportInput sample_input() {
  MapFacts facts{"maps/care.json", "Care system <test> map", "2021-06-30", "", "GBP", 6, 7, 3, 2};
  return ReportInput{facts, apply_waivers(sample_findings(), sample_waivers(), "2024-04-01"), sample_figures()};
}

}  // namespace govgraph::test
