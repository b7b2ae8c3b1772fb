// The fast YAML subset reader against yaml-cpp (src/io/yaml_tree.hpp, internal): wherever
// the subset reader accepts a text, its tree and diagnostics must equal yaml-cpp's.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../../../src/io/yaml_tree.hpp"
#include "unit/file_text.hpp"

namespace fs = std::filesystem;
using regsim::Diagnostic;
using regsim::io::detail::parse_yaml;
using regsim::io::detail::parse_yaml_subset;
using regsim::io::detail::parse_yaml_with_yaml_cpp;
using regsim::io::detail::YamlLimits;
using regsim::io::detail::YamlNode;

namespace {

std::string describe_parse(const YamlNode* root, const std::vector<Diagnostic>& diagnostics) {
  std::ostringstream out;
  out << regsim::io::detail::dump_yaml(root);
  for (const auto& d : diagnostics) {
    out << "diagnostic " << d.id << " at " << d.where.line << ':' << d.where.column << '\n';
  }
  return out.str();
}

struct Outcome {
  bool subset_accepted = false;
  std::string subset;
  std::string yaml_cpp;
};

Outcome both_readers(const std::string& text) {
  const YamlLimits limits;
  Outcome outcome;
  std::vector<Diagnostic> subset_diagnostics;
  const auto subset = parse_yaml_subset(text, "f.yaml", limits, subset_diagnostics);
  std::vector<Diagnostic> reference_diagnostics;
  const auto reference = parse_yaml_with_yaml_cpp(text, "f.yaml", limits, reference_diagnostics);
  outcome.yaml_cpp = describe_parse(reference.get(), reference_diagnostics);
  if (subset) {
    outcome.subset_accepted = true;
    outcome.subset = describe_parse(subset->get(), subset_diagnostics);
  } else {
    CHECK(subset_diagnostics.empty());  // giving up leaves the diagnostics alone
  }
  return outcome;
}

// The first line where two descriptions differ, from both, and the input lines around
// the position it names: enough to see a disagreement without pages of output.
std::string first_difference(const std::string& a, const std::string& b, const std::string& text) {
  std::istringstream left(a), right(b);
  std::string l, r;
  while (true) {
    const bool more_left = static_cast<bool>(std::getline(left, l));
    const bool more_right = static_cast<bool>(std::getline(right, r));
    if (!more_left && !more_right) return "no difference";
    if (l != r || !more_left || !more_right) break;
  }
  std::ostringstream out;
  out << "subset:   " << l << "\nyaml-cpp: " << r << "\n";
  // A reader that failed says why in its diagnostic: point at that line then.
  std::string named = l;
  for (const auto* description : {&a, &b}) {
    const auto diagnostic = description->find("diagnostic ");
    if (diagnostic != std::string::npos) {
      named = description->substr(diagnostic, description->find('\n', diagnostic) - diagnostic);
      out << named << "\n";
    }
  }
  out << "input near there:\n";
  const auto digits = named.find_first_of("0123456789", named.find(" at ") + 1);
  const int line = digits == std::string::npos ? 1 : std::atoi(named.c_str() + digits);
  std::istringstream lines(text);
  std::string input_line;
  for (int number = 1; std::getline(lines, input_line); ++number) {
    if (number >= line - 3 && number <= line + 2) out << number << "| " << input_line << "\n";
  }
  return out.str();
}

std::vector<fs::path> yaml_files_under(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("the subset reader reads each construct exactly as yaml-cpp does", "[io][yaml]") {
  const std::vector<std::string> accepted = {
      "a: 1\nb: two words  \nc: 'it''s'\nd: \"q \\\" \\\\ \\n \\t\"\n",
      "a:\nb: ~\nc: null\nd: Null\ne: NULL\n",                      // nulls, one empty
      "a:\n  b:\n  # comment\n\nc: 1\nd:\n  - x\n  -\ne:\n  f:\n",  // empty values before dedents
      "a: 1\nb:",                                                   // empty value at the end
      "- a\n-   # comment\n",
      "list:\n- a\n- b\nnext: 1\n",  // a list at its key's indentation
      "- q: 1\n  r: 2\n-   s: 3\n- t:\n  - u\n",
      "g: [x, y , \"z\", 'w']\nh: {k: v, l: [1, 2], m: , n: {}}\np: [ ]\nq: { }\n",
      "r: a#b\ns: \"a\" # comment\nt: -3wd\nu: http://example.org/a:b\nv: a, b [c] {d}\n",
      "하나: 한국 x\nname: {ko: 식품의약품안전처, en: MFDS}\n",
      "l: >\n  folded\n  text\n\n  para\n\n\nm: |-\n  lit\n   more\n# after\nn: |\n  x\n\n",
      "note: >\n  one\n  two\n",
      "--- # document start\na: 1\n",
      "~: 1\n'quoted key': 2\n\"double\": 3\n",
      "dup: 1\ndup: 2\n",  // duplicate_key, at the second key
      "deep:\n  deeper:\n    deepest: [a, {b: [c]}]\n",
      "- >\n q\n",  // a block scalar ending the input
      // An empty value at the end: yaml-cpp puts it where its scanner stops on the last
      // line when that ends the collection, else at the line's start (found by fuzzing).
      "x:\n  b:\n ",
      "x:\n  b:\n  ",
      "x:\n  - a\n  -\n  ",
      "x:\n  - a\n  -\n ",
      "x:\n  - a\n  -\n   ",
      "x:\n  b:\n#",
      "x:\n  b:\n # c",
      "k:\n- a\n-",
  };
  for (const auto& text : accepted) {
    const auto outcome = both_readers(text);
    INFO("text:\n" << text);
    CHECK(outcome.subset_accepted);
    CHECK(first_difference(outcome.subset, outcome.yaml_cpp, text) == "no difference");
  }
}

TEST_CASE("the subset reader gives up on YAML it does not cover", "[io][yaml]") {
  const std::vector<std::string> outside = {
      "a: &x 1\nb: *x\n",                     // anchors and aliases
      "a: !tag 1\n",                          // tags
      "a: this plain scalar\n  goes on\n",    // multi-line plain scalar
      "a: \"two\n  lines\"\n",                // multi-line quoted scalar
      "a: [1,\n  2]\n",                       // multi-line flow collection
      "a:\tb\n",                              // tab
      "a: 1\r\nb: 2\r\n",                     // carriage returns
      "a: 1\n---\nb: 2\n",                    // a second document
      "? complex\n: key\n",                   // explicit key
      "a: |+\n  keep\n\n",                    // keep chomping
      "a: >\n  folded\n    more indented\n",  // more-indented folded line
      "just a scalar\n",                      // a scalar document
      " ---\n-",                              // an indented '---' is text, not a marker
      "a: 1\n... b:\n  c: d\n",               // '...' ends a document
      "a: b: c\n",                            // not YAML at all
      "a: [1, 2,]\n",                         // trailing comma
      "a: \"\\u00e9\"\n",                     // escapes beyond the common ones
      // A block scalar running into the end of a text without a final line break:
      // yaml-cpp reads those its own way (fuzz findings).
      "- >\n q",
      "a: |\n  x\n  y",
      "l: >\n  f.olded\n  t\n  ",
  };
  for (const auto& text : outside) {
    INFO("text:\n" << text);
    const auto outcome = both_readers(text);
    CHECK_FALSE(outcome.subset_accepted);
    // parse_yaml then answers with yaml-cpp's reading.
    std::vector<Diagnostic> diagnostics;
    const auto root = parse_yaml(text, "f.yaml", YamlLimits{}, diagnostics);
    CHECK(describe_parse(root.get(), diagnostics) == outcome.yaml_cpp);
  }
}

TEST_CASE("empty collections as whole documents read as empty", "[io][yaml]") {
  // '{}' once closed a map with no children through a null iterator (found by fuzzing;
  // the sanitizer pass of the suite sees it).
  for (const std::string text : {"{}", "[]", "{}\n", "a: {}\nb: []\n"}) {
    INFO(text);
    std::vector<Diagnostic> diagnostics;
    const auto root = parse_yaml(text, "f.yaml", YamlLimits{}, diagnostics);
    REQUIRE(root != nullptr);
    CHECK(diagnostics.empty());
    CHECK(describe_parse(root.get(), diagnostics) == both_readers(text).yaml_cpp);
  }
}

TEST_CASE("the subset reader accepts every bundled pathway and agrees on every repository YAML",
          "[io][yaml]") {
  std::size_t agreed = 0;
  for (const auto& root : {fs::path(REGSIM_WORKFLOWS_DIR), fs::path(REGSIM_TEST_DATA_DIR)}) {
    for (const auto& file : yaml_files_under(root)) {
      const std::string text = regsim::test::file_text(file);
      const auto outcome = both_readers(text);
      INFO(file);
      // The bundled files are what users read most; they must take the fast path.
      const bool bundled = file.string().rfind(REGSIM_WORKFLOWS_DIR, 0) == 0;
      if (bundled) CHECK(outcome.subset_accepted);
      if (outcome.subset_accepted) {
        CHECK(first_difference(outcome.subset, outcome.yaml_cpp, text) == "no difference");
        ++agreed;
      }
    }
  }
  CHECK(agreed > 60);  // the bundled files and most test inputs
}

TEST_CASE("the subset reader agrees with yaml-cpp on mangled pathway files", "[io][yaml]") {
  // Seeded mutations of the bundled files: characters that matter to YAML inserted,
  // deleted or replaced, lines duplicated or re-indented. Whenever the subset reader
  // accepts a variant, it must read it as yaml-cpp does (including yaml-cpp's errors,
  // which the subset reader must never accept).
  // REGSIM_MUTATION_SEED explores other variants by hand; the suite uses a fixed seed.
  const char* seed = std::getenv("REGSIM_MUTATION_SEED");
  std::mt19937 random(seed != nullptr ? static_cast<unsigned>(std::atoi(seed)) : 20261121u);
  const std::string special = ":-#'\"[]{}, \n|>~&*!?%\\";
  std::size_t accepted = 0;
  std::size_t variants = 0;
  for (const auto& file : yaml_files_under(REGSIM_WORKFLOWS_DIR)) {
    const std::string original = regsim::test::file_text(file);
    for (int round = 0; round < 150; ++round) {
      std::string text = original;
      const int edits = 1 + static_cast<int>(random() % 3);
      for (int edit = 0; edit < edits && !text.empty(); ++edit) {
        const std::size_t at = random() % text.size();
        const char c = special[random() % special.size()];
        switch (random() % 5) {
          case 0:
            text.insert(at, 1, c);
            break;
          case 1:
            text.erase(at, 1);
            break;
          case 2:
            text[at] = c;
            break;
          case 3: {  // duplicate the line around `at`
            const auto begin = text.rfind('\n', at) + 1;
            const auto end = text.find('\n', at);
            if (end != std::string::npos) text.insert(begin, text.substr(begin, end - begin + 1));
            break;
          }
          default: {  // indent or dedent the line by one or two spaces
            const auto begin = text.rfind('\n', at) + 1;
            if (random() % 2 == 0) {
              text.insert(begin, random() % 2 == 0 ? " " : "  ");
            } else if (text[begin] == ' ') {
              text.erase(begin, 1);
            }
          }
        }
      }
      const auto outcome = both_readers(text);
      ++variants;
      if (outcome.subset_accepted) {
        ++accepted;
        INFO(file << " variant " << round);
        REQUIRE(first_difference(outcome.subset, outcome.yaml_cpp, text) == "no difference");
      }
    }
  }
  // Many small mutations leave the file inside the subset: the comparison has teeth.
  CHECK(accepted * 3 > variants);
}
