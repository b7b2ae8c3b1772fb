#include "regsim/error.hpp"

#include <catch2/catch.hpp>

using regsim::Diagnostic;
using regsim::SourceLocation;

TEST_CASE("a diagnostic renders as file:line:col: severity: message [id]", "[error]") {
  const Diagnostic diagnostic{SourceLocation{"kr/biosimilar.yaml", 12, 7}, regsim::Severity::error,
                              "unknown_key", "unknown key 'duraton'; did you mean 'duration'?"};
  CHECK(regsim::to_string(diagnostic) ==
        "kr/biosimilar.yaml:12:7: error: unknown key 'duraton'; did you mean 'duration'? "
        "[unknown_key]");

  SECTION("without a column") {
    Diagnostic no_column = diagnostic;
    no_column.where.column = 0;
    CHECK(regsim::to_string(no_column).rfind("kr/biosimilar.yaml:12: error:", 0) == 0);
  }
  SECTION("without a line") {
    Diagnostic no_line = diagnostic;
    no_line.where.line = 0;
    CHECK(regsim::to_string(no_line).rfind("kr/biosimilar.yaml: error:", 0) == 0);
  }
  SECTION("a warning") {
    Diagnostic warning = diagnostic;
    warning.severity = regsim::Severity::warning;
    CHECK(regsim::to_string(warning).find(": warning: ") != std::string::npos);
  }
}

TEST_CASE("every error carries the exit code the CLI returns for it", "[error]") {
  CHECK(regsim::InputError({}, "x", "y").exit_code() == regsim::ExitCode::bad_input);
  CHECK(regsim::UsageError("u").exit_code() == regsim::ExitCode::bad_input);
  CHECK(regsim::ExpectationFailed("e").exit_code() == regsim::ExitCode::expectation_failed);
  CHECK(regsim::Interrupted().exit_code() == regsim::ExitCode::interrupted);
}

TEST_CASE("an input error keeps every diagnostic and renders them one per line", "[error]") {
  const regsim::InputError error({Diagnostic{{"a.yaml", 1, 1}, regsim::Severity::error, "one", "first"},
                                  Diagnostic{{"a.yaml", 2, 3}, regsim::Severity::error, "two", "second"}});
  REQUIRE(error.diagnostics().size() == 2);
  CHECK(std::string(error.what()) ==
        "a.yaml:1:1: error: first [one]\na.yaml:2:3: error: second [two]");
}
