// One pathway file as read, before includes are flattened and names resolved (internal).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "read_context.hpp"
#include "regsim/calendar/calendar.hpp"
#include "regsim/graph/references.hpp"
#include "regsim/io/sittings_library.hpp"
#include "regsim/model/pathway.hpp"
#include "yaml_tree.hpp"

namespace regsim::io::detail {

using graph::Reference;
using graph::ReferenceKind;

/// A user calendar from `calendars:`.
struct CalendarDefinition {
  std::string id;
  std::string base;  ///< a bundled calendar name; empty with `file`
  std::optional<calendar::Convention> convention;
  std::vector<calendar::Holiday> closures;
  std::filesystem::path file;  ///< resolved against the defining file's folder
  SourceLocation where;
  SourceLocation base_where;
};

/// An `include:` entry.
struct IncludeDirective {
  std::string file;
  std::string prefix;
  SourceLocation where;
};

/// Everything read from one file.
struct Document {
  model::Pathway pathway;
  std::vector<CalendarDefinition> calendars;
  std::vector<IncludeDirective> includes;
  SourceLocation include_where;  ///< the `include:` key
  std::vector<Reference> references;
  bool has_calendar = false;    ///< the file sets `calendar:`
  bool has_convention = false;  ///< the file sets `convention:`
  SourceLocation calendar_where;
};

/// Reads a whole pathway document (top level). `file` names it in diagnostics;
/// `directory` resolves relative calendar files.
Document read_document(const YamlNode& root, const std::string& file,
                       const std::filesystem::path& directory, ReadContext& context);

/// Reads the `tasks:` list (or a scenario's `add:`), recording references.
std::vector<model::Task> read_tasks(const YamlNode& node, std::string_view what,
                                    ReadContext& context, std::vector<Reference>& references);

/// Reads one task's fields into a patch (every field optional); `is_new` requires `id`
/// and allows `sources`. Used for tasks, added tasks and scenario `change:` entries.
model::TaskPatch read_task_fields(const YamlNode& node, bool is_new, ReadContext& context,
                                  std::vector<Reference>& references,
                                  std::vector<std::string>* sources);

/// Reads a `duration:` value: a fixed duration or a distribution.
std::optional<model::DurationSpec> read_duration_spec(const YamlNode& node, ReadContext& context);

/// Reads one dependency: "a -> b" or {from, to, type, lag}.
std::optional<model::Dependency> read_dependency(const YamlNode& node, ReadContext& context);
/// Reads a dependency to remove: "a -> b" or {from, to}.
std::optional<model::DependencyRef> read_dependency_ref(const YamlNode& node, ReadContext& context);

/// load_sittings() with the depth of `derive` chains being loaded (stops runaway chains).
LoadedSittings load_sittings_at(std::string_view reference,
                                const std::filesystem::path& relative_to, int depth);

/// Reads `sittings:` (map of id to sitting calendar, or `{file: name}`).
std::map<std::string, calendar::SittingCalendar> read_sittings(const YamlNode& node,
                                                               ReadContext& context);

/// Reads `scenarios:` (map of id to overlay).
std::vector<model::Scenario> read_scenarios(const YamlNode& node, ReadContext& context,
                                            std::vector<Reference>& references);

/// Reads `resources:`, `branches:`, `deadlines:`, `portfolio:`.
std::vector<model::ResourcePool> read_resources(const YamlNode& node, ReadContext& context,
                                                std::vector<Reference>& references);
std::vector<model::Branch> read_branches(const YamlNode& node, ReadContext& context,
                                         std::vector<Reference>& references);
std::vector<model::Deadline> read_deadlines(const YamlNode& node, ReadContext& context,
                                            std::vector<Reference>& references);
std::optional<model::Portfolio> read_portfolio(const YamlNode& node, ReadContext& context);
/// A portfolio's `arrivals:` (dates, or a generator; true for a generator) and
/// `interval:` (arrivals_reader.cpp).
bool read_portfolio_arrivals(const YamlNode& node, model::Portfolio& portfolio,
                             ReadContext& context);
void read_portfolio_interval(const YamlNode& node, model::Portfolio& portfolio,
                             ReadContext& context);

}  // namespace regsim::io::detail
