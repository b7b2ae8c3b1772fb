#include "yaml_builder.hpp"

namespace regsim::io::detail {
namespace {

// Beyond this many entries a map remembers its keys in a hash set; below, scanning
// the entries is cheaper. Without the set, a hostile map with 100,000 keys would
// take quadratic time.
constexpr std::size_t kScannedKeys = 16;

}  // namespace

YamlTreeBuilder::YamlTreeBuilder(const std::string& file, const YamlLimits& limits,
                                 std::vector<Diagnostic>& diagnostics)
    : file_(file), limits_(limits), diagnostics_(diagnostics), arena_(std::make_shared<Arena>()) {}

YamlNode& YamlTreeBuilder::make(YamlNode::Kind kind, int line, int column) {
  YamlNode& node = arena_->nodes.emplace_back();
  node.kind = kind;
  node.where = {file_, line, column};
  return node;
}

void YamlTreeBuilder::null(int line, int column, Anchor anchor) {
  add(&make(YamlNode::Kind::null, line, column), anchor, 1);
}

void YamlTreeBuilder::scalar(int line, int column, std::string value, bool quoted, Anchor anchor) {
  YamlNode& node = make(YamlNode::Kind::scalar, line, column);
  node.value = std::move(value);
  node.quoted = quoted;
  add(&node, anchor, 1);
}

void YamlTreeBuilder::alias(int line, int column, Anchor anchor) {
  const auto found = anchors_.find(anchor);
  if (found == anchors_.end()) {
    throw YamlAbort{
        {{file_, line, column}, Severity::error, "yaml_syntax", "an alias names no anchor"}};
  }
  alias_nodes_ += found->second.second;
  if (alias_nodes_ > limits_.max_alias_nodes) {
    throw YamlAbort{{{file_, line, column},
                     Severity::error,
                     "alias_expansion",
                     "aliases expand to more than " + std::to_string(limits_.max_alias_nodes) +
                         " nodes; write the content out or use fewer nested aliases"}};
  }
  add(found->second.first, 0, found->second.second);
}

void YamlTreeBuilder::open(int line, int column, YamlNode::Kind kind, Anchor anchor) {
  if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
    throw YamlAbort{{{file_, line, column},
                     Severity::error,
                     "too_deep",
                     "collections are nested more than " + std::to_string(limits_.max_depth) +
                         " levels deep; a pathway file needs far fewer"}};
  }
  stack_.push_back(Open{&make(kind, line, column), anchor, 1, nullptr, {}});
}

void YamlTreeBuilder::close() {
  const Open done = std::move(stack_.back());
  stack_.pop_back();
  add(done.node, done.anchor, done.size);
}

YamlNodePtr YamlTreeBuilder::root() const {
  if (root_ == nullptr) return nullptr;
  return YamlNodePtr(arena_, root_);  // aliasing: owns the arena, points at the root
}

bool YamlTreeBuilder::seen_key(Open& map, std::string_view key) {
  const auto& entries = map.node->entries;
  if (entries.size() < kScannedKeys) {
    for (const auto& [k, v] : entries) {
      if (k->is_scalar() && k->value == key) return true;
    }
    return false;
  }
  if (map.keys.empty()) {
    for (const auto& [k, v] : entries) {
      if (k->is_scalar()) map.keys.insert(k->value);
    }
  }
  return !map.keys.insert(key).second;
}

void YamlTreeBuilder::add(const YamlNode* node, Anchor anchor, std::size_t size) {
  if (anchor != 0) anchors_[anchor] = {node, size};
  if (stack_.empty()) {
    if (root_ == nullptr) root_ = node;
    return;
  }
  Open& parent = stack_.back();
  parent.size += size;
  YamlNode& container = *parent.node;
  if (container.kind == YamlNode::Kind::sequence) {
    container.items.push_back(node);
  } else if (parent.pending_key == nullptr) {
    if (node->is_scalar() && seen_key(parent, node->value)) {
      diagnostics_.push_back(
          {node->where, Severity::error, "duplicate_key",
           "key '" + node->value + "' appears twice in this map; keep only one"});
    }
    parent.pending_key = node;
  } else {
    container.entries.emplace_back(parent.pending_key, node);
    parent.pending_key = nullptr;
  }
}

}  // namespace regsim::io::detail
