// Applying one scenario overlay to a pathway, and the checks that only make sense after
// the overlays of a chain are applied (graph::apply_scenario strings them together).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "regsim/error.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/model/scenario.hpp"

namespace regsim::graph::detail {

using Diagnostics = std::vector<Diagnostic>;
using model::Pathway;
using model::Scenario;

inline void report(Diagnostics& diagnostics, const SourceLocation& where, std::string id,
                   std::string message) {
  Diagnostic diagnostic;
  diagnostic.where = where;
  diagnostic.id = std::move(id);
  diagnostic.message = std::move(message);
  diagnostics.push_back(std::move(diagnostic));
}

inline std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// Which overlay entry last set a task's needs or a pool's capacity, so that a need the
// overlays make too large is reported where the overlay did it.
// Names and positions point into the scenarios being applied, which outlive it.
struct Blame {
  std::unordered_map<std::string_view, const SourceLocation*> task_needs;
  std::unordered_map<std::string_view, const SourceLocation*> pool_capacity;
  /// Tasks whose kind, duration or sittings an overlay set (or that it added).
  std::unordered_map<std::string_view, const SourceLocation*> task_shape;
};

/// Applies `scenario` to `pathway` in the documented order, adding what does not fit to
/// `diagnostics` and what it set to `blame`.
void apply_overlay(Pathway& pathway, const Scenario& scenario, Diagnostics& diagnostics,
                   Blame& blame);

/// After every overlay: needs larger than their pool and tasks whose kind, duration and
/// sittings no longer agree, where an overlay made them so (the file's own are the
/// reader's to report).
void check_overlaid(const Pathway& pathway, const std::string& scenario_id, const Blame& blame,
                    Diagnostics& diagnostics);

/// The overlays checked against the flattened pathway as read (before any is applied):
/// extends chains and the tasks, dependencies and pools they name (scenario_check.cpp).
void check_scenarios(const Pathway& pathway, std::size_t max_extends_depth,
                     Diagnostics& diagnostics);

}  // namespace regsim::graph::detail
