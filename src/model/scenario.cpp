#include "regsim/model/scenario.hpp"

#include "regsim/model/pathway.hpp"

namespace regsim::model {

std::vector<std::string> scenario_ids(const Pathway& pathway) {
  std::vector<std::string> ids{baseline_scenario};
  for (const auto& scenario : pathway.scenarios)
    ids.push_back(scenario.id);
  return ids;
}

bool changes_anything(const Scenario& o) {
  return !o.remove.empty() || !o.skip.empty() || !o.change.empty() || !o.add.empty() ||
         !o.remove_dependencies.empty() || !o.add_dependencies.empty() || !o.capacities.empty() ||
         o.calendar.has_value() || o.convention.has_value() || !o.sittings.empty() ||
         o.start.has_value();
}

}  // namespace regsim::model
