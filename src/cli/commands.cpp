#include "commands.hpp"

#include <CLI/CLI.hpp>

namespace regsim::cli {

void register_all_commands(CLI::App& app, Context& context) {
  add_list_command(app, context);
  add_validate_command(app, context);
  add_schedule_command(app, context);
  add_calendar_command(app, context);
  add_simulate_command(app, context);
  add_check_command(app, context);
  add_baseline_command(app, context);
  add_compare_command(app, context);
}

}  // namespace regsim::cli
