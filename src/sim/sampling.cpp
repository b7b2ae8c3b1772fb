#include "regsim/sim/sampling.hpp"

#include <algorithm>
#include <boost/random/beta_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>

#include "regsim/calendar/convention.hpp"

namespace regsim::sim {
namespace {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

template <class Generator>
double sample_pert(const model::Pert& pert, Generator& engine) {
  const double range = pert.max - pert.min;
  if (!(range > 0)) return pert.min;
  const double alpha = 1 + pert.lambda * (pert.mode - pert.min) / range;
  const double beta = 1 + pert.lambda * (pert.max - pert.mode) / range;
  boost::random::beta_distribution<double> shape(alpha, beta);
  return pert.min + range * shape(engine);
}

template <class Generator>
double sample_lognormal(const model::LogNormal& lognormal, Generator& engine) {
  if (!(lognormal.sigma > 0)) return std::exp(lognormal.mu);
  boost::random::lognormal_distribution<double> shape(lognormal.mu, lognormal.sigma);
  return shape(engine);
}

// FNV-1a, 64 bits: a stable hash of an id (std::hash differs between libraries).
std::uint64_t id_key(std::string_view id) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : id) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::uint64_t replication_seed(std::uint64_t seed, std::uint64_t index) {
  // Mixing the seed before combining it with the index keeps (seed, i) and (seed+1, i-1)
  // from sharing a stream, which a plain seed + i would do.
  return splitmix64(splitmix64(seed) ^ index);
}

double triangular_quantile(const model::Triangular& t, double u) {
  const double range = t.max - t.min;
  if (!(range > 0)) return t.min;
  const double below = (t.mode - t.min) / range;
  if (u < below) return t.min + std::sqrt(u * range * (t.mode - t.min));
  return t.max - std::sqrt((1 - u) * range * (t.max - t.mode));
}

double empirical_quantile(const model::Empirical& empirical, double u) {
  const auto& values = empirical.values;
  if (values.empty()) return 0;
  const bool weighted = empirical.weights.size() == values.size();
  double total = 0;
  for (std::size_t i = 0; i < values.size(); ++i)
    total += weighted ? empirical.weights[i] : 1.0;
  const double target = u * total;
  double cumulative = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    cumulative += weighted ? empirical.weights[i] : 1.0;
    if (target < cumulative) return values[i];
  }
  return values.back();  // u * total rounded up to the total
}

template <class Generator>
double sample(const model::Distribution& distribution, Generator& engine) {
  return std::visit(
      [&engine](const auto& d) -> double {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, model::Fixed>) {
          return d.value;
        } else if constexpr (std::is_same_v<T, model::Uniform>) {
          return d.min + uniform(engine) * (d.max - d.min);
        } else if constexpr (std::is_same_v<T, model::Triangular>) {
          return triangular_quantile(d, uniform(engine));
        } else if constexpr (std::is_same_v<T, model::Pert>) {
          return sample_pert(d, engine);
        } else if constexpr (std::is_same_v<T, model::LogNormal>) {
          return sample_lognormal(d, engine);
        } else if constexpr (std::is_same_v<T, model::Exponential>) {
          return exponential_quantile(d.mean, uniform(engine));
        } else {
          return empirical_quantile(d, uniform(engine));
        }
      },
      distribution);
}
template double sample(const model::Distribution&, Engine&);
template double sample(const model::Distribution&, StreamEngine&);

Sampler::Sampler(const model::Pathway& pathway) : Sampler(graph::compile(pathway)) {}

Sampler::Sampler(const graph::CompiledPathway& compiled) {
  const model::Pathway& pathway = *compiled.pathway;
  tasks_.reserve(pathway.tasks.size());
  for (const auto& task : pathway.tasks) {
    TaskPlan plan;
    plan.key = id_key(task.id);
    plan.probability = task.probability;
    plan.duration = task.duration;
    if (const auto* fixed = std::get_if<model::Fixed>(&task.duration.distribution)) {
      plan.fixed = true;
      plan.fixed_amount = round_amount(fixed->value);
    }
    if (const auto* exponential = std::get_if<model::Exponential>(&task.duration.distribution)) {
      plan.exponential_mean = exponential->mean;
    }
    if (task.rework) {
      plan.rework_probability = task.rework->probability;
      plan.max_rounds = std::max(0, task.rework->max_rounds);
    }
    plan.constant = plan.fixed && !(plan.probability < 1) && plan.max_rounds == 0;
    tasks_.push_back(std::move(plan));
  }
  for (std::size_t b = 0; b < pathway.branches.size(); ++b) {
    BranchPlan plan;
    plan.key = id_key("branch:" + pathway.branches[b].id);
    double cumulative = 0;
    for (const auto& outcome : pathway.branches[b].outcomes) {
      cumulative += outcome.probability;
      plan.cumulative.push_back(cumulative);
    }
    plan.tasks = compiled.branch_outcomes[b];
    branches_.push_back(std::move(plan));
  }
}

void Sampler::use_common_random_numbers() {
  common_ = true;
}

Sampler::Row Sampler::sized_row(Draws& draws, std::size_t tasks) {
  draws.durations.resize(tasks);
  draws.exists.resize(tasks);
  draws.extra_rounds.resize(tasks);
  return {draws.durations.data(), draws.exists.data(), draws.extra_rounds.data()};
}

void Sampler::draw(std::uint64_t seed, std::uint64_t index, Draws& draws) const {
  const std::uint64_t replication = replication_seed(seed, index);
  const std::size_t n = tasks_.size();
  const Row row = sized_row(draws, n);
  if (!common_) {
    Engine engine(replication);
    draw_tasks(engine, row);
    for (const BranchPlan& branch : branches_)
      draw_branch(branch, engine, row);
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    StreamEngine engine(splitmix64(replication ^ tasks_[i].key));
    draw_task(i, engine, row);
  }
  for (const BranchPlan& branch : branches_) {
    StreamEngine engine(splitmix64(replication ^ branch.key));
    draw_branch(branch, engine, row);
  }
}

void Sampler::draw(Engine& engine, DrawTable& table, std::size_t application) const {
  const std::size_t n = tasks_.size();
  const std::size_t first = application * n;
  const Row row{table.durations.data() + first, table.exists.data() + first,
                table.extra_rounds.data() + first};
  draw_tasks(engine, row);
  for (const BranchPlan& branch : branches_)
    draw_branch(branch, engine, row);
}

// Every task in pathway order from one stream; a constant task takes no number, so
// writing it without draw_task gives the same row.
template <class Generator>
void Sampler::draw_tasks(Generator& engine, Row row) const {
  const std::size_t n = tasks_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const TaskPlan& plan = tasks_[i];
    if (!plan.constant) {
      draw_task(i, engine, row);
      continue;
    }
    row.durations[i] = {std::max(plan.fixed_amount, plan.minimum), plan.duration.unit};
    row.exists[i] = 1;
    row.extra_rounds[i] = 0;
  }
}

template <class Generator>
void Sampler::draw_task(std::size_t i, Generator& engine, Row row) const {
  const TaskPlan& plan = tasks_[i];
  bool exists = true;
  if (plan.probability < 1) exists = uniform(engine) < plan.probability;
  // A fixed amount below the minimum would be drawn again max_rejections times, always
  // the same, then take the minimum.
  if (plan.fixed) {
    row.durations[i] = {std::max(plan.fixed_amount, plan.minimum), plan.duration.unit};
  } else {
    row.durations[i] = {drawn_amount(plan, engine), plan.duration.unit};
  }
  int rounds = 0;
  while (rounds < plan.max_rounds && uniform(engine) < plan.rework_probability)
    ++rounds;
  row.exists[i] = exists ? 1 : 0;
  row.extra_rounds[i] = exists ? rounds : 0;
}

template <class Generator>
int Sampler::drawn_amount(const TaskPlan& plan, Generator& engine) const {
  // The same number sample() gives for an exponential, without its dispatch.
  if (plan.exponential_mean > 0 && plan.minimum == 0)
    return round_amount(exponential_quantile(plan.exponential_mean, uniform(engine)));
  int amount = round_amount(sample(plan.duration.distribution, engine));
  for (int tries = 1; amount < plan.minimum; ++tries) {
    if (tries == max_rejections) {
      amount = plan.minimum;
      break;
    }
    amount = round_amount(sample(plan.duration.distribution, engine));
  }
  return amount;
}

template <class Generator>
void Sampler::draw_branch(const BranchPlan& branch, Generator& engine, Row row) const {
  if (branch.tasks.empty()) return;
  const double u = uniform(engine) * branch.cumulative.back();
  // The last outcome also takes u values lost to rounding of the cumulative sum.
  std::size_t picked = branch.tasks.size() - 1;
  for (std::size_t k = 0; k < branch.tasks.size(); ++k) {
    if (u < branch.cumulative[k]) {
      picked = k;
      break;
    }
  }
  for (std::size_t k = 0; k < branch.tasks.size(); ++k) {
    if (k == picked) continue;
    const auto task = static_cast<std::size_t>(branch.tasks[k]);
    row.exists[task] = 0;
    row.extra_rounds[task] = 0;
  }
}

void Sampler::condition_on(const Tracking& tracking, const graph::CompiledPathway& compiled) {
  for (std::size_t t = 0; t < tasks_.size() && t < tracking.start.size(); ++t) {
    if (tracking.progress(t) != Progress::in_progress) continue;
    const calendar::Date start = *tracking.start[t];
    if (!(start < tracking.as_of)) continue;
    const auto& task = compiled.tasks[t];
    const auto& calendar = *compiled.calendars[static_cast<std::size_t>(task.calendar)];
    tasks_[t].minimum =
        std::max(0, calendar::count_between(start, tracking.as_of, tasks_[t].duration.unit,
                                            calendar, task.convention));
  }
}

Draws Sampler::draw(std::uint64_t seed, std::uint64_t index) const {
  Draws draws;
  draw(seed, index, draws);
  return draws;
}

}  // namespace regsim::sim
