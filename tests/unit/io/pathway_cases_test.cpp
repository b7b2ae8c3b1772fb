// Runs every bad input under tests/cases/: each names, on its first line, the diagnostic
// id and line it must produce (`# expect: ID at LINE [in PART] [saying TEXT]`), and may
// set read limits on its second line (`# limits: max_tasks=2`).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "regsim/error.hpp"
#include "regsim/graph/validation.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::string id;
  int line = 0;
  std::string part;    // the diagnostic is in this file (relative to tests/cases)
  std::string saying;  // text the message must contain
  regsim::io::ReadOptions options;
};

Expectation parse_header(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  static const std::regex expect(
      R"(^# expect: ([a-z_]+) at ([0-9]+)(?: in (\S+))?(?: saying (.+))?$)");
  std::smatch match;
  Expectation expectation;
  if (!std::regex_match(first, match, expect)) {
    FAIL("the first line of " << file << " must read '# expect: ID at LINE'");
  }
  expectation.id = match[1];
  expectation.line = std::stoi(match[2]);
  expectation.part = match[3];
  expectation.saying = match[4];
  expectation.options.data_dir = REGSIM_WORKFLOWS_DIR;
  static const std::regex limit(R"(([a-z_]+)=([0-9]+))");
  if (second.rfind("# limits:", 0) == 0) {
    for (std::sregex_iterator it(second.begin(), second.end(), limit), end; it != end; ++it) {
      const std::string key = (*it)[1];
      const auto value = std::stoul((*it)[2]);
      auto& limits = expectation.options.limits;
      if (key == "max_tasks")
        limits.max_tasks = value;
      else if (key == "max_file_bytes")
        limits.max_file_bytes = value;
      else if (key == "max_depth")
        limits.max_depth = static_cast<int>(value);
      else if (key == "max_include_depth")
        limits.max_include_depth = static_cast<int>(value);
      else if (key == "max_included_files")
        limits.max_included_files = value;
      else if (key == "max_included_size")
        limits.max_included_size = value;
      else if (key == "max_scenarios")
        limits.max_scenarios = value;
      else if (key == "max_extends_depth")
        limits.max_extends_depth = value;
      else
        FAIL("unknown limit " << key << " in " << file);
    }
  }
  return expectation;
}

// What `regsim validate` reports: reading, then graph::validate (every scenario).
std::vector<regsim::Diagnostic> validate_file(const fs::path& file,
                                              const regsim::io::ReadOptions& options) {
  try {
    return regsim::graph::validate(regsim::io::read_pathway(file, options));
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
}

}  // namespace

TEST_CASE("every bad case produces its stated diagnostic id at its stated line", "[io][cases]") {
  const fs::path folder = fs::path(REGSIM_TEST_DATA_DIR) / "cases";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 40);
  for (const auto& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      const auto expectation = parse_header(file);
      const auto diagnostics = validate_file(file, expectation.options);
      const std::string expected_file = expectation.part.empty()
                                            ? file.filename().string()
                                            : fs::path(expectation.part).filename().string();
      bool found = false;
      for (const auto& d : diagnostics) {
        found = found || (d.id == expectation.id && d.where.line == expectation.line &&
                          fs::path(d.where.file).filename() == expected_file &&
                          d.message.find(expectation.saying) != std::string::npos);
      }
      INFO("expected " << expectation.id << " at " << expected_file << ":" << expectation.line
                       << "; got:\n"
                       << regsim::render_diagnostics(diagnostics));
      CHECK(found);
    }
  }
}

TEST_CASE("the cases cover every diagnostic id of the format reference", "[io][cases]") {
  // The table of ids in docs/workflow-format.md ("Diagnostics").
  std::ifstream doc(fs::path(REGSIM_TEST_DATA_DIR).parent_path() / "docs" / "workflow-format.md");
  REQUIRE(doc);
  std::set<std::string> documented;
  bool in_table = false;
  static const std::regex row(R"(^\| `([a-z_]+)` \|)");
  for (std::string line; std::getline(doc, line);) {
    if (line.rfind("## Diagnostics", 0) == 0)
      in_table = true;
    else if (line.rfind("## ", 0) == 0)
      in_table = false;
    std::smatch match;
    if (in_table && std::regex_search(line, match, row)) documented.insert(match[1]);
  }
  REQUIRE(documented.size() >= 28);
  std::set<std::string> covered;
  for (const auto& entry : fs::directory_iterator(fs::path(REGSIM_TEST_DATA_DIR) / "cases")) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path());
    std::string first;
    std::getline(in, first);
    std::smatch match;
    static const std::regex expect(R"(^# expect: ([a-z_]+) at)");
    if (std::regex_search(first, match, expect)) covered.insert(match[1]);
  }
  // Ids that a case file cannot produce (the file itself must exist and be a file) are
  // covered by unit and CLI tests instead.
  // Ids the scheduler reports (regsim schedule), not reading or validation, are tested
  // with the scheduler.
  const std::set<std::string> elsewhere{"file_not_found", "not_a_file", "include_too_deep",
                                        "too_many_errors", "no_sitting", "rework_overlap",
                                        "missing_start", "date_out_of_range",
                                        // a case would be a file of 40,000 tasks: generated
                                        // by tests/adversarial/bounds.sh and a unit test
                                        "too_many_rounds"};
  for (const auto& id : documented) {
    if (elsewhere.contains(id)) continue;
    INFO("no case under tests/cases/ produces " << id);
    CHECK(covered.contains(id));
  }
}
