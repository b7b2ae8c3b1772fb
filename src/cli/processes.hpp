// The processes of one `regsim` command: one, or the ranks of `mpirun -np K` in a build
// with -DREGSIM_WITH_MPI=ON (docs/scale-out.md). MPI itself lives in src/cli/mpi/.
#pragma once

#include <exception>
#include <iosfwd>
#include <memory>
#include <string>

#include "regsim/error.hpp"
#include "regsim/sim/processes.hpp"

namespace regsim::cli {

/// The ranks of an MPI run, as the library sees them (sim::Processes), plus the end of the
/// run that every rank reaches, however its command ended.
class RunProcesses : public sim::Processes {
 public:
  /// Collective end of the command: every rank calls it once with its exit code and, on a
  /// rank other than 0, what it would have printed on stderr. Rank 0 waits for every rank
  /// (answering any still waiting for results with a stop); when it succeeded and another
  /// rank failed, it prints that rank's message on stderr and takes its code. Returns the
  /// exit code of the whole run, the same on every rank.
  virtual int finish(int code, const std::string& message) = 0;
};

/// The ranks of this run when it was started by mpirun and regsim was built with MPI;
/// null otherwise (no MPI call is made: the binary behaves as one process).
std::unique_ptr<RunProcesses> start_processes(int& argc, char**& argv);

/// Prints on `err` what the failure of a command says (diagnostics, "regsim: error: ...")
/// and returns its exit code. Defined in main.cpp, the one place where exceptions become
/// exit codes; a rank other than 0 sends the text to rank 0 instead of printing it.
int report_failure(std::exception_ptr failure, std::ostream& err);

/// What another rank's failure becomes on this one: its exit code, and on rank 0 the text
/// that rank would have printed, printed as it is.
class RankFailed : public Error {
 public:
  RankFailed(int rank, int code, const std::string& text)
      : Error(text, static_cast<ExitCode>(code)), rank_(rank) {}
  int rank() const noexcept { return rank_; }

 private:
  int rank_;
};

}  // namespace regsim::cli
