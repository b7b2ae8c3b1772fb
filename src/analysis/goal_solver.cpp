// solve_time_cost: the critical-path constraints of a schedule as a GLPK MIP. Spans come
// from the engine's schedule (sittings, pools and calendars included at the free end);
// the caller re-runs the engine on the answer and tightens the bounds where it disagrees.
#include "goal_solver.hpp"

#include <glpk.h>

#include <cmath>
#include <memory>

#include "goal_levers.hpp"

namespace regsim::analysis::detail {
namespace {

using model::LeverKind;

double calendar_days_per(calendar::DurationUnit unit) {
  switch (unit) {
    case calendar::DurationUnit::calendar_days:
      return 1;
    case calendar::DurationUnit::working_days:
      return 7.0 / 5.0;
    case calendar::DurationUnit::weeks:
      return 7;
    case calendar::DurationUnit::months:
      return 30.44;
  }
  return 1;
}

// The rows and columns of the MIP, built as GLPK's triplets (1-based).
class Programme {
 public:
  Programme() : problem_(glp_create_prob(), glp_delete_prob) {
    glp_set_obj_dir(problem_.get(), GLP_MIN);
  }

  int column(double low, double high, bool integer, double cost) {
    const int c = glp_add_cols(problem_.get(), 1);
    glp_set_col_bnds(problem_.get(), c, low == high ? GLP_FX : (high < 0 ? GLP_LO : GLP_DB), low,
                     high);
    if (integer) glp_set_col_kind(problem_.get(), c, GLP_IV);
    glp_set_obj_coef(problem_.get(), c, cost);
    return c;
  }

  // sum(coefficient x column) >= low (at_least) or <= bound.
  void row(const std::vector<std::pair<int, double>>& terms, double bound, bool at_least) {
    const int r = glp_add_rows(problem_.get(), 1);
    glp_set_row_bnds(problem_.get(), r, at_least ? GLP_LO : GLP_UP, bound, bound);
    for (const auto& [c, coefficient] : terms) {
      rows_.push_back(r);
      columns_.push_back(c);
      values_.push_back(coefficient);
    }
  }

  std::optional<std::vector<double>> solve() {
    glp_load_matrix(problem_.get(), static_cast<int>(values_.size()) - 1, rows_.data(),
                    columns_.data(), values_.data());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    if (glp_intopt(problem_.get(), &parameters) != 0) return std::nullopt;
    if (glp_mip_status(problem_.get()) != GLP_OPT) return std::nullopt;
    std::vector<double> values(static_cast<std::size_t>(glp_get_num_cols(problem_.get())) + 1);
    for (int c = 1; c < static_cast<int>(values.size()); ++c)
      values[static_cast<std::size_t>(c)] = glp_mip_col_val(problem_.get(), c);
    return values;
  }

 private:
  std::unique_ptr<glp_prob, void (*)(glp_prob*)> problem_;
  // GLPK's arrays start at index 1: element 0 is a placeholder.
  std::vector<int> rows_{0};
  std::vector<int> columns_{0};
  std::vector<double> values_{0};
};

// Calendar days a lever takes off its task per grid point.
double days_per_point(const model::GoalLever& lever, const model::Task& task) {
  const double per_unit = calendar_days_per(task.duration.unit);
  if (lever.kind == LeverKind::duration_shorten) return per_unit * lever.step;
  return per_unit * model::point_estimate(task.duration.distribution) * lever.step;
}

}  // namespace

bool time_cost_applies(const model::Goal& goal) {
  for (const auto& target : goal.targets) {
    if (target.kind != model::TargetKind::days) return false;
  }
  for (const auto& lever : goal.levers) {
    if (lever.kind != LeverKind::duration_shorten && lever.kind != LeverKind::duration_scale)
      return false;
  }
  return true;
}

std::optional<std::vector<int>> solve_time_cost(const model::Pathway& pathway,
                                                const sim::Timeline& timeline,
                                                const model::Goal& goal,
                                                const std::vector<double>& bounds) {
  glp_term_out(GLP_OFF);
  Programme programme;
  const std::size_t n = pathway.tasks.size();
  std::vector<int> start(n), finish(n);
  std::vector<bool> has_predecessor(n, false);
  for (const auto& d : pathway.dependencies) {
    for (std::size_t i = 0; i < n; ++i) {
      if (pathway.tasks[i].id == d.to) has_predecessor[i] = true;
    }
  }
  std::vector<double> span(n, 0);
  std::vector<bool> happened(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const auto* timing = timeline.find(pathway.tasks[i].id);
    happened[i] = timing && !timing->skipped;
    double earliest = 0;
    if (timing) {
      earliest = calendar::days_between(timeline.start, timing->start);
      span[i] = happened[i] ? calendar::days_between(timing->start, timing->finish) : 0;
    }
    // A task without predecessors starts where the schedule started it (its start date).
    start[i] = programme.column(has_predecessor[i] ? 0 : earliest, -1, false, 0);
    finish[i] = programme.column(0, -1, false, 0);
  }
  std::vector<int> points(goal.levers.size());
  std::vector<std::vector<std::pair<int, double>>> duration_terms(n);
  for (std::size_t l = 0; l < goal.levers.size(); ++l) {
    const auto& lever = goal.levers[l];
    const double per_point = lever_cost(lever, 1) - lever_cost(lever, 0);
    points[l] = programme.column(0, steps(lever), true, per_point);
    for (std::size_t i = 0; i < n; ++i) {
      if (pathway.tasks[i].id != lever.task || !happened[i]) continue;
      duration_terms[i].push_back({points[l], days_per_point(lever, pathway.tasks[i])});
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    auto terms = duration_terms[i];
    terms.push_back({finish[i], 1});
    terms.push_back({start[i], -1});
    programme.row(terms, span[i], true);
    programme.row({{finish[i], 1}, {start[i], -1}}, 0, true);
  }
  const auto index = [&](const std::string& id) {
    for (std::size_t i = 0; i < n; ++i) {
      if (pathway.tasks[i].id == id) return i;
    }
    return n;
  };
  for (const auto& d : pathway.dependencies) {
    const std::size_t from = index(d.from), to = index(d.to);
    if (from == n || to == n) continue;
    const double lag = d.lag.amount * calendar_days_per(d.lag.unit);
    const bool from_start = d.type == model::DependencyType::start_to_start ||
                            d.type == model::DependencyType::start_to_finish;
    const bool to_finish = d.type == model::DependencyType::finish_to_finish ||
                           d.type == model::DependencyType::start_to_finish;
    programme.row(
        {{to_finish ? finish[to] : start[to], 1}, {from_start ? start[from] : finish[from], -1}},
        lag, true);
  }
  for (std::size_t t = 0; t < goal.targets.size(); ++t) {
    const std::size_t m = index(goal.targets[t].milestone);
    if (m < n) programme.row({{finish[m], 1}}, bounds[t], false);
  }
  const auto solution = programme.solve();
  if (!solution) return std::nullopt;
  std::vector<int> answer;
  for (const int column : points)
    answer.push_back(static_cast<int>(std::lround((*solution)[static_cast<std::size_t>(column)])));
  return answer;
}

}  // namespace regsim::analysis::detail
