#include "regsim/io/simulation_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "regsim/version.hpp"

namespace regsim::io {
namespace {

using nlohmann::ordered_json;

double rounded(double value, double scale) {
  const double result = std::round(value * scale) / scale;
  return result == 0 ? 0.0 : result;  // no "-0.0" in the output
}
double fraction(double value) {
  return rounded(value, 1e6);
}
double days(double value) {
  return rounded(value, 1e3);
}

std::string date_after(calendar::Date start, int offset) {
  return calendar::to_iso(start + boost::gregorian::days(offset));
}

ordered_json milestone_json(const analysis::MilestoneSummary& m, calendar::Date start) {
  ordered_json out;
  out["id"] = m.id;
  out["name"] = m.name;
  out["reached"] = m.reached;
  out["probability"] = fraction(m.probability);
  if (m.reached == 0) {
    // No run reached it: every statistic would be made up.
    out["mean_days"] = nullptr;
    out["sd_days"] = nullptr;
    out["min_days"] = nullptr;
    out["max_days"] = nullptr;
    out["percentiles"] = ordered_json::object();
  } else {
    out["mean_days"] = days(m.mean_days);
    out["sd_days"] = days(m.sd_days);
    out["min_days"] = m.min_days;
    out["max_days"] = m.max_days;
    ordered_json percentiles;
    const std::pair<const char*, int> points[] = {
        {"p10", m.p10}, {"p50", m.p50}, {"p80", m.p80}, {"p90", m.p90}};
    for (const auto& [key, value] : points) {
      percentiles[key] = {{"days", value}, {"date", date_after(start, value)}};
    }
    out["percentiles"] = percentiles;
  }
  out["histogram"] = ordered_json::array();
  for (const auto& bin : m.histogram) {
    out["histogram"].push_back(
        {{"from_days", bin.from_days}, {"to_days", bin.to_days}, {"count", bin.count}});
  }
  out["s_curve"] = ordered_json::array();
  for (const auto& point : m.s_curve) {
    out["s_curve"].push_back({{"days", point.days},
                              {"date", date_after(start, point.days)},
                              {"probability", fraction(point.probability)}});
  }
  return out;
}

}  // namespace

std::string simulation_to_json(const analysis::SimulationSummary& summary, int indent) {
  ordered_json out;
  out["schema"] = simulation_schema;
  out["version"] = 1;
  out["regsim"] = version_string;
  out["pathway"] = summary.pathway_id;
  out["title"] = summary.title;
  out["scenario"] = summary.scenario_id;
  out["seed"] = summary.seed;
  out["requested_runs"] = summary.requested_runs;
  out["runs"] = summary.runs;
  out["stopped_early"] = summary.stopped_early;
  out["start"] = calendar::to_iso(summary.start);
  out["percentile_method"] = "nearest-rank";
  out["end"] = milestone_json(summary.end, summary.start);
  out["milestones"] = ordered_json::array();
  for (const auto& m : summary.milestones)
    out["milestones"].push_back(milestone_json(m, summary.start));
  out["deadlines"] = ordered_json::array();
  for (const auto& d : summary.deadlines) {
    out["deadlines"].push_back({{"id", d.id},
                                {"name", d.name},
                                {"limit", d.limit},
                                {"basis", std::string(model::to_string(d.basis))},
                                {"met", d.met},
                                {"probability", fraction(d.probability)}});
  }
  out["tasks"] = ordered_json::array();
  for (const auto& t : summary.tasks) {
    ordered_json task;
    task["id"] = t.id;
    task["name"] = t.name;
    task["happened"] = fraction(t.happened);
    task["criticality"] = fraction(t.criticality);
    task["mean_amount"] = days(t.mean_amount);
    task["unit"] = std::string(calendar::unit_suffix(t.unit));
    if (t.sensitivity) {
      task["sensitivity"] = fraction(*t.sensitivity);
    } else {
      task["sensitivity"] = nullptr;
    }
    out["tasks"].push_back(std::move(task));
  }
  return out.dump(indent) + "\n";
}

}  // namespace regsim::io
