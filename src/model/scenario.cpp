#include "regsim/model/scenario.hpp"

#include "regsim/model/pathway.hpp"

namespace regsim::model {

std::vector<std::string> scenario_ids(const Pathway& pathway) {
  std::vector<std::string> ids{baseline_scenario};
  for (const auto& scenario : pathway.scenarios)
    ids.push_back(scenario.id);
  return ids;
}

}  // namespace regsim::model
