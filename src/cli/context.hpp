// What every sub-command of the `regsim` binary shares: streams, terminal facts, output.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "regsim/io/folder_policy.hpp"
#include "regsim/model/pathway.hpp"
#include "regsim/sim/processes.hpp"

namespace CLI {
class App;
}

namespace regsim::cli {

/// Facts about the process the sub-commands need; filled once in main().
struct Context {
  std::ostream& out;
  std::ostream& err;
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;
  bool color = false;  ///< stdout is a terminal and NO_COLOR is not set
  /// Held while a command runs with --allow-outside: files may name files anywhere.
  std::optional<io::FolderScope> outside_allowed;
  /// Under `mpirun -np K` (K > 1): the ranks that share Monte Carlo runs (docs/scale-out.md).
  const sim::Processes* processes = nullptr;
  /// False on every MPI rank but 0: the command runs, but writes no output and no file.
  bool writes_output = true;
};

/// Writes `text` to stdout, or atomically to `output_path` when it is not empty.
void emit(Context& context, const std::string& output_path, const std::string& text);

/// Refuses (UsageError) to send the bytes of a binary format such as xlsx to a terminal:
/// the user meant `-o FILE` or a redirection. Called before any work is done.
void refuse_binary_on_terminal(const Context& context, const std::string& output_path,
                               const std::string& format);

/// `text` with the UTF-8 byte-order mark in front when `bom` is set (--csv-bom), which
/// only a CSV takes: UsageError when `bom` is set and `format` is not "csv".
std::string with_csv_bom(bool bom, const std::string& format, std::string text);
/// Reads the pathway a FILE argument names (a path or a bundled name, as
/// io::resolve_pathway_argument resolves it) and notes the file and every file it
/// includes as inputs, which no output of the command may overwrite.
model::Pathway read_pathway_input(const std::string& argument);

/// Notes the file `pathway` was read from and every file it included (named by its tasks
/// and scenarios) as inputs (note_input_file).
void note_pathway_files(const model::Pathway& pathway);

}  // namespace regsim::cli
