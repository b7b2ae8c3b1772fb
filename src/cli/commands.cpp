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
  add_goal_command(app, context);
  add_explain_command(app, context);
  add_allow_outside_flag(app, context);
}

void add_allow_outside_flag(CLI::App& app, Context& context) {
  for (CLI::App* command : app.get_subcommands({})) {
    if (!command->get_subcommands({}).empty()) {
      add_allow_outside_flag(*command, context);
      continue;
    }
    // Options are set before any command runs (CLI11 runs the callbacks after parsing).
    command->add_flag_callback(
        "--allow-outside", [&context] { context.outside_allowed.emplace("", true); },
        "read files that a file names (includes, calendars, sittings, an expectation's "
        "pathway) outside its folder tree and the bundled data too");
  }
}

}  // namespace regsim::cli
