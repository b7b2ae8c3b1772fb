// A YAML document as a small tree whose every node knows its file position (internal).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "regsim/error.hpp"

namespace regsim::io::detail {

/// Limits that keep hostile input from exhausting the machine.
struct YamlLimits {
  int max_depth = 64;                     ///< nested collections
  std::size_t max_alias_nodes = 1000000;  ///< nodes reachable through aliases, in total
};

/// One YAML node. Aliases share the anchored node (the tree is a DAG).
struct YamlNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string value;    ///< scalar text
  bool quoted = false;  ///< the scalar was quoted or a block scalar (never a number/bool)
  SourceLocation where;
  std::vector<std::shared_ptr<const YamlNode>> items;  ///< sequence items
  /// Map entries in file order: key node (a scalar) and value node.
  std::vector<std::pair<std::shared_ptr<const YamlNode>, std::shared_ptr<const YamlNode>>> entries;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }
  /// The value of key `key` in a map, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

using YamlNodePtr = std::shared_ptr<const YamlNode>;

/// Parses one YAML document. Syntax errors, nesting beyond the limit, alias bombs,
/// several documents and duplicate map keys become diagnostics (yaml_syntax, too_deep,
/// alias_expansion, duplicate_key); returns nullptr when the tree is unusable.
YamlNodePtr parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits,
                       std::vector<Diagnostic>& diagnostics);

/// "a map", "a list", "a value", "nothing": for wrong_type messages.
const char* describe(const YamlNode& node);

}  // namespace regsim::io::detail
