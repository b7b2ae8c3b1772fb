// Generated pathways for the benchmarks: gated parallel chains and one long chain.
#pragma once

#include "regsim/model/pathway.hpp"

namespace regsim_bench {

/// `chains` parallel chains of `stages` working-day tasks (1-10 wd, a fixed pattern) on
/// the bundled `kr` calendar; every `gate_every` stages a gate milestone waits for all
/// chains and fans out to the next stage of each. `uncertain` gives every task a
/// triangular duration around its fixed value (for Monte Carlo).
regsim::model::Pathway gated_chains(int chains, int stages, int gate_every, bool uncertain = false);

/// One chain of `tasks` tasks of 1-5 calendar days each.
regsim::model::Pathway single_chain(int tasks);

}  // namespace regsim_bench
