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
  const auto d = diagnostics_of(R"({"schema": "regsim-baseline", "version": 1, "pathway": "p",
    "scenario": "baseline", "start": "2026-02-30", "finish": "2026-03-01", "calendar_days": 1,
    "working_days": 1, "clock_days": "1",
    "tasks": [{"id": "a", "start": "2026-03-01", "finish": "2026-03-01", "skipped": 0}, 3]})");
  REQUIRE(d.size() == 5);
  CHECK(d[0].id == "bad_date");
  CHECK(d[0].message.find("/start") != std::string::npos);
  CHECK(d[1].id == "wrong_type");
  CHECK(d[1].message.find("/clock_days") != std::string::npos);
  CHECK(d[2].message == "at /tasks/0: missing 'clock_days'");
  CHECK(d[2].id == "missing_key");
  CHECK(d[3].message.find("/tasks/0/skipped") != std::string::npos);
  CHECK(d[4].message.find("at /tasks/1: a task is a JSON object") != std::string::npos);
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
