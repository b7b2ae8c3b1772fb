// What every sub-command of the `regsim` binary shares: streams, terminal facts, output.
#pragma once

#include <iosfwd>
#include <string>

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
};

/// Writes `text` to stdout, or atomically to `output_path` when it is not empty.
void emit(Context& context, const std::string& output_path, const std::string& text);


}  // namespace regsim::cli
