// A YAML document as a small tree whose every node knows its file position (internal).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
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

/// Where a node starts. The file name is stored once per document (a copy in every
/// node cost a quarter of the reading time for long paths); it converts to the
/// SourceLocation that diagnostics and the model keep.
struct YamlPosition {
  const std::string* file = nullptr;
  int line = 0;
  int column = 0;

  operator SourceLocation() const {  // NOLINT: implicit by design, see above
    return {file != nullptr ? *file : std::string(), line, column};
  }
};

/// One YAML node. Nodes live in their document's arena; aliases share the anchored
/// node (the tree is a DAG), so children are plain pointers into the same arena, and the
/// lists of children are spans of arena memory too (a vector per collection was an
/// allocation per task of a pathway file).
struct YamlNode {
  using Entry = std::pair<const YamlNode*, const YamlNode*>;
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  bool quoted = false;  ///< the scalar was quoted or a block scalar (never a number/bool)
  std::string value;    ///< scalar text
  YamlPosition where;
  std::span<const YamlNode* const> items;  ///< sequence items
  /// Map entries in file order: key node (a scalar) and value node.
  std::span<const Entry> entries;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }
  /// The value of key `key` in a map, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

/// A document's root. It shares ownership of the arena holding every node of the
/// tree, so the whole tree lives exactly as long as some pointer to its root.
using YamlNodePtr = std::shared_ptr<const YamlNode>;

/// Parses one YAML document. Syntax errors, nesting beyond the limit, alias bombs,
/// several documents and duplicate map keys become diagnostics (yaml_syntax, too_deep,
/// alias_expansion, duplicate_key); returns nullptr when the tree is unusable.
///
/// Pathway files use a small part of YAML; parse_yaml_subset reads that part an order
/// of magnitude faster than yaml-cpp and gives up on anything else, which yaml-cpp
/// then reads (so exotic YAML and every syntax error get yaml-cpp's full treatment).
YamlNodePtr parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits,
                       std::vector<Diagnostic>& diagnostics);

/// parse_yaml through yaml-cpp only.
YamlNodePtr parse_yaml_with_yaml_cpp(std::string_view text, const std::string& file,
                                     const YamlLimits& limits,
                                     std::vector<Diagnostic>& diagnostics);

/// The fast reader of the subset (block maps and lists, one-line flow collections,
/// plain and one-line quoted scalars, literal and folded block scalars, comments).
/// Gives the same tree and diagnostics as yaml-cpp, positions included, or nullopt
/// (leaving `diagnostics` alone) when the text steps outside the subset.
std::optional<YamlNodePtr> parse_yaml_subset(std::string_view text, const std::string& file,
                                             const YamlLimits& limits,
                                             std::vector<Diagnostic>& diagnostics);

/// The tree as indented text, one node a line with its position, kind, quoting and value
/// ("3:5 plain [x]"), nested: two trees print the same exactly when they are equal.
/// For the tests and the fuzzer that compare the two readers.
std::string dump_yaml(const YamlNode* root);

/// The size of the tree as the model will copy it: one per node plus the length of each
/// scalar, a node reached through an alias counted each time. Stops counting past `cap`
/// (returns more than `cap` then), so a tree of aliases is never walked in full.
std::size_t expanded_size(const YamlNode& root, std::size_t cap);

/// "a map", "a list", "a value", "nothing": for wrong_type messages.
const char* describe(const YamlNode& node);

}  // namespace regsim::io::detail
