// Fuzz target: a status file as `regsim schedule --status` reads it (docs/status.md), then
// checked against a small pathway with a branch and a rework loop and re-forecast from it,
// so that any actual dates the reader lets through reach the engine.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/sim/scheduler.hpp"
#include "regsim/sim/tracking.hpp"

namespace {

const regsim::model::Pathway& tracked_pathway() {
  static const regsim::model::Pathway pathway =
      regsim::io::read_pathway_from_string(R"(regsim: 1
id: fuzz/track
title: Tracked
start: 2026-01-05
tasks:
  - {id: submission, kind: milestone}
  - id: review
    duration: 30wd
    rework: {probability: 0.5, max_rounds: 2}
  - {id: no_advice, kind: milestone}
  - {id: expert_advice, duration: 15d}
  - {id: questions, kind: clock-stop, owner: applicant, duration: {triangular: [10d, 20d, 60d]}}
  - {id: approval, kind: milestone}
dependencies:
  - submission -> review
  - review -> no_advice
  - review -> expert_advice
  - review -> questions
  - questions -> approval
  - no_advice -> approval
  - expert_advice -> approval
branches:
  - id: advice
    outcomes:
      - {task: no_advice, probability: 0.7}
      - {task: expert_advice, probability: 0.3}
)",
                                           "fuzz/track.yaml");
  return pathway;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz-input/status.yaml";
  const auto& pathway = tracked_pathway();
  fuzz::expect_documented_outcome(file, text, [&] {
    const auto status = io::parse_status(text, file);
    const auto tracking = sim::resolve_status(status, pathway);
    sim::RunOptions options;
    options.tracking = &tracking;
    (void)sim::schedule(pathway, options);
  });
  return 0;
}
