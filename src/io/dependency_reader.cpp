// Dependencies (docs/workflow-format.md, "Dependencies").
#include "document.hpp"

namespace regsim::io::detail {
namespace {

std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

// "a -> b": the two ids, or nullopt after reporting.
std::optional<std::pair<std::string, std::string>> split_arrow(const YamlNode& node,
                                                               ReadContext& context) {
  const std::string& text = node.value;
  const auto arrow = text.find("->");
  if (arrow == std::string::npos || text.find("->", arrow + 2) != std::string::npos) {
    context.error(node.where, "bad_dependency",
                  "write a dependency as 'from -> to' (one arrow) or as a map {from, to, "
                  "type, lag}");
    return std::nullopt;
  }
  // Views until both ends are known good: a pathway has a dependency per task.
  const std::string_view from = trim(std::string_view(text).substr(0, arrow));
  const std::string_view to = trim(std::string_view(text).substr(arrow + 2));
  bool ok = true;
  for (const std::string_view id : {from, to}) {
    if (!is_valid_id(id)) {
      context.error(node.where, "bad_id",
                    "'" + std::string(id) +
                        "' is not a task id; ids use only letters, digits, '_', '.' and '-'");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return std::pair{std::string(from), std::string(to)};
}

}  // namespace

std::optional<model::Dependency> read_dependency(const YamlNode& node, ReadContext& context) {
  model::Dependency dependency;
  dependency.where = node.where;
  if (node.is_scalar()) {
    auto ends = split_arrow(node, context);
    if (!ends) return std::nullopt;
    dependency.from = std::move(ends->first);
    dependency.to = std::move(ends->second);
    return dependency;
  }
  if (!node.is_map()) {
    context.error(node.where, "wrong_type",
                  std::string("a dependency is 'from -> to' or a map {from, to, type, lag}, "
                              "not ") +
                      describe(node));
    return std::nullopt;
  }
  context.check_keys(node, "a dependency", {"from", "to", "type", "lag"}, {"from", "to"});
  bool ok = node.find("from") && node.find("to");
  if (const YamlNode* from = node.find("from")) {
    auto id = context.id(*from, "dependency 'from'");
    ok = ok && id;
    if (id) dependency.from = *id;
  }
  if (const YamlNode* to = node.find("to")) {
    auto id = context.id(*to, "dependency 'to'");
    ok = ok && id;
    if (id) dependency.to = *id;
  }
  if (const YamlNode* type = node.find("type")) {
    auto text = context.text(*type, "dependency type");
    auto parsed = text ? model::parse_dependency_type(*text) : std::nullopt;
    if (text && !parsed) {
      context.error(type->where, "bad_value",
                    "dependency type '" + *text + "' is not FS, SS, FF or SF");
    }
    ok = ok && parsed;
    if (parsed) dependency.type = *parsed;
  }
  if (const YamlNode* lag = node.find("lag")) {
    auto value = context.duration(*lag, "lag", true);
    ok = ok && value;
    if (value) dependency.lag = *value;
  }
  if (!ok) return std::nullopt;
  return dependency;
}

std::optional<model::DependencyRef> read_dependency_ref(const YamlNode& node,
                                                        ReadContext& context) {
  model::DependencyRef ref;
  ref.where = node.where;
  if (node.is_scalar()) {
    auto ends = split_arrow(node, context);
    if (!ends) return std::nullopt;
    ref.from = std::move(ends->first);
    ref.to = std::move(ends->second);
    return ref;
  }
  if (!node.is_map()) {
    context.error(
        node.where, "wrong_type",
        std::string("a dependency to remove is 'from -> to' or {from, to}, not ") + describe(node));
    return std::nullopt;
  }
  context.check_keys(node, "a dependency to remove", {"from", "to"}, {"from", "to"});
  const YamlNode* from = node.find("from");
  const YamlNode* to = node.find("to");
  if (!from || !to) return std::nullopt;
  auto from_id = context.id(*from, "dependency 'from'");
  auto to_id = context.id(*to, "dependency 'to'");
  if (!from_id || !to_id) return std::nullopt;
  ref.from = *from_id;
  ref.to = *to_id;
  return ref;
}

}  // namespace regsim::io::detail
