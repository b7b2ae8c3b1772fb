// Composition: copying an included pathway under a prefix (internal).
#pragma once

#include <string>

#include "regsim/model/pathway.hpp"

namespace regsim::io::detail {

/// Merges the fully read pathway `part` into `whole` with every id it defines prefixed
/// `prefix.` (tasks, dependencies, pools, branches, deadlines, sittings) and its
/// scenarios merged by name into `whole`'s. Sources, calendars and calendar conventions
/// are shared by name (the first definition wins). Tasks of `part` that relied on its
/// default calendar or convention get them explicitly, so that they keep counting as
/// in their own file.
void merge_included(model::Pathway& whole, model::Pathway part, const std::string& prefix);

/// After merge_included(whole, part, prefix): the pools `shared` (the portfolio file's own)
/// replace the part's pools of the same id. Needs of the part's tasks (from `first_task`)
/// and of every scenario naming `prefix.X` for a shared X name X; the part's pools (from
/// `first_pool`) so replaced are removed, and so are scenario capacities of them (the
/// portfolio file's own scenarios set the shared pools' capacities).
void share_pools(model::Pathway& whole, const std::string& prefix,
                 const std::vector<model::ResourcePool>& shared, std::size_t first_task,
                 std::size_t first_pool);

/// Appends overlay `later` to `into` (same id): its lists after `into`'s, its own settings
/// (title, extends, calendar, ...) replacing `into`'s where it has them.
void merge_scenario(model::Scenario& into, model::Scenario&& later);

/// Merges each of `later` into the scenario of `into` with its id (merge_scenario), or
/// appends it: linear, whatever the number of scenarios.
void merge_scenarios(std::vector<model::Scenario>& into, std::vector<model::Scenario>&& later);

}  // namespace regsim::io::detail
