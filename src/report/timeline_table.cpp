#include "regsim/report/timeline_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "export_text.hpp"
#include "layout.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {
namespace {

constexpr int minimum_id_width = 8;

std::string fit(const std::string& text, std::size_t width) {
  if (text.size() <= width) return text;
  if (width == 0) return {};
  return text.substr(0, width - 1) + "~";
}

std::string without_trailing_spaces(std::string line) {
  while (!line.empty() && line.back() == ' ')
    line.pop_back();
  return line;
}

std::string marks(const sim::TaskTiming& task) {
  if (task.skipped) return "skipped";
  // With a status: A actual (done), > in progress; a planned task has no mark.
  std::string out = task.progress == sim::Progress::done          ? "A "
                    : task.progress == sim::Progress::in_progress ? "> "
                                                                  : "";
  out += task.driving ? "D" : "";
  if (task.critical) out += "*";
  if (task.rounds > 1) out += (out.empty() ? "" : " ") + fmt::format("x{}", task.rounds);
  return without_trailing_spaces(out);
}

// The figure columns after the task id. A narrow width drops the least telling first
// (`drop`: 1 goes first; 0 never), and the legend says which.
struct Figure {
  const char* heading;
  int width;
  int drop;
  int (*value)(const sim::TaskTiming&);
};
constexpr std::array<Figure, 6> figures{{
    {"days", 4, 0, [](const sim::TaskTiming& t) { return t.calendar_days; }},
    {"wd", 4, 1, [](const sim::TaskTiming& t) { return t.working_days; }},
    {"clock", 5, 0, [](const sim::TaskTiming& t) { return t.clock_days; }},
    {"pool", 4, 3, [](const sim::TaskTiming& t) { return t.resource_wait_days; }},
    {"sit", 4, 2, [](const sim::TaskTiming& t) { return t.sitting_wait_days; }},
    {"float", 5, 4, [](const sim::TaskTiming& t) { return t.total_float_days; }},
}};
constexpr int date_columns = 2 * (2 + 10);

struct Plan {
  int full_width = 0;  ///< what every column needs, with ids cut to 8 columns at most
  std::size_t id_width = 4;
  std::array<bool, figures.size()> shown{};
  std::vector<std::string> dropped;
};

// The widest layout that fits: ids cut down to 8 columns first, then figures dropped.
Plan plan_table(const sim::Timeline& timeline, int width) {
  std::size_t longest = 4, marks_width = 0;
  for (const auto& task : timeline.tasks) {
    longest = std::max(longest, task.task_id.size());
    marks_width = std::max(marks_width, marks(task).size());
  }
  Plan plan;
  plan.shown.fill(true);
  auto room = [&] {
    int used = date_columns + (marks_width > 0 ? 2 + static_cast<int>(marks_width) : 0);
    for (std::size_t f = 0; f < figures.size(); ++f)
      used += plan.shown[f] ? 2 + figures[f].width : 0;
    return width - used;
  };
  plan.full_width = width - room() + std::min<int>(static_cast<int>(longest), minimum_id_width);
  for (int rank = 1; rank <= 4; ++rank) {
    if (room() >= std::min<int>(static_cast<int>(longest), minimum_id_width)) break;
    for (std::size_t f = 0; f < figures.size(); ++f) {
      if (figures[f].drop == rank) {
        plan.shown[f] = false;
        plan.dropped.emplace_back(figures[f].heading);
      }
    }
  }
  plan.id_width =
      std::min<std::size_t>(longest, static_cast<std::size_t>(std::max(minimum_id_width, room())));
  return plan;
}

std::string task_row(const Plan& plan, const std::string& id, const std::string& start,
                     const std::string& finish, const std::vector<std::string>& values,
                     const std::string& mark) {
  std::string row =
      fmt::format("{:<{}}  {:<10}  {:<10}", fit(id, plan.id_width), plan.id_width, start, finish);
  for (std::size_t f = 0, v = 0; f < figures.size(); ++f) {
    if (!plan.shown[f]) continue;
    row += fmt::format("  {:>{}}", values[v++], figures[f].width);
  }
  return without_trailing_spaces(row + "  " + mark) + '\n';
}

void append_wrapped(std::string& out, std::string_view text, int width) {
  TextOptions options;
  options.width = width;
  options.ascii = true;
  for (const auto& line : detail::wrap(text, width, 2, options))
    out += line + '\n';
}

// One line per task whose slip just past its float misses a sitting (docs/guide.md).
void append_cut_offs(std::string& out, const sim::Timeline& timeline, int width) {
  bool first = true;
  for (const auto& task : timeline.tasks) {
    if (!task.cut_off) continue;
    if (first) {
      out += '\n';
      append_wrapped(out, "sitting cut-offs: float, then what one day more costs the end", width);
    }
    first = false;
    append_wrapped(out, detail::cut_off_sentence(task.task_id, *task.cut_off), width);
  }
}

void append_deadlines(std::string& out, const sim::Timeline& timeline, std::size_t id_width,
                      int width) {
  if (timeline.deadlines.empty()) return;
  std::size_t name_width = 8;
  for (const auto& deadline : timeline.deadlines)
    name_width = std::max(name_width, deadline.deadline_id.size());
  name_width = std::min(name_width, std::max<std::size_t>(id_width, minimum_id_width));
  // The table takes the names plus 59 columns; narrower, one wrapped sentence each.
  if (static_cast<int>(name_width) + 59 > width) {
    out += "\ndeadlines\n";
    for (const auto& deadline : timeline.deadlines) {
      append_wrapped(out,
                     fmt::format("{}: {} {}, used {}, margin {:+d}, due {}: {}",
                                 deadline.deadline_id, deadline.limit,
                                 model::to_string(deadline.basis), deadline.used, deadline.margin,
                                 calendar::to_iso(deadline.due), deadline.met ? "met" : "MISSED"),
                     width);
    }
    return;
  }
  out += fmt::format("\n{:<{}}  {:<13}  {:>6}  {:>6}  {:>6}  {:<10}  {}\n", "deadline", name_width,
                     "basis", "limit", "used", "margin", "due", "result");
  for (const auto& deadline : timeline.deadlines) {
    out += fmt::format(
        "{:<{}}  {:<13}  {:>6}  {:>6}  {:>+6}  {:<10}  {}\n", fit(deadline.deadline_id, name_width),
        name_width, model::to_string(deadline.basis), deadline.limit, deadline.used,
        deadline.margin, calendar::to_iso(deadline.due), deadline.met ? "met" : "MISSED");
  }
}

}  // namespace

std::string render_timeline_table(const sim::Timeline& timeline, const TextOptions& options) {
  const int width = options.width;
  const Plan plan = plan_table(timeline, width);
  std::string out;
  append_wrapped(out, fmt::format("{} ({})", timeline.pathway_id, timeline.scenario_id), width);
  append_wrapped(out,
                 fmt::format("{} -> {}: {} calendar days, {} working days, {} clock days",
                             calendar::to_iso(timeline.start), calendar::to_iso(timeline.finish),
                             timeline.calendar_days, timeline.working_days, timeline.clock_days),
                 width);
  if (timeline.as_of) {
    append_wrapped(out,
                   fmt::format("as of {}: actual dates up to it, forecast after it",
                               calendar::to_iso(*timeline.as_of)),
                   width);
  }
  out += '\n';
  std::vector<std::string> headings;
  for (std::size_t f = 0; f < figures.size(); ++f) {
    if (plan.shown[f]) headings.emplace_back(figures[f].heading);
  }
  out += task_row(plan, "task", "start", "finish", headings, "");
  for (const auto& task : timeline.tasks) {
    std::vector<std::string> values;
    for (std::size_t f = 0; f < figures.size(); ++f) {
      if (plan.shown[f]) values.push_back(std::to_string(figures[f].value(task)));
    }
    out += task_row(plan, task.task_id, calendar::to_iso(task.start), calendar::to_iso(task.finish),
                    values, marks(task));
  }
  std::string legend =
      "D driving path; * critical (no float); pool/sit: days waiting for a pool or a "
      "sitting; xN: rounds";
  if (timeline.as_of) legend += "; A done, > in progress (actual dates)";
  if (!plan.dropped.empty()) {
    std::string names;
    for (const auto& name : plan.dropped)
      names += (names.empty() ? "" : ", ") + name;
    legend += fmt::format("; not shown at this width: {} (--width {} shows them)", names,
                          plan.full_width);
  }
  append_wrapped(out, legend, width);
  append_cut_offs(out, timeline, width);
  append_deadlines(out, timeline, plan.id_width, width);
  return out;
}

std::string render_variance_table(const analysis::ScheduledScenario& run, int width) {
  if (!run.plan || !run.timeline.as_of) return {};
  const auto& forecast = run.timeline;
  const auto& plan = *run.plan;
  struct Line {
    std::string name;
    calendar::Date planned, forecast;
  };
  std::vector<Line> lines;
  for (std::size_t t = 0; t < forecast.tasks.size() && t < plan.tasks.size(); ++t) {
    const auto* task = run.task(t);
    if (task == nullptr || task->kind != model::TaskKind::milestone) continue;
    if (forecast.tasks[t].skipped || plan.tasks[t].skipped) continue;
    lines.push_back({forecast.tasks[t].task_id, plan.tasks[t].finish, forecast.tasks[t].finish});
  }
  lines.push_back({"end", plan.finish, forecast.finish});
  std::size_t name_width = 9;
  for (const auto& line : lines)
    name_width = std::max(name_width, line.name.size());
  name_width = std::min<std::size_t>(name_width, static_cast<std::size_t>(std::max(8, width - 36)));
  std::string out;
  append_wrapped(out, "variance against the plan without the status (calendar days; + is late)",
                 width);
  out += fmt::format("{:<{}}  {:<10}  {:<10}  {:>8}\n", "milestone", name_width, "planned",
                     "forecast", "variance");
  for (const auto& line : lines) {
    const int days = calendar::days_between(line.planned, line.forecast);
    out += fmt::format("{:<{}}  {:<10}  {:<10}  {:>8}\n", fit(line.name, name_width), name_width,
                       calendar::to_iso(line.planned), calendar::to_iso(line.forecast),
                       days == 0 ? "0" : fmt::format("{:+d}", days));
  }
  return out;
}

std::string render_pool_table(const std::vector<sim::PoolStatistics>& pools, int width) {
  if (pools.empty()) return {};
  std::size_t name_width = 4;
  for (const auto& pool : pools)
    name_width = std::max(name_width, pool.pool_id.size());
  // Full headings need the names plus 62 columns; short ones 38.
  const bool narrow = static_cast<int>(name_width) + 62 > width;
  if (narrow) name_width = std::min<std::size_t>(name_width, std::max(4, width - 38));
  const auto row = [&](const std::string& name, const std::array<std::string, 6>& cells) {
    const std::array<int, 6> widths =
        narrow ? std::array<int, 6>{3, 4, 6, 5, 4, 4} : std::array<int, 6>{8, 8, 6, 9, 8, 11};
    std::string line = fmt::format("{:<{}}", fit(name, name_width), name_width);
    for (std::size_t c = 0; c < cells.size(); ++c)
      line += fmt::format("  {:>{}}", cells[c], widths[c]);
    return line + '\n';
  };
  std::string out =
      narrow
          ? row("pool", {"cap", "reqs", "waited", "mean", "max", "util"})
          : row("pool", {"capacity", "requests", "waited", "mean wait", "max wait", "utilisation"});
  for (const auto& pool : pools) {
    out +=
        row(pool.pool_id,
            {std::to_string(pool.capacity), std::to_string(pool.requests),
             std::to_string(pool.waited), fmt::format("{:.1f}", pool.mean_wait_days),
             std::to_string(pool.max_wait_days), fmt::format("{:.0f}%", pool.utilisation * 100.0)});
  }
  if (narrow) {
    append_wrapped(out, "cap: capacity; reqs: requests; mean, max: days waited; util: utilisation",
                   width);
  }
  return out;
}

std::string render_portfolio_table(const sim::PortfolioResult& portfolio,
                                   const TextOptions& options) {
  std::string out;
  if (!portfolio.applications.empty()) {
    const auto& first = portfolio.applications.front();
    append_wrapped(out,
                   fmt::format("{} ({}): {} applications", first.pathway_id, first.scenario_id,
                               portfolio.applications.size()),
                   options.width);
    out += '\n';
  }
  // "pool wait" where there is room, "wait" where there is not.
  const int app_width =
      std::max<int>(3, static_cast<int>(std::to_string(portfolio.applications.size()).size()));
  const bool narrow = app_width + 2 + 10 + 2 + 10 + 2 + 5 + 2 + 5 + 2 + 9 + 2 + 9 > options.width;
  const char* wait_heading = narrow ? "wait" : "pool wait";
  const int wait_width = narrow ? 4 : 9;
  // With classes, each application's class after its number.
  std::size_t class_width = 0;
  for (const auto& id : portfolio.classes)
    class_width = std::max(class_width, std::max<std::size_t>(id.size(), 5));
  const auto class_cell = [&](std::string_view id) {
    return class_width == 0 ? std::string() : fmt::format("  {:<{}}", id, class_width);
  };
  out +=
      without_trailing_spaces(fmt::format("{:>{}}{}  {:<10}  {:<10}  {:>5}  {:>5}  {:>{}}  {}",
                                          "app", app_width, class_cell("class"), "start", "finish",
                                          "days", "clock", wait_heading, wait_width, "deadlines")) +
      '\n';
  for (std::size_t a = 0; a < portfolio.applications.size(); ++a) {
    const auto& timeline = portfolio.applications[a];
    int wait = 0;
    for (const auto& task : timeline.tasks)
      wait += task.resource_wait_days;
    int met = 0;
    for (const auto& deadline : timeline.deadlines)
      met += deadline.met ? 1 : 0;
    const std::string deadlines =
        timeline.deadlines.empty() ? "-" : fmt::format("{}/{} met", met, timeline.deadlines.size());
    out +=
        fmt::format("{:>{}}{}  {:<10}  {:<10}  {:>5}  {:>5}  {:>{}}  {}\n", timeline.application,
                    app_width, class_cell(a < portfolio.classes.size() ? portfolio.classes[a] : ""),
                    calendar::to_iso(timeline.start), calendar::to_iso(timeline.finish),
                    timeline.calendar_days, timeline.clock_days, wait, wait_width, deadlines);
  }
  for (std::size_t a = 0; a < portfolio.applications.size(); ++a) {
    const auto& timeline = portfolio.applications[a];
    out += a < portfolio.classes.size()
               ? fmt::format("\napplication {} ({}): ", timeline.application, portfolio.classes[a])
               : fmt::format("\napplication {}: ", timeline.application);
    out += render_timeline_table(timeline, options);
  }
  if (!portfolio.pools.empty()) out += "\n" + render_pool_table(portfolio.pools, options.width);
  return out;
}

}  // namespace regsim::report
