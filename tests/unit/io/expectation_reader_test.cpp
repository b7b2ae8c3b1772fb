#include "regsim/io/expectation_reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "regsim/error.hpp"

using namespace regsim;
using calendar::Date;

namespace {

// The diagnostics parse_expectations throws for `text` (empty when it parses).
std::vector<Diagnostic> diagnostics_of(const std::string& text) {
  try {
    io::parse_expectations(text, "checks.yaml");
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  return {};
}

bool has(const std::vector<Diagnostic>& diagnostics, const std::string& id, int line) {
  for (const auto& d : diagnostics) {
    if (d.id == id && d.where.line == line) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("expectation reader reads every kind of assertion", "[io][expectations]") {
  const auto file = io::parse_expectations(R"(regsim: 1
pathway: kr/biosimilar
runs: 500
seed: 9
expect:
  - name: old rules
    milestone: approval
    from: submission
    calendar_days: {equal: 406}
    tolerance: 2%
  - milestone: approval
    scenario: reformed
    clock_days: {at_most: 295}
  - milestone: approval
    date: {at_least: 2027-04-15}
    tolerance: 3d
  - milestone: approval
    p80: {at_most: 450}
    seed: 4
  - milestone: approval
    p90: {at_most: 2027-12-31}
  - deadline: statutory
    probability: {at_least: 0.8}
    tolerance: 0.05
  - milestone: approval
    within: 300
    probability: {at_least: 0.5}
  - scenario: reformed
    faster_than: baseline
    by_at_least: 100
  - pathway: other.yaml
    no_task_after: 2028-01-31
)",
                                           "checks.yaml");
  REQUIRE(file.assertions.size() == 9);
  const auto& a = file.assertions;

  CHECK(a[0].name == "old rules");
  CHECK(a[0].pathway == "kr/biosimilar");
  CHECK(a[0].scenario == "baseline");
  CHECK(a[0].where == SourceLocation{"checks.yaml", 6, 5});
  CHECK(a[0].tolerance == model::Tolerance{2, true});
  const auto& m0 = std::get<model::MilestoneCheck>(a[0].check);
  CHECK(m0.milestone == "approval");
  CHECK(m0.from == "submission");
  CHECK(m0.measure == model::MilestoneMeasure::calendar_days);
  CHECK(m0.expected == model::Expected{model::Comparison::equal, 406, std::nullopt});

  CHECK(a[1].scenario == "reformed");
  CHECK(std::get<model::MilestoneCheck>(a[1].check).measure == model::MilestoneMeasure::clock_days);

  const auto& m2 = std::get<model::MilestoneCheck>(a[2].check);
  CHECK(m2.measure == model::MilestoneMeasure::date);
  CHECK(m2.expected.comparison == model::Comparison::at_least);
  CHECK(m2.expected.date == Date(2027, 4, 15));
  CHECK(a[2].tolerance == model::Tolerance{3, false});

  const auto& p3 = std::get<model::PercentileCheck>(a[3].check);
  CHECK(p3.percentile == 80);
  CHECK(p3.expected.number == 450);
  CHECK(p3.runs == 500);  // from the top level
  CHECK(p3.seed == 4);    // its own

  const auto& p4 = std::get<model::PercentileCheck>(a[4].check);
  CHECK(p4.percentile == 90);
  CHECK(p4.expected.date == Date(2027, 12, 31));
  CHECK(p4.seed == 9);

  const auto& q5 = std::get<model::ProbabilityCheck>(a[5].check);
  CHECK(q5.deadline == "statutory");
  CHECK(q5.expected.number == 0.8);
  CHECK(a[5].tolerance == model::Tolerance{0.05, false});

  const auto& q6 = std::get<model::ProbabilityCheck>(a[6].check);
  CHECK(q6.milestone == "approval");
  CHECK(q6.within == 300);
  CHECK_FALSE(q6.by.has_value());

  const auto& f7 = std::get<model::FasterCheck>(a[7].check);
  CHECK(f7.other == "baseline");
  CHECK(f7.by_at_least == 100);
  CHECK(f7.milestone.empty());

  CHECK(a[8].pathway == "other.yaml");
  CHECK(std::get<model::NoTaskAfterCheck>(a[8].check).date == Date(2028, 1, 31));
}

TEST_CASE("expectation reader reports every problem with its line and id", "[io][expectations]") {
  const auto diagnostics = diagnostics_of(R"(regsim: 1
pathway: kr/biosimilar
expect:
  - milestone: approval
    calender_days: {at_most: 10}
  - milestone: approval
    date: {at_most: 2027-02-30}
  - deadline: statutory
    probability: {at_least: 1.5}
  - milestone: approval
    date: {at_most: 2027-02-01}
    tolerance: 2%
)");
  CHECK(has(diagnostics, "unknown_key", 5));
  CHECK(has(diagnostics, "bad_date", 7));
  CHECK(has(diagnostics, "bad_probability", 9));
  CHECK(has(diagnostics, "bad_tolerance", 12));
  // The unknown key also leaves the first assertion with nothing to check.
  CHECK(has(diagnostics, "missing_key", 4));
  REQUIRE(diagnostics.size() == 5);
  CHECK(diagnostics[0].message.find("did you mean 'calendar_days'?") != std::string::npos);
  CHECK(diagnostics[0].where.column == 5);
}

TEST_CASE("expectation reader rejects malformed files", "[io][expectations]") {
  SECTION("YAML syntax") {
    const auto d = diagnostics_of("regsim: 1\nexpect: [\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "yaml_syntax");
  }
  SECTION("nesting past the reader's guard is too_deep, not a bare 'bad file'") {
    const auto d = diagnostics_of("regsim: 1\nexpect: " + std::string(3000, '[') +
                                  std::string(3000, ']') + "\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "too_deep");
    CHECK(d[0].where.line == 2);
    CHECK(d[0].message.find("nested more than 64 levels") != std::string::npos);
  }
  SECTION("version") {
    CHECK(has(diagnostics_of("regsim: 2\npathway: x\nexpect:\n  - no_task_after: 2027-01-01\n"),
              "bad_version", 1));
  }
  SECTION("missing expect and unknown top-level key") {
    const auto d = diagnostics_of("regsim: 1\npathways: x\n");
    CHECK(has(d, "unknown_key", 2));
    CHECK(d[0].message.find("did you mean 'pathway'?") != std::string::npos);
    CHECK(has(d, "missing_key", 1));
  }
  SECTION("no pathway anywhere") {
    CHECK(has(diagnostics_of("regsim: 1\nexpect:\n  - no_task_after: 2027-01-01\n"), "missing_key",
              3));
  }
  SECTION("two things in one assertion") {
    CHECK(has(diagnostics_of("regsim: 1\npathway: x\nexpect:\n  - milestone: a\n"
                             "    date: {at_most: 2027-01-01}\n    p80: {at_most: 3}\n"),
              "conflicting_keys", 6));
  }
  SECTION("a key of another kind") {
    CHECK(has(diagnostics_of("regsim: 1\npathway: x\nexpect:\n  - milestone: a\n"
                             "    by: 2027-01-01\n    calendar_days: {at_most: 3}\n"),
              "misplaced_key", 5));
  }
  SECTION("comparison missing, or two of them") {
    CHECK(has(diagnostics_of("regsim: 1\npathway: x\nexpect:\n  - milestone: a\n"
                             "    calendar_days: {}\n"),
              "missing_key", 5));
    CHECK(has(diagnostics_of("regsim: 1\npathway: x\nexpect:\n  - milestone: a\n"
                             "    calendar_days:\n      at_most: 3\n      at_least: 1\n"),
              "conflicting_keys", 7));
  }
  SECTION("wrong types and ranges") {
    const auto d = diagnostics_of(
        "regsim: 1\npathway: x\nruns: 0\nexpect:\n  - milestone: [a]\n"
        "    calendar_days: {at_most: ten}\n  - milestone: a b\n    clock_days: {at_most: 3}\n"
        "  - milestone: a\n    faster_than: b\n    basis: fortnights\n"
        "  - milestone: a\n    p50: {at_most: 3}\n    basis: clock-days\n");
    CHECK(has(d, "bad_number", 3));
    CHECK(has(d, "wrong_type", 5));
    CHECK(has(d, "wrong_type", 6));
    CHECK(has(d, "bad_id", 7));
    CHECK(has(d, "unknown_basis", 11));
    CHECK(has(d, "misplaced_key", 14));
  }
}

TEST_CASE("read_expectations names a missing file", "[io][expectations]") {
  try {
    io::read_expectations("/no/such/dir/checks.yaml");
    FAIL("no error thrown");
  } catch (const InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].id == "file_not_found");
    CHECK(error.diagnostics()[0].where.file == "/no/such/dir/checks.yaml");
  }
}

TEST_CASE("read_expectations refuses a file over 16 MiB before reading it", "[io][expectations]") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("regsim-large-checks-" + std::to_string(::getpid()) + ".yaml");
  // Sparse: the size is what is checked, nothing is written.
  { std::ofstream{path}; }
  std::filesystem::resize_file(path, (16u << 20) + 1);
  const auto d = [&] {
    try {
      io::read_expectations(path);
    } catch (const InputError& error) {
      return error.diagnostics();
    }
    return std::vector<Diagnostic>{};
  }();
  std::filesystem::remove(path);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "file_too_large");
}
