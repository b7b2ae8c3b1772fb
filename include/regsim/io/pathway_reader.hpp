// Reading pathway files (docs/workflow-format.md) into the model, with diagnostics.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "regsim/model/pathway.hpp"

namespace regsim::io {

/// Guards against hostile or accidental huge input; each breach is a diagnostic.
struct ReadLimits {
  std::size_t max_file_bytes = 16u << 20;  ///< per file (file_too_large)
  int max_depth = 64;                      ///< nested YAML collections (too_deep)
  std::size_t max_alias_nodes = 1000000;   ///< nodes reached through aliases (alias_expansion)
  std::size_t max_tasks = 1000000;         ///< tasks after includes (too_many_tasks)
  int max_include_depth = 16;              ///< nested includes (include_too_deep)
  /// included files, a file counted once for every include of it (too_many_includes)
  std::size_t max_included_files = 10000;
  /// bytes of the pathway and its included files plus their YAML values (one each, and the
  /// length of each scalar), aliases expanded, a file counted once for every include of it
  /// (includes_too_large)
  std::size_t max_included_size = std::size_t{256} << 20;
  std::size_t max_scenarios = 1000;    ///< in a file, and after includes (too_many_scenarios)
  std::size_t max_extends_depth = 64;  ///< scenarios in an extends chain (extends_too_deep)
  /// holidays of one calendar, its base's and its rules' expansions included, checked
  /// before a rule is expanded (too_many_holidays)
  std::size_t max_holidays = 100000;
  std::size_t max_diagnostics = 1000;  ///< reported; the rest are counted in a note
};

/// How to read: where bundled calendars and pathways live, and the limits.
struct ReadOptions {
  /// Where `include: file:` looks up bundled pathway names (kr/biosimilar); empty:
  /// io::data_directory(). Bundled calendars always come from io::calendars_directory().
  std::filesystem::path data_dir;
  ReadLimits limits;
  /// Read included, calendar and sitting calendar files outside the pathway file's folder
  /// tree and the bundled data too (io::FolderScope); off, such a file is outside_folder.
  bool allow_outside = false;
};

/// Reads a pathway file: includes flattened (ids prefixed, included scenarios merged by
/// name), every calendar and sitting calendar it names resolved and loaded, scenarios
/// kept as overlays. Collects every problem first, then throws one InputError whose
/// diagnostics read `file:line:col: error: message [id]` (ids in docs/workflow-format.md).
/// A missing file, a directory, an empty or binary file are diagnostics too. `path` may
/// be a bundled name (`kr/biosimilar`, see resolve_pathway_argument()).
model::Pathway read_pathway(const std::filesystem::path& path, const ReadOptions& options = {});

/// Reads a pathway from `text`; `display_name` names it in diagnostics and, when it
/// has a folder, is where relative includes and calendar files are looked up (else the
/// current directory). For tests and fuzzing.
model::Pathway read_pathway_from_string(std::string_view text, const std::string& display_name,
                                        const ReadOptions& options = {});

}  // namespace regsim::io
