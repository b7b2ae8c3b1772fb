// Golden (approval) tests of every report format on the hand-built review fixture.
// A mismatch writes actual.* and actual.diff next to expected.* and fails; run with
// REGSIM_UPDATE_GOLDEN=1 to approve the output, then read the diff before committing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "regsim/report/comparison.hpp"
#include "regsim/report/comparison_json.hpp"
#include "regsim/report/csv.hpp"
#include "regsim/report/gantt.hpp"
#include "regsim/report/markdown.hpp"
#include "unit/file_text.hpp"
#include "unit/report/fixture.hpp"
#include "unit/report/width_check.hpp"

namespace fs = std::filesystem;

namespace {

void spit(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Versions change with every release; goldens must not.
std::string mask(const std::string& text) {
  static const std::regex version(R"re("regsim": "[0-9]+\.[0-9]+\.[0-9]+")re");
  return std::regex_replace(text, version, R"("regsim": "<version>")");
}

// A plain line diff: every line that differs, with its number.
std::string line_diff(const std::string& expected, const std::string& actual) {
  const auto a = regsim::test::lines_of(expected);
  const auto b = regsim::test::lines_of(actual);
  std::string diff;
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    const std::string* left = i < a.size() ? &a[i] : nullptr;
    const std::string* right = i < b.size() ? &b[i] : nullptr;
    if (left != nullptr && right != nullptr && *left == *right) continue;
    diff += "@@ line " + std::to_string(i + 1) + "\n";
    if (left != nullptr) diff += "-" + *left + "\n";
    if (right != nullptr) diff += "+" + *right + "\n";
  }
  return diff;
}

void approve(const std::string& name, const std::string& extension, const std::string& output) {
  const fs::path folder = fs::path(REGSIM_TEST_DATA_DIR) / "golden" / name;
  const fs::path expected = folder / ("expected." + extension);
  const fs::path actual = folder / ("actual." + extension);
  const std::string masked = mask(output);
  const char* update = std::getenv("REGSIM_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    fs::create_directories(folder);
    spit(expected, masked);
    fs::remove(actual);
    fs::remove(folder / "actual.diff");
    return;
  }
  INFO("golden " << expected.string() << " (approve with REGSIM_UPDATE_GOLDEN=1)");
  REQUIRE(fs::exists(expected));
  const std::string approved = regsim::test::file_text(expected);
  if (approved == masked) {
    fs::remove(actual);
    fs::remove(folder / "actual.diff");
    SUCCEED();
    return;
  }
  spit(actual, masked);
  const auto diff = line_diff(approved, masked);
  spit(folder / "actual.diff", diff);
  FAIL("output differs from " << expected.string() << "; see actual.diff:\n" << diff);
}

}  // namespace

TEST_CASE("golden: review Gantt, text", "[report][golden]") {
  const regsim::test::ReviewFixture f;
  approve("review-gantt-text", "txt", regsim::report::render_gantt({f.pathway, f.timeline, ""}));
}

TEST_CASE("golden: review Gantt, ASCII at 72 columns", "[report][golden]") {
  const regsim::test::ReviewFixture f;
  approve("review-gantt-ascii-72", "txt",
          regsim::report::render_gantt({f.pathway, f.timeline, ""}, {72, true, false}));
}

TEST_CASE("golden: review Gantt, Markdown", "[report][golden]") {
  const regsim::test::ReviewFixture f;
  approve("review-gantt-md", "md",
          regsim::report::render_gantt_markdown({f.pathway, f.timeline, ""}));
}

TEST_CASE("golden: review comparison, text", "[report][golden]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  approve("review-compare-text", "txt",
          regsim::report::render_comparison(regsim::analysis::compare(
              {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}})));
}

TEST_CASE("golden: review comparison, ASCII at 60 columns", "[report][golden]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  approve("review-compare-ascii-60", "txt",
          regsim::report::render_comparison(
              regsim::analysis::compare({b.pathway, b.timeline, ""},
                                        {{r.pathway, r.timeline, "Reformed review"}}),
              {60, true, false}));
}

TEST_CASE("golden: review comparison, Markdown", "[report][golden]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  approve("review-compare-md", "md",
          regsim::report::render_comparison_markdown(regsim::analysis::compare(
              {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "Reformed review"}})));
}

TEST_CASE("golden: review comparison, CSV", "[report][golden]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  approve("review-compare-csv", "csv",
          regsim::report::render_csv(regsim::analysis::compare({b.pathway, b.timeline, ""},
                                                               {{r.pathway, r.timeline, ""}})));
}

TEST_CASE("golden: review comparison, JSON", "[report][golden]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  approve("review-compare-json", "json",
          regsim::report::render_comparison_json(
              regsim::analysis::compare({b.pathway, b.timeline, ""},
                                        {{r.pathway, r.timeline, "Reformed review"}}),
              false));
}
