// Evaluator: measuring assertions by scheduling and simulating pathways (with caches).
#include <algorithm>
#include <map>
#include <tuple>

#include "regsim/analysis/comparison.hpp"
#include "regsim/analysis/expectations.hpp"
#include "regsim/analysis/summary.hpp"
#include "regsim/graph/names.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/sim/monte_carlo.hpp"
#include "regsim/sim/scheduler.hpp"
#include "support/suggest.hpp"

namespace regsim::analysis {
namespace {

// `milestone: end` in Monte Carlo assertions, when the pathway has no task of that name.
constexpr const char* end_id = "end";

std::string start_key(const std::optional<calendar::Date>& start) {
  return start ? calendar::to_iso(*start) : std::string();
}

void require_task(const model::Pathway& pathway, const std::string& id,
                  const model::Assertion& assertion) {
  if (id.empty() || pathway.find_task(id) != nullptr) return;
  std::vector<std::string_view> ids;
  for (const auto& task : pathway.tasks)
    ids.push_back(task.id);
  throw InputError(std::vector<Diagnostic>{
      graph::unknown_name(graph::NameKind::task, assertion.where,
                          "pathway " + pathway.id + " [" + pathway.scenario + "]", id, ids)});
}

void require_scenario(const model::Pathway& pathway, const std::string& scenario,
                      const model::Assertion& assertion) {
  const auto ids = model::scenario_ids(pathway);
  if (std::find(ids.begin(), ids.end(), scenario) != ids.end()) return;
  std::string known;
  for (const auto& id : ids)
    known += (known.empty() ? "" : ", ") + id;
  throw InputError(assertion.where, "unknown_scenario",
                   "pathway " + pathway.id + " has no scenario '" + scenario + "'" +
                       support::did_you_mean(scenario, ids) + " (it has " + known + ")");
}

// What the evaluator keeps between assertions: scenarios applied, scheduled, compared and
// simulated once per (pathway, scenario, start[, other scenario | runs, seed]).
struct Caches {
  using Key = std::tuple<const model::Pathway*, std::string, std::string>;
  using PairKey = std::tuple<const model::Pathway*, std::string, std::string, std::string>;
  using RunKey = std::tuple<const model::Pathway*, std::string, std::string, int, std::uint64_t>;
  struct Simulation {
    sim::Samples samples;
    SimulationSummary summary;
  };
  std::map<Key, model::Pathway> applied;
  std::map<Key, ScheduledScenario> scheduled;
  std::map<PairKey, Comparison> comparisons;
  std::map<RunKey, Simulation> simulations;
  const model::Status* status = nullptr;  ///< re-forecast the tracked pathway from it
  std::string tracked_pathway;
  const sim::Processes* processes = nullptr;  ///< share the Monte Carlo runs (every row to all)
};

std::string days_text(int days) {
  return std::to_string(days) + " days";
}

// Measures one assertion on one pathway (as read: scenarios still overlays), filling the
// caches as it goes. One member per kind of check; std::visit picks it.
class Measurer {
 public:
  Measurer(Caches& caches, const model::Assertion& assertion, const model::Pathway& pathway,
           int threads)
      : caches_(caches), assertion_(assertion), pathway_(pathway), threads_(threads) {}

  Actual operator()(const model::MilestoneCheck& check);
  Actual operator()(const model::PercentileCheck& check);
  Actual operator()(const model::ProbabilityCheck& check);
  Actual operator()(const model::FasterCheck& check);
  Actual operator()(const model::NoTaskAfterCheck& check);

 private:
  const model::Pathway& applied(const std::string& scenario);
  const ScheduledScenario& scheduled(const std::string& scenario);
  std::optional<int> days(const std::string& scenario, const std::string& milestone,
                          const std::string& from, model::ClockBasis basis);
  const Comparison& comparison(const std::string& mine, const std::string& other);
  const Caches::Simulation& simulation(int runs, std::uint64_t seed);
  const MilestoneSummary& summary_of(const SimulationSummary& summary,
                                     const std::string& milestone);
  std::string start_of_assertion() const { return start_key(assertion_.start); }
  /// The status that applies to this pathway, or nullptr.
  const model::Status* status() const {
    return caches_.status && pathway_.id == caches_.tracked_pathway ? caches_.status : nullptr;
  }

  Caches& caches_;
  const model::Assertion& assertion_;
  const model::Pathway& pathway_;
  int threads_;
};

const model::Pathway& Measurer::applied(const std::string& scenario) {
  require_scenario(pathway_, scenario, assertion_);
  const Caches::Key key{&pathway_, scenario, ""};
  auto found = caches_.applied.find(key);
  if (found == caches_.applied.end()) {
    found = caches_.applied.emplace(key, graph::apply_scenario(pathway_, scenario)).first;
  }
  return found->second;
}

const ScheduledScenario& Measurer::scheduled(const std::string& scenario) {
  const Caches::Key key{&pathway_, scenario, start_of_assertion()};
  auto found = caches_.scheduled.find(key);
  if (found == caches_.scheduled.end()) {
    ScheduledScenario made;
    made.pathway = applied(scenario);
    sim::RunOptions options;
    options.start = assertion_.start;
    schedule_into(made, options, status());
    found = caches_.scheduled.emplace(key, std::move(made)).first;
  }
  return found->second;
}

// Days from `from` (the timeline start) to `milestone` (the end) on `basis`; the names are
// checked against the applied pathway before anything is scheduled.
std::optional<int> Measurer::days(const std::string& scenario, const std::string& milestone,
                                  const std::string& from, model::ClockBasis basis) {
  const model::Pathway& pathway = applied(scenario);
  require_task(pathway, milestone, assertion_);
  require_task(pathway, from, assertion_);
  return span_days(scheduled(scenario), from, milestone, basis);
}

// `other` as the baseline, `mine` as the one scenario: the comparison `regsim compare`
// makes, so "faster than" reads the same measures.
const Comparison& Measurer::comparison(const std::string& mine, const std::string& other) {
  const Caches::PairKey key{&pathway_, mine, other, start_of_assertion()};
  auto found = caches_.comparisons.find(key);
  if (found == caches_.comparisons.end()) {
    found = caches_.comparisons.emplace(key, compare(scheduled(other), {scheduled(mine)})).first;
  }
  return found->second;
}

const Caches::Simulation& Measurer::simulation(int runs, std::uint64_t seed) {
  const Caches::RunKey key{&pathway_, assertion_.scenario, start_of_assertion(), runs, seed};
  auto found = caches_.simulations.find(key);
  if (found == caches_.simulations.end()) {
    const model::Pathway& pathway = applied(assertion_.scenario);
    if (runs > sim::max_runs(pathway)) {
      throw InputError(assertion_.where, "too_many_runs",
                       "runs: " + sim::sample_limit_message(pathway, runs));
    }
    sim::MonteCarloOptions options;
    options.runs = runs;
    options.seed = seed;
    options.threads = threads_;
    options.start = assertion_.start;
    options.processes = caches_.processes;
    std::optional<sim::Tracking> tracking;
    if (status()) tracking = sim::resolve_status(*status(), pathway);
    options.tracking = tracking ? &*tracking : nullptr;
    Caches::Simulation simulation;
    simulation.samples = sim::run_monte_carlo(sim::Scheduler(pathway), options);
    simulation.summary = summarize(pathway, simulation.samples);
    found = caches_.simulations.emplace(key, std::move(simulation)).first;
  }
  return found->second;
}

// The summary of a milestone task (or of the end) in a Monte Carlo run.
const MilestoneSummary& Measurer::summary_of(const SimulationSummary& summary,
                                             const std::string& milestone) {
  const model::Pathway& pathway = applied(assertion_.scenario);
  const model::Task* task = pathway.find_task(milestone);
  if (task == nullptr && milestone == end_id) return summary.end;
  require_task(pathway, milestone, assertion_);
  for (const auto& entry : summary.milestones) {
    if (entry.id == milestone) return entry;
  }
  throw InputError(assertion_.where, "not_a_milestone",
                   "'" + milestone + "' is not a milestone task; Monte Carlo assertions " +
                       "measure milestones (or 'end')");
}

Actual Measurer::operator()(const model::MilestoneCheck& check) {
  Actual actual;
  if (check.measure == model::MilestoneMeasure::date) {
    require_task(applied(assertion_.scenario), check.milestone, assertion_);
    const sim::TaskTiming* timing = scheduled(assertion_.scenario).timeline.find(check.milestone);
    if (timing == nullptr || timing->skipped) return Actual{0, {}, true, "skipped"};
    actual.date = timing->finish;
    return actual;
  }
  const auto basis = check.measure == model::MilestoneMeasure::clock_days
                         ? model::ClockBasis::clock_days
                         : model::ClockBasis::calendar_days;
  const auto value = days(assertion_.scenario, check.milestone, check.from, basis);
  if (!value) return Actual{0, {}, true, check.milestone + " skipped"};
  actual.number = *value;
  const sim::TaskTiming* timing = scheduled(assertion_.scenario).timeline.find(check.milestone);
  if (timing != nullptr) actual.note = check.milestone + " on " + calendar::to_iso(timing->finish);
  return actual;
}

Actual Measurer::operator()(const model::PercentileCheck& check) {
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
    actual.note = days_text(value);
  } else {
    actual.note = calendar::to_iso(date);
  }
  return actual;
}

Actual Measurer::operator()(const model::ProbabilityCheck& check) {
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
    throw InputError(
        assertion_.where, "unknown_deadline",
        "pathway " + applied(assertion_.scenario).id + " has no deadline '" + check.deadline + "'");
  }
  const MilestoneSummary& summary = summary_of(run.summary, check.milestone);
  const int limit =
      check.by ? calendar::days_between(run.summary.start, *check.by) : check.within.value_or(0);
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

Actual Measurer::operator()(const model::FasterCheck& check) {
  // Names are checked in both scenarios before either is scheduled.
  for (const auto* scenario : {&assertion_.scenario, &check.other}) {
    require_task(applied(*scenario), check.milestone, assertion_);
    require_task(applied(*scenario), check.from, assertion_);
  }
  const Comparison& compared = comparison(assertion_.scenario, check.other);
  const auto mine =
      span_days(compared.scenarios.front().scenario, check.from, check.milestone, check.basis);
  const auto theirs = span_days(compared.baseline, check.from, check.milestone, check.basis);
  const auto change =
      span_change(compared, compared.scenarios.front(), check.from, check.milestone, check.basis);
  if (!mine || !theirs || !change) return Actual{0, {}, true, "milestone skipped"};
  Actual actual;
  actual.number = -*change;  // days gained: the other's minus mine
  actual.note = std::to_string(*mine) + " against " + std::to_string(*theirs) + " days";
  return actual;
}

Actual Measurer::operator()(const model::NoTaskAfterCheck&) {
  const sim::TaskTiming* last = latest_finish(scheduled(assertion_.scenario).timeline);
  if (last == nullptr) return Actual{0, {}, true, "every task skipped"};
  Actual actual;
  actual.date = last->finish;
  actual.note = last->task_id;
  return actual;
}

}  // namespace

struct Evaluator::Cache : Caches {};

Evaluator::Evaluator(int threads, const model::Status* status, std::string tracked_pathway,
                     const sim::Processes* processes)
    : cache_(std::make_unique<Cache>()), threads_(threads) {
  cache_->status = status;
  cache_->tracked_pathway = std::move(tracked_pathway);
  cache_->processes = processes;
}
Evaluator::~Evaluator() = default;

Actual Evaluator::measure(const model::Assertion& assertion, const model::Pathway& pathway) {
  return std::visit(Measurer(*cache_, assertion, pathway, threads_), assertion.check);
}

AssertionResult Evaluator::evaluate(const model::Assertion& assertion,
                                    const model::Pathway& pathway) {
  return judge(assertion, measure(assertion, pathway));
}

std::vector<AssertionResult> evaluate_expectations(const model::ExpectationFile& file,
                                                   const PathwayLookup& lookup, int threads,
                                                   const model::Status* status,
                                                   const std::string& tracked_pathway,
                                                   const sim::Processes* processes) {
  Evaluator evaluator(threads, status, tracked_pathway, processes);
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
