// The names and versions of the documents regsim writes (report) and reads back (io).
#pragma once

namespace regsim {

// One home for both sides of each format: report writes these names, io checks them
// when it reads a document back, and neither module may include the other.

/// "schema" of one schedule or a portfolio run (docs/json-schema.md).
inline constexpr const char* timeline_schema = "regsim.timeline/1";
/// "schema" of a Monte Carlo summary.
inline constexpr const char* simulation_schema = "regsim.simulation/1";
/// "schema" of a portfolio Monte Carlo summary (`simulate --portfolio`).
inline constexpr const char* portfolio_schema = "regsim.portfolio/1";
/// "schema" of a goal seek (`regsim goal`).
inline constexpr const char* goal_schema = "regsim.goal/1";
/// "schema" of a lever attribution (`regsim explain`).
inline constexpr const char* explain_schema = "regsim.explain/1";
/// "schema" of a scenario comparison.
inline constexpr const char* compare_schema = "regsim.compare/1";
/// "schema" of a saved baseline (`regsim baseline save`).
inline constexpr const char* baseline_schema = "regsim-baseline";
/// The baseline version this regsim writes and reads.
inline constexpr int baseline_schema_version = 1;

}  // namespace regsim
