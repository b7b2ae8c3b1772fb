// Evaluator: measuring assertions by scheduling and simulating pathways (with caches).
#include <algorithm>
#include <map>
#include <tuple>

#include "regsim/analysis/expectations.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/scheduler.hpp"

namespace regsim::analysis {
namespace {

// The id of the deadline measured between two tasks with the scheduler's own deadline
// accounting (sim::measure_deadline). Not a valid file id, so it never meets a real one.
constexpr const char* measuring_deadline = "regsim:expectation";
// `milestone: end` in Monte Carlo assertions, when the pathway has no task of that name.
constexpr const char* end_id = "end";

std::string start_key(const std::optional<calendar::Date>& start) {
  return start ? calendar::to_iso(*start) : std::string();
}

void require_task(const model::Pathway& pathway, const std::string& id,
                  const model::Assertion& assertion) {
  if (id.empty() || pathway.find_task(id) != nullptr) return;
  throw InputError(
      assertion.where, "unknown_task",
      "pathway " + pathway.id + " [" + pathway.scenario + "] has no task '" + id + "'");
}

void require_scenario(const model::Pathway& pathway, const std::string& scenario,
                      const model::Assertion& assertion) {
  const auto ids = model::scenario_ids(pathway);
  if (std::find(ids.begin(), ids.end(), scenario) != ids.end()) return;
  std::string known;
  for (const auto& id : ids)
    known += (known.empty() ? "" : ", ") + id;
  throw InputError(
      assertion.where, "unknown_scenario",
      "pathway " + pathway.id + " has no scenario '" + scenario + "' (it has " + known + ")");
}

}  // namespace

struct Evaluator::Cache {
  using Key = std::tuple<const model::Pathway*, std::string, std::string>;
  using RunKey = std::tuple<const model::Pathway*, std::string, std::string, int, std::uint64_t>;
  struct Simulation {
    sim::Samples samples;
    SimulationSummary summary;
  };
  std::map<Key, model::Pathway> applied;
  std::map<Key, sim::Timeline> timelines;
  std::map<RunKey, Simulation> simulations;
};

Evaluator::Evaluator(int threads) : cache_(std::make_unique<Cache>()), threads_(threads) {}
Evaluator::~Evaluator() = default;

Actual Evaluator::measure(const model::Assertion& assertion, const model::Pathway& pathway) {
  auto& cache = *cache_;
  auto applied_for = [&](const std::string& scenario) -> const model::Pathway& {
    require_scenario(pathway, scenario, assertion);
    const Cache::Key key{&pathway, scenario, ""};
    auto found = cache.applied.find(key);
    if (found == cache.applied.end()) {
      found = cache.applied.emplace(key, model::apply_scenario(pathway, scenario)).first;
    }
    return found->second;
  };
  auto timeline_for = [&](const std::string& scenario) -> const sim::Timeline& {
    const Cache::Key key{&pathway, scenario, start_key(assertion.start)};
    auto found = cache.timelines.find(key);
    if (found == cache.timelines.end()) {
      sim::RunOptions options;
      options.start = assertion.start;
      found = cache.timelines.emplace(key, sim::schedule(applied_for(scenario), options)).first;
    }
    return found->second;
  };
  // Days from `from` (the timeline start) to `milestone` (the end) on `basis`.
  auto days_on = [&](const std::string& scenario, const std::string& milestone,
                     const std::string& from, model::ClockBasis basis) -> std::optional<int> {
    const model::Pathway& applied = applied_for(scenario);
    require_task(applied, milestone, assertion);
    require_task(applied, from, assertion);
    const sim::Timeline& timeline = timeline_for(scenario);
    if (basis == model::ClockBasis::calendar_days) {
      if (milestone.empty()) {
        const auto* first = from.empty() ? nullptr : timeline.find(from);
        if (first != nullptr && first->skipped) return std::nullopt;
        return calendar::days_between(first ? first->start : timeline.start, timeline.finish);
      }
      return elapsed_days(timeline, milestone, from, assertion.where);
    }
    if (milestone.empty() && from.empty()) {
      return basis == model::ClockBasis::clock_days ? timeline.clock_days : timeline.working_days;
    }
    // Clock and working days between two tasks: measured as the scheduler measures a
    // deadline, from the timeline's own clock record (no scheduling again).
    model::Deadline deadline;
    deadline.id = measuring_deadline;
    deadline.basis = basis;
    deadline.from = from;
    deadline.to = milestone;
    if (deadline.from.empty()) {
      const sim::TaskTiming* first = nullptr;
      for (const auto& task : timeline.tasks) {
        if (!task.skipped && task.start == timeline.start) {
          first = &task;
          break;
        }
      }
      if (first == nullptr) return std::nullopt;
      deadline.from = first->task_id;
    }
    if (deadline.to.empty()) {
      const sim::TaskTiming* last = latest_finish(timeline);
      if (last == nullptr) return std::nullopt;
      deadline.to = last->task_id;
    }
    const auto* from_timing = timeline.find(deadline.from);
    const auto* to_timing = timeline.find(deadline.to);
    if (from_timing == nullptr || to_timing == nullptr || from_timing->skipped ||
        to_timing->skipped) {
      return std::nullopt;
    }
    return sim::measure_deadline(timeline, applied, deadline).used;
  };
  auto simulation_for = [&](int runs, std::uint64_t seed) -> const Cache::Simulation& {
    const Cache::RunKey key{&pathway, assertion.scenario, start_key(assertion.start), runs, seed};
    auto found = cache.simulations.find(key);
    if (found == cache.simulations.end()) {
      const model::Pathway& applied = applied_for(assertion.scenario);
      if (runs > sim::max_runs(applied)) {
        throw InputError(assertion.where, "too_many_runs",
                         "runs: " + sim::sample_limit_message(applied, runs));
      }
      sim::MonteCarloOptions options;
      options.runs = runs;
      options.seed = seed;
      options.threads = threads_;
      options.start = assertion.start;
      Cache::Simulation simulation;
      simulation.samples = sim::run_monte_carlo(sim::Scheduler(applied), options);
      simulation.summary = summarize(applied, simulation.samples);
      found = cache.simulations.emplace(key, std::move(simulation)).first;
    }
    return found->second;
  };
  // The summary of a milestone task (or of the end) in a Monte Carlo run.
  auto milestone_summary = [&](const SimulationSummary& summary,
                               const std::string& milestone) -> const MilestoneSummary& {
    const model::Pathway& applied = applied_for(assertion.scenario);
    const model::Task* task = applied.find_task(milestone);
    if (task == nullptr && milestone == end_id) return summary.end;
    require_task(applied, milestone, assertion);
    for (const auto& entry : summary.milestones) {
      if (entry.id == milestone) return entry;
    }
    throw InputError(assertion.where, "not_a_milestone",
                     "'" + milestone + "' is not a milestone task; Monte Carlo assertions " +
                         "measure milestones (or 'end')");
  };
  auto days_text = [](int days) { return std::to_string(days) + " days"; };

  struct Visitor {
    const model::Assertion& assertion;
    decltype(timeline_for)& timeline_of;
    decltype(days_on)& days;
    decltype(simulation_for)& simulation;
    decltype(milestone_summary)& summary_of;
    decltype(applied_for)& applied;
    decltype(days_text)& text;

    Actual operator()(const model::MilestoneCheck& check) const {
      Actual actual;
      if (check.measure == model::MilestoneMeasure::date) {
        require_task(applied(assertion.scenario), check.milestone, assertion);
        const sim::TaskTiming* timing = timeline_of(assertion.scenario).find(check.milestone);
        if (timing == nullptr || timing->skipped) return Actual{0, {}, true, "skipped"};
        actual.date = timing->finish;
        return actual;
      }
      const auto basis = check.measure == model::MilestoneMeasure::clock_days
                             ? model::ClockBasis::clock_days
                             : model::ClockBasis::calendar_days;
      const auto value = days(assertion.scenario, check.milestone, check.from, basis);
      if (!value) return Actual{0, {}, true, check.milestone + " skipped"};
      actual.number = *value;
      const sim::TaskTiming* timing = timeline_of(assertion.scenario).find(check.milestone);
      if (timing != nullptr)
        actual.note = check.milestone + " on " + calendar::to_iso(timing->finish);
      return actual;
    }
    Actual operator()(const model::PercentileCheck& check) const {
      const auto& run = simulation(check.runs, check.seed);
      const MilestoneSummary& summary = summary_of(run.summary, check.milestone);
      if (summary.reached == 0) return Actual{0, {}, true, check.milestone + " never reached"};
      const int value = check.percentile == 50   ? summary.p50
                        : check.percentile == 80 ? summary.p80
                                                 : summary.p90;
      Actual actual;
      actual.number = value;
      const calendar::Date date = run.summary.start + boost::gregorian::days(value);
      if (check.expected.date) {
        actual.date = date;
        actual.note = text(value);
      } else {
        actual.note = calendar::to_iso(date);
      }
      return actual;
    }
    Actual operator()(const model::ProbabilityCheck& check) const {
      const auto& run = simulation(check.runs, check.seed);
      Actual actual;
      if (!check.deadline.empty()) {
        for (const auto& deadline : run.summary.deadlines) {
          if (deadline.id != check.deadline) continue;
          actual.number = deadline.probability;
          actual.note =
              std::to_string(deadline.met) + " of " + std::to_string(run.summary.runs) + " runs";
          return actual;
        }
        throw InputError(assertion.where, "unknown_deadline",
                         "pathway " + applied(assertion.scenario).id + " has no deadline '" +
                             check.deadline + "'");
      }
      const MilestoneSummary& summary = summary_of(run.summary, check.milestone);
      const int limit = check.by ? calendar::days_between(run.summary.start, *check.by)
                                 : check.within.value_or(0);
      // The S-curve holds, for each distinct value, the share of all runs at or below it.
      double probability = 0;
      for (const auto& point : summary.s_curve) {
        if (point.days <= limit) probability = point.probability;
      }
      actual.number = probability;
      actual.note =
          "by day " + std::to_string(limit) + " of " + std::to_string(run.summary.runs) + " runs";
      return actual;
    }
    Actual operator()(const model::FasterCheck& check) const {
      const auto mine = days(assertion.scenario, check.milestone, check.from, check.basis);
      const auto theirs = days(check.other, check.milestone, check.from, check.basis);
      if (!mine || !theirs) return Actual{0, {}, true, "milestone skipped"};
      Actual actual;
      actual.number = *theirs - *mine;
      actual.note = std::to_string(*mine) + " against " + std::to_string(*theirs) + " days";
      return actual;
    }
    Actual operator()(const model::NoTaskAfterCheck&) const {
      const sim::TaskTiming* last = latest_finish(timeline_of(assertion.scenario));
      if (last == nullptr) return Actual{0, {}, true, "every task skipped"};
      Actual actual;
      actual.date = last->finish;
      actual.note = last->task_id;
      return actual;
    }
  };
  return std::visit(Visitor{assertion, timeline_for, days_on, simulation_for, milestone_summary,
                            applied_for, days_text},
                    assertion.check);
}

AssertionResult Evaluator::evaluate(const model::Assertion& assertion,
                                    const model::Pathway& pathway) {
  return judge(assertion, measure(assertion, pathway));
}

std::vector<AssertionResult> evaluate_expectations(const model::ExpectationFile& file,
                                                   const PathwayLookup& lookup, int threads) {
  Evaluator evaluator(threads);
  std::vector<AssertionResult> results;
  std::vector<Diagnostic> problems;
  for (const auto& assertion : file.assertions) {
    try {
      results.push_back(evaluator.evaluate(assertion, lookup(assertion)));
    } catch (const InputError& error) {
      problems.insert(problems.end(), error.diagnostics().begin(), error.diagnostics().end());
    }
  }
  if (!problems.empty()) throw InputError(problems);
  return results;
}

}  // namespace regsim::analysis
