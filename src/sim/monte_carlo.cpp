#include "regsim/sim/monte_carlo.hpp"

#include <algorithm>
#include <cmath>

#include "parallel_runs.hpp"
#include "regsim/error.hpp"
#include "regsim/sim/sampling.hpp"

namespace regsim::sim {
namespace {

// Replications a worker claims at once: large enough to keep the shared counter cold,
// small enough to balance the last chunk of a checkpoint between threads.
constexpr std::int64_t chunk_size = 16;

struct Shared {
  Shared(const Replicate& replicate_in, const Sampler& sampler_in,
         const MonteCarloOptions& options_in, Samples& samples_in)
      : replicate(replicate_in), sampler(sampler_in), options(options_in), samples(samples_in) {}

  const Replicate& replicate;
  const Sampler& sampler;
  const MonteCarloOptions& options;
  Samples& samples;
  std::vector<Draws> draws;  // one per worker, reused from run to run
};

void record(Shared& shared, std::int64_t run, const Draws& draws, const Timeline& timeline) {
  Samples& s = shared.samples;
  const auto r = static_cast<std::size_t>(run);
  const std::size_t tasks = s.task_ids.size();
  const std::size_t milestones = s.milestones.size();
  const std::size_t deadlines = s.deadline_ids.size();
  const bool aligned = timeline.tasks.size() == tasks;

  s.end_days[r] = calendar::days_between(s.origin, timeline.finish);
  for (std::size_t t = 0; t < tasks; ++t) {
    const TaskTiming* timing = aligned ? &timeline.tasks[t] : timeline.find(s.task_ids[t]);
    const bool happened = timing != nullptr && !timing->skipped;
    s.happened[r * tasks + t] = happened ? 1 : 0;
    s.critical[r * tasks + t] = happened && timing->critical ? 1 : 0;
    s.driving[r * tasks + t] = happened && timing->driving ? 1 : 0;
    s.task_amounts[r * tasks + t] =
        happened ? draws.durations[t].amount * (1 + draws.extra_rounds[t]) : 0;
  }
  for (std::size_t m = 0; m < milestones; ++m) {
    const auto t = static_cast<std::size_t>(s.milestones[m]);
    const TaskTiming* timing = aligned ? &timeline.tasks[t] : timeline.find(s.task_ids[t]);
    s.milestone_days[r * milestones + m] = timing != nullptr && !timing->skipped
                                               ? calendar::days_between(s.origin, timing->finish)
                                               : -1;
  }
  for (std::size_t d = 0; d < deadlines; ++d) {
    const bool met = d < timeline.deadlines.size() && timeline.deadlines[d].met;
    s.deadline_met[r * deadlines + d] = met ? 1 : 0;
  }
  const std::size_t feeds = s.sitting_feeds.size();
  for (std::size_t k = 0; k < feeds; ++k) {
    const SittingFeed& feed = s.sitting_feeds[k];
    const auto t = static_cast<std::size_t>(feed.task);
    const TaskTiming* timing = aligned ? &timeline.tasks[t] : timeline.find(s.task_ids[t]);
    s.sitting_made[r * feeds + k] = timing == nullptr || timing->skipped ? SittingMade::skipped
                                    : timing->finish <= feed.planned     ? SittingMade::planned
                                    : feed.next && timing->finish <= *feed.next
                                        ? SittingMade::next
                                        : SittingMade::later;
  }
}

// The tasks of `plan` that wait for a sitting: those with a sitting calendar that happened.
std::vector<SittingFeed> sitting_feeds(const model::Pathway& pathway, const Timeline& plan) {
  std::vector<SittingFeed> feeds;
  for (std::size_t t = 0; t < pathway.tasks.size() && t < plan.tasks.size(); ++t) {
    const auto& task = pathway.tasks[t];
    const auto calendar = pathway.sittings.find(task.sittings);
    if (task.sittings.empty() || calendar == pathway.sittings.end()) continue;
    const TaskTiming& timing = plan.tasks[t];
    if (timing.skipped || timing.task_id != task.id) continue;
    feeds.push_back({static_cast<int>(t), task.sittings, timing.finish,
                     calendar->second.next_finish_after(timing.finish)});
  }
  return feeds;
}

void run_block(Shared& shared, std::int64_t first, std::int64_t last, int threads) {
  shared.draws.resize(static_cast<std::size_t>(std::max(threads, 1)));
  detail::run_in_parallel(first, last, threads, chunk_size, shared.options.cancel,
                          [&shared](int worker, std::int64_t run) {
                            Draws& draws = shared.draws[static_cast<std::size_t>(worker)];
                            shared.sampler.draw(shared.options.seed,
                                                static_cast<std::uint64_t>(run), draws);
                            record(shared, run, draws, shared.replicate(draws));
                          });
}

// Rows [block.begin, block.end) of a table `width` values wide, packed or unpacked.
template <class T>
void put_rows(Packer& packer, const std::vector<T>& table, std::size_t width, RunBlock block) {
  const auto begin = static_cast<std::size_t>(block.begin) * width;
  packer.put_range(table.data() + begin, static_cast<std::size_t>(block.end) * width - begin);
}

std::string pack_rows(const Samples& s, RunBlock block) {
  Packer packer;
  put_rows(packer, s.end_days, 1, block);
  put_rows(packer, s.milestone_days, s.milestones.size(), block);
  put_rows(packer, s.deadline_met, s.deadline_ids.size(), block);
  put_rows(packer, s.happened, s.task_ids.size(), block);
  put_rows(packer, s.critical, s.task_ids.size(), block);
  put_rows(packer, s.driving, s.task_ids.size(), block);
  put_rows(packer, s.task_amounts, s.task_ids.size(), block);
  put_rows(packer, s.sitting_made, s.sitting_feeds.size(), block);
  return packer.take();
}

void unpack_rows(Samples& s, RunBlock block, std::string_view bytes) {
  Unpacker in(bytes);
  const auto row = static_cast<std::size_t>(block.begin);
  in.get_into(s.end_days, row);
  in.get_into(s.milestone_days, row * s.milestones.size());
  in.get_into(s.deadline_met, row * s.deadline_ids.size());
  in.get_into(s.happened, row * s.task_ids.size());
  in.get_into(s.critical, row * s.task_ids.size());
  in.get_into(s.driving, row * s.task_ids.size());
  in.get_into(s.task_amounts, row * s.task_ids.size());
  in.get_into(s.sitting_made, row * s.sitting_feeds.size());
}

// The runs [first, last): all here, or this process's block and the others' rows gathered
// here (on process 0 only with Gather::first_process and no stop rule; a cancelled block
// is a failure, so that every process stops at the same checkpoint).
void run_range(Shared& shared, std::int64_t first, std::int64_t last, int threads) {
  const Processes* processes = shared.options.processes;
  if (processes == nullptr || processes->count() <= 1) {
    run_block(shared, first, last, threads);
    return;
  }
  const auto parts = share_runs(
      *processes, first, last,
      [&](RunBlock block) {
        run_block(shared, block.begin, block.end, threads);
        if (shared.options.cancel != nullptr && shared.options.cancel->load()) throw Interrupted();
      },
      [&](RunBlock block) { return pack_rows(shared.samples, block); },
      shared.options.stop ? Gather::every_process : shared.options.gather);
  // Empty on a process that does not receive the rows (Gather::first_process).
  for (int p = 0; p < std::ssize(parts); ++p) {
    if (p == processes->rank()) continue;
    unpack_rows(shared.samples, block_of(first, last, p, processes->count()),
                parts[static_cast<std::size_t>(p)]);
  }
}

void resize(Samples& s, std::int64_t runs) {
  const auto n = static_cast<std::size_t>(runs);
  s.end_days.resize(n);
  s.milestone_days.resize(n * s.milestones.size());
  s.deadline_met.resize(n * s.deadline_ids.size());
  s.happened.resize(n * s.task_ids.size());
  s.critical.resize(n * s.task_ids.size());
  s.driving.resize(n * s.task_ids.size());
  s.task_amounts.resize(n * s.task_ids.size());
  s.sitting_made.resize(n * s.sitting_feeds.size());
}

}  // namespace

std::uint64_t sample_bytes_per_run(const model::Pathway& pathway) {
  std::uint64_t tasks = pathway.tasks.size();
  std::uint64_t milestones = 0, sitting_tasks = 0;
  for (const auto& task : pathway.tasks) {
    milestones += task.kind == model::TaskKind::milestone ? 1 : 0;
    sitting_tasks += task.sittings.empty() ? 0 : 1;  // at most this many sitting feeds
  }
  // The columns of Samples: end_days, milestone_days, deadline_met, happened, critical,
  // driving, task_amounts, sitting_made.
  return sizeof(int) + milestones * sizeof(int) + pathway.deadlines.size() * sizeof(char) +
         tasks * (sizeof(char) + sizeof(char) + sizeof(char) + sizeof(int)) +
         sitting_tasks * sizeof(SittingMade);
}

std::int64_t max_runs(const model::Pathway& pathway) {
  return static_cast<std::int64_t>(max_sample_bytes / sample_bytes_per_run(pathway));
}

std::string sample_limit_message(const model::Pathway& pathway, std::int64_t runs) {
  constexpr std::uint64_t mebibyte = std::uint64_t{1} << 20;
  // In floating point: a library caller may ask for any int64 number of runs, whose
  // bytes would overflow an integer; the figure is only shown.
  const long double needed = static_cast<long double>(runs) *
                             static_cast<long double>(sample_bytes_per_run(pathway)) / mebibyte;
  return "the samples of " + std::to_string(runs) + " runs of this " +
         std::to_string(pathway.tasks.size()) + "-task pathway would take about " +
         std::to_string(static_cast<std::uint64_t>(std::ceil(std::min(needed, 1e18L)))) +
         " MiB, more than the limit of " + std::to_string(max_sample_bytes / mebibyte) +
         " MiB; at most " + std::to_string(max_runs(pathway)) + " runs fit";
}

Samples run_monte_carlo(const model::Pathway& pathway, const Replicate& replicate,
                        const MonteCarloOptions& options) {
  return run_monte_carlo(pathway, nullptr, replicate, options);
}

Samples run_monte_carlo(const model::Pathway& pathway, const Sampler* given_sampler,
                        const Replicate& replicate, const MonteCarloOptions& options) {
  if (options.runs < 1) throw Error("the number of runs must be at least 1");
  if (options.runs > max_runs(pathway)) throw Error(sample_limit_message(pathway, options.runs));
  const std::optional<calendar::Date> start = options.start ? options.start : pathway.start;
  if (!start) throw Error("pathway '" + pathway.id + "' has no start date; give one");

  Samples samples;
  samples.pathway_id = pathway.id;
  samples.scenario_id = pathway.scenario.empty() ? model::baseline_scenario : pathway.scenario;
  samples.seed = options.seed;
  samples.requested_runs = options.runs;
  samples.origin = *start;
  for (std::size_t t = 0; t < pathway.tasks.size(); ++t) {
    samples.task_ids.push_back(pathway.tasks[t].id);
    if (pathway.tasks[t].kind == model::TaskKind::milestone) {
      samples.milestones.push_back(static_cast<int>(t));
    }
  }
  for (const auto& deadline : pathway.deadlines)
    samples.deadline_ids.push_back(deadline.id);
  if (options.plan != nullptr) samples.sitting_feeds = sitting_feeds(pathway, *options.plan);
  resize(samples, options.runs);

  std::optional<Sampler> own_sampler;
  if (given_sampler == nullptr) own_sampler.emplace(pathway);
  const Sampler& sampler = given_sampler != nullptr ? *given_sampler : *own_sampler;
  Shared shared(replicate, sampler, options, samples);
  const int threads = detail::resolve_threads(options.threads);
  // Shared between processes and with no stop rule, one exchange for all runs: a checkpoint
  // is then only a progress report, and each would make every rank wait for the slowest.
  const bool shared_runs = options.processes != nullptr && options.processes->count() > 1;
  const std::int64_t step =
      shared_runs && !options.stop ? options.runs : std::max<std::int64_t>(1, options.check_every);

  std::int64_t done = 0;
  while (done < options.runs) {
    const std::int64_t next = std::min(options.runs, done + step);
    run_range(shared, done, next, threads);
    if (options.cancel != nullptr && options.cancel->load()) throw Interrupted();
    done = next;
    if (options.progress) options.progress(done, options.runs);
    if (done < options.runs && options.stop &&
        options.stop(
            std::span<const int>(samples.end_days.data(), static_cast<std::size_t>(done)))) {
      samples.stopped_early = true;
      break;
    }
  }
  samples.runs = done;
  resize(samples, done);
  return samples;
}

}  // namespace regsim::sim
