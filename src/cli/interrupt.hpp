// Ctrl-C: every command stops with exit code 130 and never leaves a partial output file.
#pragma once

#include <atomic>
#include <string>

namespace regsim::cli {

/// Installs the SIGINT handler for the whole process (once, from main). Outside an
/// InterruptibleWork, Ctrl-C prints "regsim: interrupted" and exits 130 at once: output
/// files are written whole or not at all (write_output_file), so stopping anywhere is clean.
void install_interrupt_handler();

/// While alive, Ctrl-C does not end the process but raises flag(); the work polls it
/// (sim::MonteCarloOptions::cancel), joins its threads and throws regsim::Interrupted,
/// which main turns into exit code 130. For work that owns threads or a progress line.
/// A second Ctrl-C ends the process at once.
class InterruptibleWork {
 public:
  InterruptibleWork();
  ~InterruptibleWork();
  InterruptibleWork(const InterruptibleWork&) = delete;
  InterruptibleWork& operator=(const InterruptibleWork&) = delete;

  /// Set once Ctrl-C was pressed during this work.
  const std::atomic<bool>* flag() const noexcept;
};

/// Writes `text` to `path` by the output policy (write_file_atomically) after refusing a
/// path that is one of the inputs. A regular file is written with SIGINT, SIGTERM and
/// SIGHUP held back until it is in place, so that no signal strands a temporary file.
void write_output_file(const std::string& path, const std::string& text);

}  // namespace regsim::cli
