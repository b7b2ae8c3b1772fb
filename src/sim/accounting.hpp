// Turning the engine's raw dates into timelines: clocks, float, deadlines.
#pragma once

#include "compiled_pathway.hpp"
#include "engine.hpp"
#include "regsim/sim/timeline.hpp"

namespace regsim::sim::detail {

/// The timeline of application `application` of an engine run.
Timeline build_timeline(const CompiledPathway& pathway, const EngineResult& result,
                        std::size_t application);

/// Queue statistics of every pool over a portfolio run.
std::vector<PoolStatistics> build_pool_statistics(const CompiledPathway& pathway,
                                                  const EngineResult& result);

}  // namespace regsim::sim::detail
