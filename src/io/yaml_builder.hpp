// Builds a YamlNode tree from parse events, for both YAML readers (internal).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "yaml_tree.hpp"

namespace regsim::io::detail {

/// Thrown by the builder when the input breaks a limit; the reader turns it into its
/// diagnostic and stops.
struct YamlAbort {
  Diagnostic diagnostic;
};

/// Receives the events of one document (collections opened and closed, scalars, nulls,
/// aliases) and builds the tree. Enforces the depth and alias limits (throwing
/// YamlAbort) and reports duplicate keys. Lines and columns are 1-based; line 0 means
/// "position unknown".
class YamlTreeBuilder {
 public:
  using Anchor = std::size_t;  ///< 0: no anchor

  YamlTreeBuilder(const std::string& file, const YamlLimits& limits,
                  std::vector<Diagnostic>& diagnostics);

  void null(int line, int column, Anchor anchor = 0);
  void scalar(int line, int column, std::string value, bool quoted, Anchor anchor = 0);
  void alias(int line, int column, Anchor anchor);
  void open(int line, int column, YamlNode::Kind kind, Anchor anchor = 0);
  void close();

  /// The first document's root (nullptr before one was built).
  YamlNodePtr root() const;

 private:
  struct Open {
    YamlNode* node;
    Anchor anchor;
    std::size_t size;         // nodes in the subtree, aliases expanded
    std::size_t first_child;  // where its children start in children_
    // Keys seen, for duplicate detection; only filled for maps with many entries
    // (small maps are scanned, which is faster than hashing).
    std::unordered_set<std::string_view> keys;
  };
  // Arrays handed out from chunks of stable addresses (std::deque would allocate a
  // block per four nodes, a vector per collection one block each).
  template <typename T>
  class Pool {
   public:
    std::span<T> take(std::size_t count);

   private:
    static constexpr std::size_t chunk_size = 1024;
    std::vector<std::unique_ptr<T[]>> chunks_;
    std::size_t used_ = 0, capacity_ = 0;
  };
  struct Arena {
    std::string file;  // every node's position points here
    Pool<YamlNode> nodes;
    Pool<const YamlNode*> items;
    Pool<YamlNode::Entry> entries;
  };

  YamlNode& make(YamlNode::Kind kind, int line, int column);
  void add(const YamlNode* node, Anchor anchor, std::size_t size);
  bool seen_key(Open& map, std::string_view key);
  // Children of the open collection, alternating key and value for a map.
  std::size_t child_count() const { return children_.size() - stack_.back().first_child; }

  const std::string& file_;
  const YamlLimits& limits_;
  std::vector<Diagnostic>& diagnostics_;
  std::shared_ptr<Arena> arena_;
  std::vector<Open> stack_;
  // Children of every open collection, innermost last: moved into the node when it
  // closes, with one exact allocation instead of a growing vector per collection.
  std::vector<const YamlNode*> children_;
  std::map<Anchor, std::pair<const YamlNode*, std::size_t>> anchors_;
  std::size_t alias_nodes_ = 0;
  const YamlNode* root_ = nullptr;
};

}  // namespace regsim::io::detail
