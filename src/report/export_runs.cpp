#include "export_runs.hpp"

#include <algorithm>
#include <cstdint>

#include "regsim/graph/compiled_pathway.hpp"

namespace regsim::report::detail {

int run_count(const sim::TaskTiming& timing) {
  return timing.round_dates.size() > 1 ? static_cast<int>(timing.round_dates.size()) : 1;
}

sim::RoundDates run_dates(const sim::TaskTiming& timing, int round) {
  if (run_count(timing) == 1) return {timing.start, timing.finish};
  return timing.round_dates[static_cast<std::size_t>(round - 1)];
}

std::vector<std::vector<std::vector<RunLink>>> run_links(const model::Pathway& pathway,
                                                         const sim::Timeline& timeline) {
  if (pathway.tasks.empty()) return {};  // a timeline read from a baseline file: no links
  // The compiled graph already unrolled the loops; a round that did not happen is not
  // exported, and a link from one is taken as a link from the last round that did.
  const auto compiled = graph::compile(pathway);
  auto runs = [&](std::int32_t task) {
    return run_count(timeline.tasks[static_cast<std::size_t>(task)]);
  };
  std::vector<std::vector<std::vector<RunLink>>> links(pathway.tasks.size());
  for (std::size_t task = 0; task < links.size(); ++task)
    links[task].resize(static_cast<std::size_t>(runs(static_cast<std::int32_t>(task))));
  for (std::size_t i = 0; i < compiled.instances.size(); ++i) {
    const auto& instance = compiled.instances[i];
    if (instance.round > runs(instance.task)) continue;
    auto& into = links[static_cast<std::size_t>(instance.task)]
                      [static_cast<std::size_t>(instance.round - 1)];
    for (auto k = compiled.in_begin[i]; k < compiled.in_begin[i + 1]; ++k) {
      const auto& link = compiled.in_links[static_cast<std::size_t>(k)];
      const auto& from = compiled.instances[static_cast<std::size_t>(link.other)];
      into.push_back({static_cast<std::size_t>(from.task), std::min(from.round, runs(from.task)),
                      link.type, link.lag});
    }
  }
  return links;
}

}  // namespace regsim::report::detail
