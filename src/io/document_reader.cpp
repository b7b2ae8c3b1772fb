// The top level of a pathway file (docs/workflow-format.md, "Top-level keys").
#include "document.hpp"

namespace regsim::io::detail {
namespace {

std::vector<model::Source> read_sources(const YamlNode& node, ReadContext& context) {
  std::vector<model::Source> sources;
  if (!context.expect_list(node, "sources")) return sources;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a source")) continue;
    context.check_keys(*item, "a source", {"id", "citation", "url"}, {"id", "citation"});
    const YamlNode* id = item->find("id");
    auto source_id = id ? context.id(*id, "source id") : std::nullopt;
    if (!source_id) continue;
    model::Source source{*source_id, {}, {}};
    if (const YamlNode* citation = item->find("citation")) {
      source.citation = context.text(*citation, "citation").value_or("");
    }
    if (const YamlNode* url = item->find("url"))
      source.url = context.text(*url, "url").value_or("");
    sources.push_back(std::move(source));
  }
  return sources;
}

std::vector<CalendarDefinition> read_calendar_definitions(const YamlNode& node,
                                                          const std::filesystem::path& directory,
                                                          ReadContext& context) {
  std::vector<CalendarDefinition> definitions;
  if (!context.expect_list(node, "calendars")) return definitions;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "a calendar")) continue;
    context.check_keys(*item, "a calendar", {"id", "base", "file", "convention", "closures"},
                       {"id"});
    const YamlNode* id = item->find("id");
    auto calendar_id = id ? context.id(*id, "calendar id") : std::nullopt;
    if (!calendar_id) continue;
    CalendarDefinition definition;
    definition.id = *calendar_id;
    definition.where = item->where;
    const YamlNode* base = item->find("base");
    const YamlNode* file = item->find("file");
    if (base && file) {
      context.error(file->where, "wrong_type",
                    "calendar '" + definition.id + "' takes 'base' or 'file', not both");
      continue;
    }
    if (base) {
      definition.base = context.calendar_name(*base).value_or("");
      definition.base_where = base->where;
    } else if (file) {
      if (auto path = context.text(*file, "calendar file")) definition.file = directory / *path;
      definition.base_where = file->where;
    } else {
      definition.base = "weekdays";
      definition.base_where = item->where;
    }
    if (const YamlNode* convention = item->find("convention")) {
      definition.convention = context.convention(*convention);
    }
    if (const YamlNode* closures = item->find("closures")) {
      if (context.expect_list(*closures, "closures")) {
        for (const auto& closure : closures->items) {
          if (!context.expect_map(*closure, "a closure")) continue;
          context.check_keys(*closure, "a closure", {"date", "name"}, {"date"});
          const YamlNode* date = closure->find("date");
          auto day = date ? context.date(*date, "closure date") : std::nullopt;
          if (!day) continue;
          std::string name = "closure";
          if (const YamlNode* n = closure->find("name"))
            name = context.text(*n, "name").value_or(name);
          definition.closures.push_back({*day, name});
        }
      }
    }
    definitions.push_back(std::move(definition));
  }
  return definitions;
}

std::vector<IncludeDirective> read_includes(const YamlNode& node, ReadContext& context) {
  std::vector<IncludeDirective> includes;
  if (!context.expect_list(node, "include")) return includes;
  for (const auto& item : node.items) {
    if (!context.expect_map(*item, "an include")) continue;
    context.check_keys(*item, "an include", {"file", "prefix"}, {"file", "prefix"});
    const YamlNode* file = item->find("file");
    const YamlNode* prefix = item->find("prefix");
    auto path = file ? context.text(*file, "include file") : std::nullopt;
    auto name = prefix ? context.id(*prefix, "include prefix") : std::nullopt;
    if (path && name) includes.push_back({*path, *name, file->where});
  }
  return includes;
}

// One top-level key of a pathway file.
void read_key(const YamlNode& key, const YamlNode& v, const std::filesystem::path& directory,
              Document& document, ReadContext& context) {
  model::Pathway& pathway = document.pathway;
  const std::string_view k = key.value;
  if (k == "id") {
    auto id = context.text(v, "pathway id");
    if (id && (id->empty() || id->find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_./-") !=
                                  std::string::npos)) {
      context.error(v.where, "bad_id",
                    "pathway id '" + *id + "' may use only a-z, 0-9, '_', '.', '/' and '-'");
    } else if (id) {
      pathway.id = *id;
    }
  } else if (k == "title") {
    pathway.title = context.text(v, "title").value_or("");
  } else if (k == "jurisdiction") {
    pathway.jurisdiction = context.text(v, "jurisdiction").value_or("");
  } else if (k == "description") {
    pathway.description = context.text(v, "description").value_or("");
  } else if (k == "sources") {
    pathway.sources = read_sources(v, context);
  } else if (k == "calendar") {
    if (auto name = context.calendar_name(v)) {
      pathway.calendar = *name;
      document.has_calendar = true;
      document.calendar_where = v.where;
    }
  } else if (k == "convention") {
    if (auto convention = context.convention(v)) {
      pathway.convention = *convention;
      document.has_convention = true;
    }
  } else if (k == "start") {
    pathway.start = context.date(v, "start");
  } else if (k == "calendars") {
    document.calendars = read_calendar_definitions(v, directory, context);
  } else if (k == "sittings") {
    for (auto& [name, sittings] : read_sittings(v, context)) {
      pathway.sittings.emplace(name, std::move(sittings));
    }
  } else if (k == "include") {
    document.includes = read_includes(v, context);
    document.include_where = key.where;
  } else if (k == "tasks") {
    pathway.tasks = read_tasks(v, "tasks", context, document.references);
    if (v.is_sequence() && v.items.empty()) {
      context.error(v.where, "missing_key", "'tasks' is empty; a pathway needs at least one task");
    }
  } else if (k == "dependencies") {
    if (!context.expect_list(v, "dependencies")) return;
    pathway.dependencies.reserve(pathway.dependencies.size() + v.items.size());
    for (const auto& item : v.items) {
      if (auto dependency = read_dependency(*item, context)) {
        pathway.dependencies.push_back(std::move(*dependency));
      }
    }
  } else if (k == "resources") {
    pathway.resources = read_resources(v, context, document.references);
  } else if (k == "branches") {
    pathway.branches = read_branches(v, context, document.references);
  } else if (k == "deadlines") {
    pathway.deadlines = read_deadlines(v, context, document.references);
  } else if (k == "portfolio") {
    pathway.portfolio = read_portfolio(v, context);
  } else if (k == "scenarios") {
    pathway.scenarios = read_scenarios(v, context, document.references);
  }
}

}  // namespace

Document read_document(const YamlNode& root, const std::string& file,
                       const std::filesystem::path& directory, ReadContext& context) {
  Document document;
  model::Pathway& pathway = document.pathway;
  pathway.file = file;
  pathway.where = root.where;
  if (!context.expect_map(root, "a pathway file")) return document;
  const bool regsim_file = context.check_file_keys(
      root, "a pathway file",
      {"regsim", "id", "title", "jurisdiction", "description", "sources", "calendar", "convention",
       "start", "calendars", "sittings", "include", "tasks", "dependencies", "resources",
       "branches", "deadlines", "portfolio", "scenarios"},
      {"regsim", "id", "title"});
  if (!regsim_file) return document;
  const YamlNode* portfolio = root.find("portfolio");
  const bool classes = portfolio && portfolio->is_map() && portfolio->find("classes");
  if (!root.find("tasks") && !root.find("include") && !classes) {
    context.error(root.where, "missing_key",
                  "a pathway file needs the key 'tasks' (or 'include' to build it from parts, "
                  "or portfolio classes)");
  }
  if (const YamlNode* version = root.find("regsim")) {
    if (!version->is_scalar() || version->value != "1") {
      context.error(version->where, "bad_version",
                    "this regsim reads format version 1; write 'regsim: 1'");
    }
  }
  for (const auto& [key, value_ptr] : root.entries) {
    if (key->is_scalar()) read_key(*key, *value_ptr, directory, document, context);
  }
  return document;
}

}  // namespace regsim::io::detail
