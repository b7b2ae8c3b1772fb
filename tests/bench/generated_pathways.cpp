#include "generated_pathways.hpp"

#include <string>

#include "regsim/io/calendar_library.hpp"

namespace regsim_bench {
namespace {

using regsim::calendar::DurationUnit;
namespace model = regsim::model;

int pattern(int a, int b, int modulus) {
  const long value = (static_cast<long>(a) * 7919 + static_cast<long>(b) * 104729 + 12345) % 2147483647;
  return static_cast<int>((value * 48271) % 2147483647 % modulus) + 1;
}

model::Task task_of(std::string id, int amount, DurationUnit unit, bool uncertain) {
  model::Task task;
  task.id = std::move(id);
  task.duration.unit = unit;
  if (uncertain) {
    const double mode = amount;
    task.duration.distribution = model::Triangular{mode * 0.7, mode, mode * 1.6};
  } else {
    task.duration.distribution = model::Fixed{static_cast<double>(amount)};
  }
  return task;
}

}  // namespace

model::Pathway gated_chains(int chains, int stages, int gate_every, bool uncertain) {
  model::Pathway pathway;
  pathway.id = "bench/gated-chains";
  pathway.title = "Generated gated chains";
  pathway.calendar = "kr";
  pathway.calendars.emplace("kr", regsim::io::load_calendar("kr").calendar);
  pathway.start = regsim::calendar::Date(2026, 1, 5);
  const auto stage_id = [](int chain, int stage) {
    return "c" + std::to_string(chain) + "_s" + std::to_string(stage);
  };
  for (int chain = 1; chain <= chains; ++chain) {
    for (int stage = 1; stage <= stages; ++stage) {
      pathway.tasks.push_back(task_of(stage_id(chain, stage), pattern(chain, stage, 10),
                                      DurationUnit::working_days, uncertain));
    }
  }
  for (int gate = 1; gate <= stages / gate_every; ++gate) {
    auto milestone = task_of("gate" + std::to_string(gate), 0, DurationUnit::calendar_days, false);
    milestone.kind = model::TaskKind::milestone;
    pathway.tasks.push_back(milestone);
  }
  for (int chain = 1; chain <= chains; ++chain) {
    for (int stage = 2; stage <= stages; ++stage) {
      const bool after_gate = (stage - 1) % gate_every == 0;
      pathway.dependencies.push_back(
          {after_gate ? "gate" + std::to_string((stage - 1) / gate_every) : stage_id(chain, stage - 1),
           stage_id(chain, stage), model::DependencyType::finish_to_start, {}, {}});
    }
    for (int gate = 1; gate <= stages / gate_every; ++gate) {
      pathway.dependencies.push_back({stage_id(chain, gate * gate_every), "gate" + std::to_string(gate),
                                      model::DependencyType::finish_to_start, {}, {}});
    }
  }
  return pathway;
}

model::Pathway single_chain(int tasks) {
  model::Pathway pathway;
  pathway.id = "bench/chain";
  pathway.title = "Generated chain";
  pathway.calendars.emplace("weekdays", regsim::calendar::Calendar());
  pathway.start = regsim::calendar::Date(2026, 1, 5);
  for (int index = 0; index < tasks; ++index) {
    pathway.tasks.push_back(task_of("t" + std::to_string(index), pattern(index, 3, 5),
                                    DurationUnit::calendar_days, false));
    if (index > 0) {
      pathway.dependencies.push_back({"t" + std::to_string(index - 1), "t" + std::to_string(index),
                                      model::DependencyType::finish_to_start, {}, {}});
    }
  }
  return pathway;
}

}  // namespace regsim_bench
