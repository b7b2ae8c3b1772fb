#include "regsim/io/baseline_reader.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"

using namespace regsim;

namespace {

std::vector<Diagnostic> diagnostics_of(const std::string& text) {
  try {
    io::parse_baseline_json(text, "base.json");
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  return {};
}

}  // namespace

TEST_CASE("bad baseline JSON is located by line and column", "[io][baseline]") {
  const auto d = diagnostics_of("{\n  \"schema\": \"regsim-baseline\",\n  \"version\": ]\n}");
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "bad_json");
  CHECK(d[0].where.line == 3);
  CHECK(d[0].where.column == 14);
}

TEST_CASE("baseline schema problems are all reported", "[io][baseline]") {
  CHECK(diagnostics_of("[]").at(0).id == "wrong_type");
  CHECK(diagnostics_of(R"({"schema": "regsim-timeline", "version": 1})").at(0).id == "bad_schema");
  CHECK(diagnostics_of(R"({"schema": "regsim-baseline", "version": 2})").at(0).id == "bad_schema");
  // No schema and a wrong version: reported at the version (this dereferenced a null).
  const auto no_schema = diagnostics_of("{\n  \"version\": 2}");
  REQUIRE(no_schema.size() == 2);
  CHECK(no_schema[0].id == "missing_key");
  CHECK(no_schema[1].id == "bad_schema");
  CHECK(no_schema[1].where.line == 2);
  const auto d = diagnostics_of(R"({"schema": "regsim-baseline", "version": 1, "pathway": "p",
    "scenario": "baseline", "start": "2026-02-30", "finish": "2026-03-01", "calendar_days": 1,
    "working_days": 1, "clock_days": "1",
    "tasks": [{"id": "a", "start": "2026-03-01", "finish": "2026-03-01", "skipped": 0}, 3]})");
  // Each at the line and column of the value (issue 28: not a JSON pointer).
  REQUIRE(d.size() == 5);
  CHECK(d[0].id == "bad_date");
  CHECK(d[0].where == SourceLocation{"base.json", 2, 38});
  CHECK(d[1].id == "wrong_type");
  CHECK(d[1].where.line == 3);
  CHECK(d[2].id == "missing_key");
  CHECK(d[2].message == "missing 'clock_days'");
  CHECK(d[2].where == SourceLocation{"base.json", 4, 15});  // the task's '{'
  CHECK(d[3].id == "wrong_type");
  CHECK(d[3].where.line == 4);
  CHECK(d[3].message.find("'skipped'") != std::string::npos);
  CHECK(d[4].message.find("a task is a JSON object") != std::string::npos);
  CHECK(d[4].where.line == 4);
  CHECK(diagnostics_of(R"({"schema": "regsim-baseline", "version": 1})").size() == 8);
}

TEST_CASE("a missing baseline file is file_not_found", "[io][baseline]") {
  try {
    io::read_baseline_json("/no/such/base.json");
    FAIL("no error");
  } catch (const InputError& error) {
    CHECK(error.diagnostics().at(0).id == "file_not_found");
  }
}
