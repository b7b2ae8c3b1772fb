// read_pathway: bytes -> YAML tree -> document -> includes flattened -> names resolved.
#include "regsim/io/pathway_reader.hpp"

#include <algorithm>

#include "calendar_resolution.hpp"
#include "composition.hpp"
#include "document.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/data_directory.hpp"
#include "source_file.hpp"
#include "support/suggest.hpp"
#include "yaml_file.hpp"

namespace regsim::io {
namespace {

using detail::ReadContext;

struct Reader {
  const ReadOptions& options;
  std::filesystem::path data_dir;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::filesystem::path> include_stack;  // files being read, outermost first

  // A fully read pathway (own includes flattened, names resolved and checked), or
  // nullopt when it had errors (already recorded).
  std::optional<model::Pathway> read_text(std::string text, const std::string& display,
                                          const std::filesystem::path& directory) {
    const std::size_t errors_before = diagnostics.size();
    auto root = detail::parse_yaml_text(std::move(text), display, detail::pathway_file, diagnostics,
                                        options.limits);
    if (!root) return std::nullopt;
    ReadContext context(diagnostics);
    auto document = detail::read_document(*root, display, directory, context);
    root.reset();
    model::Pathway& pathway = document.pathway;

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
    for (auto& scenario : own_scenarios) {
      auto same = std::find_if(pathway.scenarios.begin(), pathway.scenarios.end(),
                               [&](const model::Scenario& s) { return s.id == scenario.id; });
      if (same == pathway.scenarios.end()) {
        pathway.scenarios.push_back(std::move(scenario));
      } else {
        detail::merge_scenario(*same, std::move(scenario));
      }
    }

    if (pathway.tasks.size() > options.limits.max_tasks) {
      context.error(pathway.tasks[options.limits.max_tasks].where, "too_many_tasks",
                    "the pathway has " + std::to_string(pathway.tasks.size()) +
                        " tasks, more than the limit of " +
                        std::to_string(options.limits.max_tasks));
      return std::nullopt;
    }
    detail::resolve_calendars(document, directory, context);
    detail::check_references(pathway, document.references, context);
    detail::check_scenarios(pathway, context);
    if (diagnostics.size() != errors_before) return std::nullopt;
    return std::move(document.pathway);
  }

  std::optional<model::Pathway> read_file(const std::filesystem::path& path,
                                          const SourceLocation& blame, const char* missing_id) {
    auto text = detail::read_source_file(path, options.limits.max_file_bytes, blame, missing_id,
                                         detail::pathway_file, diagnostics);
    if (!text) return std::nullopt;
    return read_text(std::move(*text), path.string(), path.parent_path());
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
    if (static_cast<int>(include_stack.size()) > options.limits.max_include_depth) {
      diagnostics.push_back({include.where, Severity::error, "include_too_deep",
                             "includes are nested more than " +
                                 std::to_string(options.limits.max_include_depth) +
                                 " levels deep"});
      return std::nullopt;
    }
    include_stack.push_back(canonical);
    auto part = read_file(path, include.where, "include_not_found");
    include_stack.pop_back();
    return part;
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
  Reader reader{options, data_dir_of(options), {}, {}};
  std::error_code error;
  const auto resolved_path = resolve_pathway_argument(path.string(), reader.data_dir);
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
  Reader reader{options, data_dir_of(options), {}, {}};
  const std::filesystem::path shown(display_name);
  std::error_code error;
  auto canonical = std::filesystem::weakly_canonical(shown, error);
  reader.include_stack.push_back(error ? shown : canonical);
  auto pathway = reader.read_text(std::string(text), display_name, shown.parent_path());
  return finish(reader, std::move(pathway));
}

}  // namespace regsim::io
