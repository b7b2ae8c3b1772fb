#include "regsim/report/csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

#include "regsim/report/formatters.hpp"

namespace regsim::report {

const std::vector<std::string_view>& csv_columns() {
  static const std::vector<std::string_view> columns{"pathway",
                                                     "scenario",
                                                     "application",
                                                     "task_id",
                                                     "task_name",
                                                     "kind",
                                                     "owner",
                                                     "clock",
                                                     "ready",
                                                     "start",
                                                     "finish",
                                                     "calendar_days",
                                                     "working_days",
                                                     "clock_days",
                                                     "resource_wait_days",
                                                     "sitting_wait_days",
                                                     "total_float_days",
                                                     "free_float_days",
                                                     "critical",
                                                     "skipped",
                                                     "rounds",
                                                     "driving",
                                                     "constraint",
                                                     "constraint_from"};
  return columns;
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string result = "\"";
  for (const char c : text) {
    if (c == '"') result += '"';
    result += c;
  }
  result += '"';
  return result;
}

namespace {

// Rows go straight into the output's buffer: grown by the row's worst case, written
// through a pointer, trimmed. Appending field by field through std::string cost more
// than scheduling a 2,000-task pathway.
class RowWriter {
 public:
  explicit RowWriter(std::string& out) : out_(out) {}

  /// `fields`: the text fields of the row, for its worst-case size.
  void begin(std::initializer_list<std::string_view> fields, std::size_t numbers,
             std::size_t dates) {
    std::size_t most = 2 + numbers * 12 + dates * (calendar::iso_length + 1);
    for (const auto field : fields)
      most += 2 * field.size() + 3;  // every character doubled, two quotes, a comma
    const std::size_t used = out_.size();
    out_.resize(used + most);
    at_ = out_.data() + used;
    first_ = true;
  }

  void text(std::string_view field) {
    separate();
    bool plain = field.empty() || (field.front() != ' ' && field.back() != ' ');
    for (std::size_t i = 0; plain && i < field.size(); ++i)
      plain = !needs_quotes[static_cast<unsigned char>(field[i])];
    if (plain) {
      at_ = std::copy(field.begin(), field.end(), at_);
      return;
    }
    *at_++ = '"';
    for (const char c : field) {
      if (c == '"') *at_++ = '"';
      *at_++ = c;
    }
    *at_++ = '"';
  }

  // Numbers and dates never need quoting.
  void number(int value) {
    separate();
    const fmt::format_int digits(value);
    at_ = std::copy(digits.data(), digits.data() + digits.size(), at_);
  }

  void date(calendar::Date day) {
    separate();
    if (day.is_special()) {
      *at_++ = '-';
    } else {
      at_ = calendar::write_iso(day, at_);
    }
  }

  void end() {
    *at_++ = '\r';
    *at_++ = '\n';
    out_.resize(static_cast<std::size_t>(at_ - out_.data()));
  }

 private:
  static constexpr auto needs_quotes = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {',', '"', '\r', '\n'})
      table[c] = true;
    return table;
  }();

  void separate() {
    if (!first_) *at_++ = ',';
    first_ = false;
  }

  std::string& out_;
  char* at_ = nullptr;
  bool first_ = true;
};

// A timeline and the pathway whose tasks it dates (the pathway may be empty).
struct Rows {
  const model::Pathway* pathway;
  const sim::Timeline* timeline;
  const analysis::SimulationSummary* monte_carlo = nullptr;  ///< compare --runs
};

// The Monte Carlo columns of a comparison with runs: filled on milestone rows.
constexpr std::array<std::string_view, 5> monte_carlo_columns{
    "reached_share", "p10_finish", "p50_finish", "p80_finish", "p90_finish"};

void monte_carlo_fields(RowWriter& row, const analysis::SimulationSummary& summary,
                        const std::string& task_id) {
  const auto found =
      std::find_if(summary.milestones.begin(), summary.milestones.end(),
                   [&](const analysis::MilestoneSummary& m) { return m.id == task_id; });
  if (found == summary.milestones.end()) {
    for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
      row.text("");
    return;
  }
  row.text(fmt::format("{:.4f}", found->probability));
  for (const int days : {found->p10, found->p50, found->p80, found->p90})
    row.date(summary.start + boost::gregorian::days(days));
}

// The header line: the schema's columns, then those of a re-forecast and of Monte Carlo.
void header(std::string& out, bool tracked, bool with_monte_carlo) {
  const auto& columns = csv_columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out += (i > 0 ? "," : "") + std::string(columns[i]);
  }
  if (tracked) out += ",status,actual_start,actual_finish,as_of";
  if (with_monte_carlo) {
    for (const auto column : monte_carlo_columns)
      out += "," + std::string(column);
  }
  out += "\r\n";
}

// The columns of a re-forecast: progress, the actual dates it has, the as-of date.
void tracking_fields(RowWriter& row, const sim::TaskTiming& timing, const sim::Timeline& timeline,
                     std::string_view progress) {
  row.text(progress);
  if (timing.progress != sim::Progress::planned) {
    row.date(timing.start);
  } else {
    row.text("");
  }
  if (timing.progress == sim::Progress::done) {
    row.date(timing.finish);
  } else {
    row.text("");
  }
  if (timeline.as_of) {
    row.date(*timeline.as_of);
  } else {
    row.text("");
  }
}

// The row of task `i` of `run`.
void task_row(RowWriter& row, const Rows& run, const std::string& scenario, std::size_t i,
              bool tracked) {
  const sim::Timeline& timeline = *run.timeline;
  const std::string& pathway = timeline.pathway_id.empty() ? run.pathway->id : timeline.pathway_id;
  const auto& timing = timeline.tasks[i];
  const model::Task* task = analysis::task_at(*run.pathway, timeline, i);
  const std::string_view name = task != nullptr && !task->name.empty()
                                    ? std::string_view(task->name)
                                    : std::string_view(timing.task_id);
  const std::string_view kind = task != nullptr ? to_string(task->kind) : std::string_view();
  const std::string_view owner = task != nullptr ? std::string_view(task->owner) : "";
  const std::string_view clock = task == nullptr ? "" : task->clock_runs ? "running" : "stopped";
  const std::string_view critical = timing.critical ? "true" : "false";
  const std::string_view skipped = timing.skipped ? "true" : "false";
  const std::string_view progress = sim::to_string(timing.progress);
  const std::string_view driving = timing.driving ? "true" : "false";
  const std::string_view constraint = sim::to_string(timing.constraint.kind);
  const auto from = static_cast<std::size_t>(timing.constraint.from_task);
  const std::string_view from_task =
      timing.constraint.from_task >= 0 && from < timeline.tasks.size()
          ? std::string_view(timeline.tasks[from].task_id)
          : std::string_view();
  row.begin({pathway, scenario, timing.task_id, name, kind, owner, clock, critical, skipped,
             progress, driving, constraint, from_task},
            11, 10);
  row.text(pathway);
  row.text(scenario);
  row.number(timeline.application);
  row.text(timing.task_id);
  row.text(name);
  row.text(kind);
  row.text(owner);
  row.text(clock);
  row.date(timing.ready);
  row.date(timing.start);
  row.date(timing.finish);
  row.number(timing.calendar_days);
  row.number(timing.working_days);
  row.number(timing.clock_days);
  row.number(timing.resource_wait_days);
  row.number(timing.sitting_wait_days);
  row.number(timing.total_float_days);
  row.number(timing.free_float_days);
  row.text(critical);
  row.text(skipped);
  row.number(timing.rounds);
  row.text(driving);
  row.text(constraint);
  row.text(from_task);
  if (tracked) tracking_fields(row, timing, timeline, progress);
  if (run.monte_carlo != nullptr) monte_carlo_fields(row, *run.monte_carlo, timing.task_id);
}

std::string render_rows(const std::vector<Rows>& runs) {
  std::string out;
  // A re-forecast from a status adds its columns; every other CSV keeps its schema.
  const bool tracked = std::any_of(runs.begin(), runs.end(),
                                   [](const Rows& run) { return run.timeline->as_of.has_value(); });
  const bool with_monte_carlo = !runs.empty() && runs.front().monte_carlo != nullptr;
  header(out, tracked, with_monte_carlo);
  std::size_t rows = 0;
  for (const auto& run : runs)
    rows += run.timeline->tasks.size();
  out.reserve(out.size() + rows * 160);
  RowWriter row(out);
  for (const auto& run : runs) {
    const std::string scenario = analysis::scenario_id_of(*run.timeline);
    for (std::size_t i = 0; i < run.timeline->tasks.size(); ++i) {
      task_row(row, run, scenario, i, tracked);
      row.end();
    }
  }
  return out;
}

}  // namespace

std::string render_csv(const analysis::ScheduledScenario& run) {
  return render_rows({{&run.pathway, &run.timeline}});
}

std::string render_csv(const analysis::Comparison& comparison,
                       const std::vector<analysis::SimulationSummary>& monte_carlo) {
  const bool with = monte_carlo.size() == comparison.scenarios.size() + 1;
  std::vector<Rows> runs{{&comparison.baseline.pathway, &comparison.baseline.timeline,
                          with ? &monte_carlo[0] : nullptr}};
  for (std::size_t s = 0; s < comparison.scenarios.size(); ++s) {
    runs.push_back({&comparison.scenarios[s].scenario.pathway,
                    &comparison.scenarios[s].scenario.timeline,
                    with ? &monte_carlo[s + 1] : nullptr});
  }
  return render_rows(runs);
}

std::string render_csv(const sim::PortfolioResult& portfolio, const model::Pathway& pathway) {
  std::vector<Rows> runs;
  runs.reserve(portfolio.applications.size());
  for (const auto& timeline : portfolio.applications)
    runs.push_back({&pathway, &timeline});
  return render_rows(runs);
}

}  // namespace regsim::report
