#include "yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <set>
#include <sstream>

namespace regsim::io::detail {
namespace {

// Thrown from inside the event handler to stop yaml-cpp's recursive parser early.
struct Abort {
  Diagnostic diagnostic;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, const YamlLimits& limits,
              std::vector<Diagnostic>& diagnostics)
      : file_(file), limits_(limits), diagnostics_(diagnostics) {}

  YamlNodePtr root() const { return root_; }
  int documents() const { return documents_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ == 2) {
      diagnostics_.push_back({at(mark), Severity::error, "yaml_syntax",
                              "a pathway file holds one YAML document; remove the second "
                              "document (the text after '---')"});
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto node = std::make_shared<YamlNode>();
    node->where = at(mark);
    add(std::move(node), anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      throw Abort{{at(mark), Severity::error, "yaml_syntax", "an alias names no anchor"}};
    }
    alias_nodes_ += found->second.second;
    if (alias_nodes_ > limits_.max_alias_nodes) {
      throw Abort{{at(mark), Severity::error, "alias_expansion",
                   "aliases expand to more than " + std::to_string(limits_.max_alias_nodes) +
                       " nodes; write the content out or use fewer nested aliases"}};
    }
    add(found->second.first, 0, found->second.second);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    auto node = std::make_shared<YamlNode>();
    node->kind = YamlNode::Kind::scalar;
    node->value = value;
    node->quoted = tag == "!";  // yaml-cpp tags non-plain scalars "!"
    node->where = at(mark);
    add(std::move(node), anchor, 1);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, YamlNode::Kind::sequence, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, YamlNode::Kind::map, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    std::shared_ptr<YamlNode> node;
    YAML::anchor_t anchor;
    std::size_t size;  // nodes in the subtree, aliases expanded
    YamlNodePtr pending_key;
    std::set<std::string> keys;
  };

  SourceLocation at(const YAML::Mark& mark) const {
    if (mark.is_null()) return {file_, 0, 0};
    return {file_, mark.line + 1, mark.column + 1};
  }

  void open(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      throw Abort{{at(mark), Severity::error, "too_deep",
                   "collections are nested more than " + std::to_string(limits_.max_depth) +
                       " levels deep; a pathway file needs far fewer"}};
    }
    auto node = std::make_shared<YamlNode>();
    node->kind = kind;
    node->where = at(mark);
    stack_.push_back(Open{std::move(node), anchor, 1, nullptr, {}});
  }

  void close() {
    Open done = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(done.node), done.anchor, done.size);
  }

  void add(YamlNodePtr node, YAML::anchor_t anchor, std::size_t size) {
    if (anchor != 0) anchors_[anchor] = {node, size};
    if (stack_.empty()) {
      if (documents_ <= 1) root_ = std::move(node);
      return;
    }
    Open& parent = stack_.back();
    parent.size += size;
    auto& container = *parent.node;
    if (container.kind == YamlNode::Kind::sequence) {
      container.items.push_back(std::move(node));
    } else if (!parent.pending_key) {
      if (node->is_scalar() && !parent.keys.insert(node->value).second) {
        diagnostics_.push_back(
            {node->where, Severity::error, "duplicate_key",
             "key '" + node->value + "' appears twice in this map; keep only one"});
      }
      parent.pending_key = std::move(node);
    } else {
      container.entries.emplace_back(std::move(parent.pending_key), std::move(node));
      parent.pending_key = nullptr;
    }
  }

  const std::string& file_;
  const YamlLimits& limits_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, std::pair<YamlNodePtr, std::size_t>> anchors_;
  std::size_t alias_nodes_ = 0;
  YamlNodePtr root_;
  int documents_ = 0;
};

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k->is_scalar() && k->value == key) return v.get();
  }
  return nullptr;
}

const char* describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null:
      return "nothing";
    case YamlNode::Kind::scalar:
      return "a single value";
    case YamlNode::Kind::sequence:
      return "a list";
    case YamlNode::Kind::map:
      return "a map";
  }
  return "a value";
}

YamlNodePtr parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits,
                       std::vector<Diagnostic>& diagnostics) {
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(file, limits, diagnostics);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents() > 1) break;
    }
  } catch (const Abort& abort) {
    diagnostics.push_back(abort.diagnostic);
    return nullptr;
  } catch (const YAML::DeepRecursion& error) {
    diagnostics.push_back({{file, error.mark.line + 1, error.mark.column + 1},
                           Severity::error,
                           "too_deep",
                           "collections are nested too deeply"});
    return nullptr;
  } catch (const YAML::Exception& error) {
    SourceLocation where{file, 0, 0};
    if (!error.mark.is_null()) where = {file, error.mark.line + 1, error.mark.column + 1};
    diagnostics.push_back({where, Severity::error, "yaml_syntax",
                           "YAML syntax: " + error.msg + "; check indentation, colons and quotes"});
    return nullptr;
  }
  return builder.root();
}

}  // namespace regsim::io::detail
