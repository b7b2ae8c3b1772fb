// Runs every bad status file under tests/cases/status/: each names, on its first line, the
// diagnostic id and line it must produce (`# expect: ID at LINE [saying TEXT]`), as the
// pathway cases do. A case goes through what `regsim schedule --status` does before it
// schedules: reading, the tracked pathway and scenario, then sim::resolve_status.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "regsim/error.hpp"
#include "regsim/graph/scenario.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/sim/tracking.hpp"

namespace fs = std::filesystem;
using namespace regsim;

namespace {

const fs::path cases_folder = fs::path(REGSIM_TEST_DATA_DIR) / "cases" / "status";

std::vector<Diagnostic> check_status_file(const fs::path& file) {
  try {
    const auto status = io::read_status(file);
    io::ReadOptions options;
    options.data_dir = REGSIM_WORKFLOWS_DIR;
    const auto pathway =
        io::read_pathway(io::status_pathway_path(status, options.data_dir), options);
    io::check_status_scenario(status, pathway);
    const auto applied = graph::apply_scenario(
        pathway, status.scenario.empty() ? std::string(model::baseline_scenario) : status.scenario);
    sim::resolve_status(status, applied);
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  return {};
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(cases_folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every bad status case produces its stated diagnostic id at its stated line",
          "[io][status][cases]") {
  const auto files = case_files();
  REQUIRE(files.size() >= 10);
  static const std::regex expect(R"(^# expect: ([a-z_]+) at ([0-9]+)(?: saying (.+))?$)");
  for (const auto& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      std::ifstream in(file);
      std::string first;
      std::getline(in, first);
      std::smatch match;
      REQUIRE(std::regex_match(first, match, expect));
      const std::string id = match[1], saying = match[3];
      const int line = std::stoi(match[2]);
      const auto diagnostics = check_status_file(file);
      bool found = false;
      for (const auto& d : diagnostics) {
        found = found || (d.id == id && d.where.line == line &&
                          fs::path(d.where.file).filename() == file.filename() &&
                          d.message.find(saying) != std::string::npos);
      }
      INFO("expected " << id << " at " << file.filename() << ":" << line << "; got:\n"
                       << render_diagnostics(diagnostics));
      CHECK(found);
    }
  }
}

TEST_CASE("the status cases cover every diagnostic id of docs/status.md", "[io][status][cases]") {
  std::ifstream doc(fs::path(REGSIM_TEST_DATA_DIR).parent_path() / "docs" / "status.md");
  REQUIRE(doc);
  std::set<std::string> documented;
  bool in_table = false;
  static const std::regex row(R"(^\| `([a-z_]+)` \|)");
  for (std::string line; std::getline(doc, line);) {
    if (line.rfind("## ", 0) == 0) in_table = line.rfind("## Diagnostics", 0) == 0;
    std::smatch match;
    if (in_table && std::regex_search(line, match, row)) documented.insert(match[1]);
  }
  REQUIRE(documented.size() >= 10);
  std::set<std::string> covered;
  for (const auto& file : case_files()) {
    std::ifstream in(file);
    std::string first;
    std::getline(in, first);
    std::smatch match;
    static const std::regex expect(R"(^# expect: ([a-z_]+) at)");
    if (std::regex_search(first, match, expect)) covered.insert(match[1]);
  }
  for (const auto& id : documented) {
    INFO("no case under tests/cases/status/ produces " << id);
    CHECK(covered.contains(id));
  }
}

TEST_CASE("the good status files of the tracking tests pass every check", "[io][status]") {
  const fs::path folder = fs::path(REGSIM_TEST_DATA_DIR) / "cases" / "status" / "data";
  for (const char* name : {"in-questions.yaml", "overrun.yaml"}) {
    INFO(name);
    CHECK(render_diagnostics(check_status_file(folder / name)).empty());
  }
}
