#include "commands.hpp"

#include <CLI/CLI.hpp>

namespace regsim::cli {

void register_all_commands(CLI::App& app, Context& context) {
  (void)app;
  (void)context;
}

}  // namespace regsim::cli
