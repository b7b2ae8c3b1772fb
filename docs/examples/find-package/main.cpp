// Schedules a bundled pathway (or a pathway file) and prints when it finishes.
#include <iostream>
#include <regsim/error.hpp>
#include <regsim/graph/scenario.hpp>
#include <regsim/io/bundled.hpp>
#include <regsim/io/pathway_reader.hpp>
#include <regsim/sim/scheduler.hpp>
#include <string>

int main(int argc, char** argv) {
  const std::string name = argc > 1 ? argv[1] : "kr/biosimilar";
  const std::string scenario = argc > 2 ? argv[2] : regsim::model::baseline_scenario;
  try {
    const auto pathway = regsim::io::read_pathway(regsim::io::resolve_pathway_argument(name));
    const auto timeline = regsim::sim::schedule(regsim::graph::apply_scenario(pathway, scenario));
    std::cout << pathway.id << " [" << timeline.scenario_id << "] finishes on "
              << regsim::calendar::to_iso(timeline.finish) << ", " << timeline.calendar_days
              << " calendar days after " << regsim::calendar::to_iso(timeline.start) << '\n';
    return 0;
  } catch (const regsim::InputError& error) {
    std::cerr << regsim::render_diagnostics(error.diagnostics()) << '\n';
  } catch (const regsim::Error& error) {
    std::cerr << "error: " << error.what() << '\n';
  }
  return 2;
}
