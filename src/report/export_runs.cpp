#include "export_runs.hpp"

#include <map>
#include <string>

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
  const std::size_t n = pathway.tasks.size();
  std::map<std::string, std::size_t, std::less<>> index_of;
  for (std::size_t i = 0; i < n; ++i)
    index_of[pathway.tasks[i].id] = i;
  auto runs = [&](std::size_t task) { return run_count(timeline.tasks[task]); };
  // The looping task of each loop that repeated, by its restart task.
  std::vector<std::vector<std::size_t>> loops_restarting(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& rework = pathway.tasks[i].rework;
    if (!rework || runs(i) == 1) continue;
    const auto restart = rework->restart.empty() ? i : index_of.at(rework->restart);
    loops_restarting[restart].push_back(i);
  }
  std::vector<std::vector<std::vector<RunLink>>> links(n);
  for (std::size_t to = 0; to < n; ++to)
    links[to].resize(static_cast<std::size_t>(runs(to)));
  for (const auto& dependency : pathway.dependencies) {
    const std::size_t from = index_of.at(dependency.from), to = index_of.at(dependency.to);
    const int from_runs = runs(from), to_runs = runs(to);
    for (int round = 1; round <= to_runs; ++round) {
      int from_round = 1;
      if (to_runs > 1 && from_runs > 1) {
        if (round > from_runs) continue;  // the loop's copies link among themselves only
        from_round = round;
      } else if (to_runs > 1 && round > 1) {
        continue;  // a predecessor outside the loop was done before round 1
      } else if (from_runs > 1 && pathway.tasks[from].rework) {
        from_round = from_runs;  // outside the loop: wait for the last round
      }
      links[to][static_cast<std::size_t>(round - 1)].push_back(
          {from, from_round, dependency.type, dependency.lag});
    }
  }
  for (std::size_t restart = 0; restart < n; ++restart) {
    for (const std::size_t looping : loops_restarting[restart]) {
      for (int round = 2; round <= runs(restart) && round - 1 <= runs(looping); ++round) {
        links[restart][static_cast<std::size_t>(round - 1)].push_back(
            {looping, round - 1, model::DependencyType::finish_to_start, {}});
      }
    }
  }
  return links;
}

}  // namespace regsim::report::detail
