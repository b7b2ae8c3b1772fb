// The sub-commands of `regsim`, each registered by one function defined in its own file.
#pragma once

#include "context.hpp"

namespace regsim::cli {

/// Registers every sub-command on `app` (defined in commands.cpp, in `--help` order).
void register_all_commands(CLI::App& app, Context& context);

/// Adds --allow-outside (io::FolderScope) to every command under `app`.
void add_allow_outside_flag(CLI::App& app, Context& context);

// One function per sub-command file; each adds its sub-command to `app` and its
// callback captures `context` by reference.
void add_list_command(CLI::App& app, Context& context);
void add_validate_command(CLI::App& app, Context& context);

/// `regsim calendar add|between|holidays` (calendar.cpp).
void add_calendar_command(CLI::App& app, Context& context);
/// `regsim simulate` (simulate.cpp).
void add_simulate_command(CLI::App& app, Context& context);
/// `regsim check EXPECTATIONS... [--junit PATH]` (check.cpp).
void add_check_command(CLI::App& app, Context& context);
/// `regsim goal FILE GOAL` (goal.cpp).
void add_goal_command(CLI::App& app, Context& context);
/// `regsim explain FILE --scenario S` (explain.cpp).
void add_explain_command(CLI::App& app, Context& context);
/// `regsim baseline save|diff` (baseline.cpp).
void add_baseline_command(CLI::App& app, Context& context);

/// `regsim schedule FILE` (schedule.cpp).
void add_schedule_command(CLI::App& app, Context& context);
/// `regsim compare` (compare.cpp).
void add_compare_command(CLI::App& app, Context& context);

}  // namespace regsim::cli
