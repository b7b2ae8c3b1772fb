// Without -DREGSIM_WITH_MPI=ON there are no ranks: every command is one process.
#include "processes.hpp"

#ifndef REGSIM_WITH_MPI
namespace regsim::cli {

std::unique_ptr<RunProcesses> start_processes(int& /*argc*/, char**& /*argv*/) {
  return nullptr;
}

}  // namespace regsim::cli
#endif
