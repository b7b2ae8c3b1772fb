#include "regsim/report/check_results.hpp"

#include <catch2/catch.hpp>

using namespace regsim;

namespace {

analysis::AssertionResult result(int line, std::string description, bool passed,
                                 std::string expected = {}, std::string actual = {}) {
  analysis::AssertionResult r;
  r.where = {"checks.yaml", line, 5};
  r.description = std::move(description);
  r.passed = passed;
  r.expected = std::move(expected);
  r.actual = std::move(actual);
  return r;
}

const std::vector<report::CheckedFile> files{
    {"checks.yaml",
     {result(4, "kr/biosimilar [baseline]: certificate calendar days equal to 406", true),
      result(9, "P80 <fast> & \"safe\"\x01", false, "at most 295 days", "301 days")}}};

}  // namespace

TEST_CASE("failure lines give file, line, expected and actual", "[report][check]") {
  CHECK(report::failure_line(files[0].results[1]) ==
        "checks.yaml:9: FAILED: P80 <fast> & \"safe\"\\x01: expected at most 295 days, actual "
        "301 days");
}

TEST_CASE("check text lists failures, then counts", "[report][check]") {
  CHECK(report::render_check_text(files) ==
        "checks.yaml:9: FAILED: P80 <fast> & \"safe\"\\x01: expected at most 295 days, actual 301 "
        "days\n"
        "checks.yaml: 2 assertions: 1 passed, 1 failed\n");
  auto two = files;
  two.push_back({"more.yaml", {result(3, "x", true)}});
  CHECK(report::render_check_text(two).find("more.yaml: 1 assertion: 1 passed, 0 failed\n"
                                            "total: 3 assertions: 2 passed, 1 failed\n") !=
        std::string::npos);
}

TEST_CASE("verbose check text shows passed assertions with their actual value", "[report][check]") {
  auto verbose = files;
  verbose[0].results[0].actual = "406 days (certificate on 2027-04-13)";
  CHECK(
      report::render_check_text(verbose, true)
          .rfind(
              "checks.yaml:4: passed: kr/biosimilar [baseline]: certificate calendar days equal to "
              "406: actual 406 days (certificate on 2027-04-13)\n"
              "checks.yaml:9: FAILED: ",
              0) == 0);
}

TEST_CASE("xml_escape escapes markup and replaces forbidden characters", "[report][check]") {
  CHECK(report::xml_escape("a<b>&\"c'\td\x01") == "a&lt;b&gt;&amp;&quot;c&apos;\td\xEF\xBF\xBD");
  CHECK(report::xml_escape("서울 ✓") == "서울 ✓");
}

TEST_CASE("JUnit XML has a suite per file and a case per assertion", "[report][check]") {
  CHECK(report::render_junit(files) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"regsim check\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
        "  <testsuite name=\"checks.yaml\" tests=\"2\" failures=\"1\" errors=\"0\" "
        "skipped=\"0\">\n"
        "    <testcase name=\"kr/biosimilar [baseline]: certificate calendar days equal to 406\" "
        "classname=\"checks.yaml\" file=\"checks.yaml\" line=\"4\"/>\n"
        "    <testcase name=\"P80 &lt;fast&gt; &amp; &quot;safe&quot;\xEF\xBF\xBD\" "
        "classname=\"checks.yaml\" file=\"checks.yaml\" line=\"9\">\n"
        "      <failure type=\"expectation\" message=\"expected at most 295 days, actual 301 "
        "days\">checks.yaml:9: FAILED: P80 &lt;fast&gt; &amp; &quot;safe&quot;\\x01: "
        "expected at most 295 days, actual 301 days</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("JUnit XML of a check that could not run has an error per diagnostic",
          "[report][check]") {
  const std::vector<regsim::Diagnostic> problems{
      {{"checks.yaml", 5, 3}, regsim::Severity::error, "unknown_key", "unknown key 'x'"},
      {{}, regsim::Severity::error, "usage", "--threads: use 0 or more"}};
  CHECK(report::render_junit_errors(problems) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"regsim check\" tests=\"2\" failures=\"0\" errors=\"2\">\n"
        "  <testsuite name=\"regsim check\" tests=\"2\" failures=\"0\" errors=\"2\" "
        "skipped=\"0\">\n"
        "    <testcase name=\"checks.yaml:5: unknown_key\" classname=\"checks.yaml\" "
        "file=\"checks.yaml\" line=\"5\">\n"
        "      <error type=\"unknown_key\" message=\"checks.yaml:5:3: error: unknown key "
        "&apos;x&apos; [unknown_key]\">checks.yaml:5:3: error: unknown key &apos;x&apos; "
        "[unknown_key]</error>\n"
        "    </testcase>\n"
        "    <testcase name=\"regsim check: usage\" classname=\"regsim check\">\n"
        "      <error type=\"usage\" message=\"regsim: error: --threads: use 0 or more "
        "[usage]\">regsim: error: --threads: use 0 or more [usage]</error>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}
