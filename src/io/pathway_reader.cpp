// read_pathway: bytes -> YAML tree -> document -> includes flattened -> names resolved.
#include "regsim/io/pathway_reader.hpp"

#include <algorithm>
#include <map>

#include "calendar_resolution.hpp"
#include "composition.hpp"
#include "document.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/data_directory.hpp"
#include "regsim/io/folder_policy.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;

struct Reader {
  Reader(const ReadOptions& read_options, std::filesystem::path data)
      : options(read_options), data_dir(std::move(data)) {}

  const ReadOptions& options;
  std::filesystem::path data_dir;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::filesystem::path> include_stack;  // files being read, outermost first

  // A part is read once: later includes of the same file reuse what was read (or its
  // failure, reported once), and are counted as if read again, so a fan-out of includes
  // is stopped by the limits below before its copies are made.
  struct Tally {
    std::size_t files = 0;  // included files
    std::size_t tasks = 0;  // tasks of every file read (the including ones too)
    std::size_t size = 0;   // bytes of every file read plus its YAML values, aliases expanded
  };
  struct Part {
    std::optional<model::Pathway> pathway;  // nullopt: it failed
    Tally tally;                            // what it stands for, itself included
    std::size_t height = 0;                 // levels of includes, itself included
  };
  std::map<std::filesystem::path, Part> parts;
  Tally read;               // counted for every include, as it is read or reused
  std::size_t deepest = 0;  // the deepest include stack reached
  bool stopped = false;     // a limit was reached: reading stops

  std::nullopt_t stop(const SourceLocation& where, const char* id, std::string message) {
    diagnostics.push_back({where, Severity::error, id, std::move(message)});
    stopped = true;
    return std::nullopt;
  }
  std::nullopt_t too_many_tasks(const SourceLocation& where) {
    return stop(where, "too_many_tasks",
                "the pathway has more than " + std::to_string(options.limits.max_tasks) +
                    " tasks (the limit), counting those of its includes");
  }
  std::nullopt_t too_many_scenarios(const SourceLocation& where) {
    return stop(where, "too_many_scenarios",
                "the pathway has more than " + std::to_string(options.limits.max_scenarios) +
                    " scenarios (the limit), counting those of its includes");
  }
  std::nullopt_t too_large(const SourceLocation& where) {
    return stop(where, "includes_too_large",
                "the pathway and its includes hold more than " +
                    std::to_string(options.limits.max_included_size >> 20) +
                    " MiB of text and YAML values (the limit), counting a file once for each "
                    "include of it and values reached through aliases each time");
  }

  // A fully read pathway (own includes flattened, names resolved and checked), or
  // nullopt when it had errors (already recorded).
  std::optional<model::Pathway> read_text(std::string text, const std::string& display,
                                          const std::filesystem::path& directory,
                                          const SourceLocation& blame) {
    const std::size_t errors_before = diagnostics.size();
    const std::size_t bytes = text.size();
    auto root = detail::parse_yaml_text(std::move(text), display, detail::pathway_file, diagnostics,
                                        options.limits);
    if (!root) return std::nullopt;
    const std::size_t room = options.limits.max_included_size - read.size;
    const std::size_t values = bytes > room ? 0 : detail::expanded_size(*root, room - bytes);
    if (bytes > room || values > room - bytes) {
      return too_large(blame.line != 0 ? blame : SourceLocation(root->where));
    }
    read.size += bytes + values;
    ReadContext context(diagnostics);
    auto document = detail::read_document(*root, display, directory, context);
    root.reset();
    model::Pathway& pathway = document.pathway;
    if (read.tasks + pathway.tasks.size() > options.limits.max_tasks) {
      return too_many_tasks(pathway.tasks[options.limits.max_tasks - read.tasks].where);
    }
    read.tasks += pathway.tasks.size();
    if (pathway.scenarios.size() > options.limits.max_scenarios) {
      return too_many_scenarios(pathway.scenarios[options.limits.max_scenarios].where);
    }

    // Included parts come first, in include order, then the file's own items.
    auto own_tasks = std::move(pathway.tasks);
    auto own_dependencies = std::move(pathway.dependencies);
    auto own_resources = std::move(pathway.resources);
    auto own_branches = std::move(pathway.branches);
    auto own_deadlines = std::move(pathway.deadlines);
    auto own_scenarios = std::move(pathway.scenarios);
    pathway.tasks.clear();
    pathway.dependencies.clear();
    pathway.resources.clear();
    pathway.branches.clear();
    pathway.deadlines.clear();
    pathway.scenarios.clear();
    for (const auto& include : document.includes) {
      if (auto part = read_include(include, directory)) {
        detail::merge_included(pathway, std::move(*part), include.prefix);
        if (pathway.scenarios.size() > options.limits.max_scenarios) {
          return too_many_scenarios(include.where);
        }
      } else if (stopped) {
        return std::nullopt;  // a limit: the rest would only add to what is refused
      }
    }
    if (pathway.portfolio && !pathway.portfolio->classes.empty()) {
      if (!merge_classes(pathway, own_tasks, own_resources, directory, context)) {
        return std::nullopt;
      }
    }
    auto append = [](auto& to, auto& from) {
      to.insert(to.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    };
    append(pathway.tasks, own_tasks);
    append(pathway.dependencies, own_dependencies);
    append(pathway.resources, own_resources);
    append(pathway.branches, own_branches);
    append(pathway.deadlines, own_deadlines);
    // The file's own overlays apply after its parts' overlays of the same name.
    detail::merge_scenarios(pathway.scenarios, std::move(own_scenarios));
    if (pathway.scenarios.size() > options.limits.max_scenarios) {
      return too_many_scenarios(pathway.scenarios[options.limits.max_scenarios].where);
    }

    check_flattened(document, directory, errors_before, context);
    if (diagnostics.size() != errors_before) return std::nullopt;
    return std::move(document.pathway);
  }

  // The checks of a pathway whose includes are flattened: tasks, calendars, references and
  // scenarios.
  void check_flattened(detail::Document& document, const std::filesystem::path& directory,
                       std::size_t errors_before, ReadContext& context) {
    const model::Pathway& pathway = document.pathway;
    if (pathway.tasks.empty() && diagnostics.size() == errors_before) {
      // Only includes can leave a file without tasks ('tasks: []' is reported as read).
      context.error(document.include_where, "missing_key",
                    "the pathway has no tasks: its includes bring none; add 'tasks' or "
                    "include a file that has some");
    }
    detail::resolve_calendars(document, directory, context);
    for (auto& found :
         graph::check_references(pathway, document.references, options.limits.max_extends_depth))
      context.diagnostics().push_back(std::move(found));
  }

  // Reads each class's pathway as an include prefixed with the class id, then makes its
  // tasks use the portfolio file's pools (`own`) of the same id instead of the class's.
  // False when reading stopped at a limit.
  bool merge_classes(model::Pathway& pathway, const std::vector<model::Task>& own_tasks,
                     const std::vector<model::ResourcePool>& own,
                     const std::filesystem::path& directory, ReadContext& context) {
    if (!own_tasks.empty() || !pathway.tasks.empty()) {
      context.error(own_tasks.empty() ? pathway.tasks.front().where : own_tasks.front().where,
                    "bad_value",
                    "a portfolio with classes takes its tasks from the classes' pathways; "
                    "move these tasks into a class pathway");
    }
    bool complete = true;
    for (const auto& group : pathway.portfolio->classes) {
      const std::size_t first_task = pathway.tasks.size();
      const std::size_t first_pool = pathway.resources.size();
      auto part = read_include({group.pathway, group.id, group.pathway_where}, directory);
      if (!part) {
        if (stopped) return false;
        complete = false;
        continue;
      }
      detail::merge_included(pathway, std::move(*part), group.id);
      detail::share_pools(pathway, group.id, own, first_task, first_pool);
    }
    for (const auto& pool : own) {
      const bool used = std::any_of(pathway.tasks.begin(), pathway.tasks.end(), [&](const auto& t) {
        return std::any_of(t.needs.begin(), t.needs.end(),
                           [&](const auto& need) { return need.pool == pool.id; });
      });
      if (!used && complete) {
        context.error(pool.where, "unused_pool",
                      "no class's pathway needs pool '" + pool.id +
                          "'; remove it or give the class pathways' tasks a need of it");
      }
    }
    return true;
  }

  std::optional<model::Pathway> read_file(const std::filesystem::path& path,
                                          const SourceLocation& blame, const char* missing_id) {
    auto text = detail::read_source_file(path, options.limits.max_file_bytes, blame, missing_id,
                                         detail::pathway_file, diagnostics);
    if (!text) return std::nullopt;
    return read_text(std::move(*text), path.string(), path.parent_path(), blame);
  }

  std::optional<model::Pathway> read_include(const detail::IncludeDirective& include,
                                             const std::filesystem::path& directory) {
    const auto path = resolve_pathway_argument(include.file, data_dir, directory);
    std::error_code error;
    auto canonical = std::filesystem::weakly_canonical(path, error);
    if (error) canonical = path;
    const auto loop = std::find(include_stack.begin(), include_stack.end(), canonical);
    if (loop != include_stack.end()) {
      std::string chain;
      for (auto it = loop; it != include_stack.end(); ++it)
        chain += it->filename().string() + " -> ";
      chain += canonical.filename().string();
      diagnostics.push_back(
          {include.where, Severity::error, "include_loop",
           "files include each other: " + chain + "; remove one of the includes"});
      return std::nullopt;
    }
    const std::size_t depth = include_stack.size();
    const auto cached = parts.find(canonical);
    const std::size_t height = cached == parts.end() ? 1 : cached->second.height;
    if (depth + height - 1 > static_cast<std::size_t>(options.limits.max_include_depth)) {
      return stop(include.where, "include_too_deep",
                  "includes are nested more than " +
                      std::to_string(options.limits.max_include_depth) + " levels deep");
    }
    const std::size_t files = cached == parts.end() ? 1 : cached->second.tally.files;
    if (read.files + files > options.limits.max_included_files) {
      return stop(include.where, "too_many_includes",
                  "more than " + std::to_string(options.limits.max_included_files) +
                      " files are included (the limit), counting a file once for each "
                      "include of it");
    }
    if (cached != parts.end()) return reuse(cached->second, include, depth);
    const Tally before = read;
    const std::size_t deepest_before = deepest;
    ++read.files;
    include_stack.push_back(canonical);
    deepest = include_stack.size();
    auto part = read_file(path, include.where, "include_not_found");
    include_stack.pop_back();
    parts[canonical] = {
        part,
        {read.files - before.files, read.tasks - before.tasks, read.size - before.size},
        deepest - depth};
    deepest = std::max(deepest, deepest_before);
    return part;
  }

  // A part read before, counted again (its problems were reported when it was read).
  std::optional<model::Pathway> reuse(const Part& part, const detail::IncludeDirective& include,
                                      std::size_t depth) {
    read.files += part.tally.files;
    deepest = std::max(deepest, depth + part.height);
    if (!part.pathway) return std::nullopt;
    if (read.tasks + part.tally.tasks > options.limits.max_tasks) {
      return too_many_tasks(include.where);
    }
    if (read.size + part.tally.size > options.limits.max_included_size) {
      return too_large(include.where);
    }
    read.tasks += part.tally.tasks;
    read.size += part.tally.size;
    return part.pathway;
  }
};

model::Pathway finish(Reader& reader, std::optional<model::Pathway> pathway) {
  if (pathway && reader.diagnostics.empty()) return std::move(*pathway);
  auto& diagnostics = reader.diagnostics;
  if (diagnostics.empty()) {
    // Member by member: GCC 12 at -O3 warns falsely (maybe-uninitialized) on {{}, ...}.
    Diagnostic internal;
    internal.id = "internal";
    internal.message = "the pathway could not be read";
    diagnostics.push_back(std::move(internal));
  }
  const std::size_t limit = std::max<std::size_t>(1, reader.options.limits.max_diagnostics);
  if (diagnostics.size() > limit) {
    const std::size_t more = diagnostics.size() - limit;
    diagnostics.resize(limit);
    Diagnostic note;
    note.severity = Severity::note;
    note.id = "too_many_errors";
    note.message = std::to_string(more) + " more problems not shown; fix these first";
    diagnostics.push_back(std::move(note));
  }
  throw InputError(std::move(diagnostics));
}

std::filesystem::path data_dir_of(const ReadOptions& options) {
  return options.data_dir.empty() ? data_directory() : options.data_dir;
}

}  // namespace

model::Pathway read_pathway(const std::filesystem::path& path, const ReadOptions& options) {
  Reader reader(options, data_dir_of(options));
  std::error_code error;
  const auto resolved_path = resolve_pathway_argument(path.string(), reader.data_dir);
  const FolderScope scope(resolved_path, options.allow_outside, reader.data_dir);
  auto canonical = std::filesystem::weakly_canonical(resolved_path, error);
  reader.include_stack.push_back(error ? resolved_path : canonical);
  auto pathway = reader.read_file(resolved_path, {}, "file_not_found");
  if (!pathway && reader.diagnostics.size() == 1 && reader.diagnostics[0].id == "file_not_found") {
    // Perhaps a bundled name misspelt: kr/biosimlar.
    std::vector<std::string> names;
    for (const auto& bundled : list_bundled_pathways(reader.data_dir))
      names.push_back(bundled.name);
    reader.diagnostics[0].message += support::did_you_mean(path.string(), names);
  }
  return finish(reader, std::move(pathway));
}

model::Pathway read_pathway_from_string(std::string_view text, const std::string& display_name,
                                        const ReadOptions& options) {
  Reader reader(options, data_dir_of(options));
  const std::filesystem::path shown(display_name);
  const FolderScope scope(shown, options.allow_outside, reader.data_dir);
  std::error_code error;
  auto canonical = std::filesystem::weakly_canonical(shown, error);
  reader.include_stack.push_back(error ? shown : canonical);
  auto pathway = reader.read_text(std::string(text), display_name, shown.parent_path(), {});
  return finish(reader, std::move(pathway));
}

}  // namespace regsim::io
