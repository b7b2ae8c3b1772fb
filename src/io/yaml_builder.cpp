#include "yaml_builder.hpp"

#include <algorithm>

namespace regsim::io::detail {
namespace {

// Beyond this many entries a map remembers its keys in a hash set; below, scanning
// the entries is cheaper. Without the set, a hostile map with 100,000 keys would
// take quadratic time.
constexpr std::size_t kScannedKeys = 16;

}  // namespace

YamlTreeBuilder::YamlTreeBuilder(const std::string& file, const YamlLimits& limits,
                                 std::vector<Diagnostic>& diagnostics)
    : file_(file), limits_(limits), diagnostics_(diagnostics), arena_(std::make_shared<Arena>()) {
  arena_->file = file;
}

template <typename T>
std::span<T> YamlTreeBuilder::Pool<T>::take(std::size_t count) {
  if (count == 0) return {};
  if (count > capacity_ - used_) {
    capacity_ = std::max(count, chunk_size);
    chunks_.push_back(std::make_unique<T[]>(capacity_));
    used_ = 0;
  }
  const std::span<T> taken(chunks_.back().get() + used_, count);
  used_ += count;
  return taken;
}

YamlNode& YamlTreeBuilder::make(YamlNode::Kind kind, int line, int column) {
  YamlNode& node = arena_->nodes.take(1).front();
  node.kind = kind;
  node.where.file = &arena_->file;
  node.where.line = line;
  node.where.column = column;
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
                         " levels deep; regsim files need far fewer"}};
  }
  stack_.push_back(Open{&make(kind, line, column), anchor, 1, children_.size(), {}});
}

void YamlTreeBuilder::close() {
  const Open done = std::move(stack_.back());
  stack_.pop_back();
  YamlNode& node = *done.node;
  const auto first = children_.begin() + static_cast<std::ptrdiff_t>(done.first_child);
  const auto count = static_cast<std::size_t>(children_.end() - first);
  if (node.kind == YamlNode::Kind::sequence) {
    const auto items = arena_->items.take(count);
    std::copy(first, children_.end(), items.begin());
    node.items = items;
  } else {
    // A key without its value cannot happen: both readers close a map after a value.
    const auto entries = arena_->entries.take(count / 2);
    for (std::size_t i = 0; i < entries.size(); ++i)
      entries[i] = {*(first + 2 * i), *(first + 2 * i + 1)};
    node.entries = entries;
  }
  children_.erase(first, children_.end());
  add(done.node, done.anchor, done.size);
}

YamlNodePtr YamlTreeBuilder::root() const {
  if (root_ == nullptr) return nullptr;
  return YamlNodePtr(arena_, root_);  // aliasing: owns the arena, points at the root
}

bool YamlTreeBuilder::seen_key(Open& map, std::string_view key) {
  // The keys so far are the even children of the open map.
  const std::size_t keys = child_count() / 2;
  const auto key_at = [&](std::size_t i) { return children_[map.first_child + 2 * i]; };
  if (keys < kScannedKeys) {
    for (std::size_t i = 0; i < keys; ++i) {
      if (key_at(i)->is_scalar() && key_at(i)->value == key) return true;
    }
    return false;
  }
  if (map.keys.empty()) {
    for (std::size_t i = 0; i < keys; ++i) {
      if (key_at(i)->is_scalar()) map.keys.insert(key_at(i)->value);
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
  const bool is_key = parent.node->kind == YamlNode::Kind::map && child_count() % 2 == 0;
  if (is_key && node->is_scalar() && seen_key(parent, node->value)) {
    diagnostics_.push_back({node->where, Severity::error, "duplicate_key",
                            "key '" + node->value + "' appears twice in this map; keep only one"});
  }
  children_.push_back(node);
}

}  // namespace regsim::io::detail
