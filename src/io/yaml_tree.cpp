#include "yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

#include "yaml_builder.hpp"

namespace regsim::io::detail {
namespace {

// yaml-cpp's events, passed on to the tree builder.
class YamlCppEvents : public YAML::EventHandler {
 public:
  YamlCppEvents(YamlTreeBuilder& builder, const std::string& file,
                std::vector<Diagnostic>& diagnostics)
      : builder_(builder), file_(file), diagnostics_(diagnostics) {}

  int documents() const { return documents_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ == 2) {
      diagnostics_.push_back({{file_, line(mark), column(mark)},
                              Severity::error,
                              "yaml_syntax",
                              "a regsim file holds one YAML document; remove the second "
                              "document (the text after '---')"});
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.null(line(mark), column(mark), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.alias(line(mark), column(mark), anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp tags non-plain scalars (quoted, block) "!".
    builder_.scalar(line(mark), column(mark), value, tag == "!", anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    builder_.open(line(mark), column(mark), YamlNode::Kind::sequence, anchor);
  }
  void OnSequenceEnd() override { builder_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    builder_.open(line(mark), column(mark), YamlNode::Kind::map, anchor);
  }
  void OnMapEnd() override { builder_.close(); }

 private:
  static int line(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.line + 1; }
  static int column(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.column + 1; }

  YamlTreeBuilder& builder_;
  const std::string& file_;
  std::vector<Diagnostic>& diagnostics_;
  int documents_ = 0;
};

SourceLocation location_of(const YAML::Mark& mark, const std::string& file) {
  if (mark.is_null()) return {file, 0, 0};
  return {file, mark.line + 1, mark.column + 1};
}

void dump_node(const YamlNode* node, int depth, std::string& out) {
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  if (node == nullptr) {
    out += "(none)\n";
    return;
  }
  out += std::to_string(node->where.line) + ':' + std::to_string(node->where.column) + ' ';
  switch (node->kind) {
    case YamlNode::Kind::null:
      out += "null\n";
      break;
    case YamlNode::Kind::scalar:
      out += (node->quoted ? "quoted [" : "plain [") + node->value + "]\n";
      break;
    case YamlNode::Kind::sequence:
      out += "list\n";
      for (const auto* item : node->items)
        dump_node(item, depth + 1, out);
      break;
    case YamlNode::Kind::map:
      out += "map\n";
      for (const auto& [key, value] : node->entries) {
        dump_node(key, depth + 1, out);
        dump_node(value, depth + 2, out);
      }
      break;
  }
}

}  // namespace

std::string dump_yaml(const YamlNode* root) {
  std::string out;
  dump_node(root, 0, out);
  return out;
}

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k->is_scalar() && k->value == key) return v;
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
  if (auto root = parse_yaml_subset(text, file, limits, diagnostics)) return std::move(*root);
  return parse_yaml_with_yaml_cpp(text, file, limits, diagnostics);
}

YamlNodePtr parse_yaml_with_yaml_cpp(std::string_view text, const std::string& file,
                                     const YamlLimits& limits,
                                     std::vector<Diagnostic>& diagnostics) {
  std::istringstream stream{std::string(text)};
  YamlTreeBuilder builder(file, limits, diagnostics);
  YamlCppEvents events(builder, file, diagnostics);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(events)) {
      if (events.documents() > 1) break;
    }
  } catch (const YamlAbort& abort) {
    diagnostics.push_back(abort.diagnostic);
    return nullptr;
  } catch (const YAML::DeepRecursion& error) {
    diagnostics.push_back({location_of(error.mark, file), Severity::error, "too_deep",
                           "collections are nested too deeply"});
    return nullptr;
  } catch (const YAML::Exception& error) {
    diagnostics.push_back({location_of(error.mark, file), Severity::error, "yaml_syntax",
                           "YAML syntax: " + error.msg + "; check indentation, colons and quotes"});
    return nullptr;
  }
  return builder.root();
}

std::size_t expanded_size(const YamlNode& root, std::size_t cap) {
  // Iterative: nesting is bounded (too_deep) but a walk needs no recursion.
  std::size_t size = 0;
  std::vector<const YamlNode*> pending{&root};
  while (!pending.empty() && size <= cap) {
    const YamlNode* node = pending.back();
    pending.pop_back();
    size += 1 + node->value.size();
    for (const YamlNode* item : node->items)
      pending.push_back(item);
    for (const auto& [key, value] : node->entries) {
      pending.push_back(key);
      pending.push_back(value);
    }
  }
  return size;
}

}  // namespace regsim::io::detail
