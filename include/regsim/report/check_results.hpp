// Rendering `regsim check` results: failure lines for people, JUnit XML for CI systems.
#pragma once

#include <string>
#include <vector>

#include "regsim/analysis/expectations.hpp"

namespace regsim::report {

/// The results of one expectation file.
struct CheckedFile {
  std::string file;  ///< the expectation file as named on the command line
  std::vector<analysis::AssertionResult> results;
};

/// `file:line: FAILED: <assertion>: expected ..., actual ...` (no newline).
std::string failure_line(const analysis::AssertionResult& result);

/// `file:line: passed: <assertion>: actual ...` (no newline).
std::string pass_line(const analysis::AssertionResult& result);

/// The text `regsim check` prints: one failure line per failed assertion (with `verbose`,
/// every assertion in file order, passed ones with pass_line()), then one summary line per
/// file and, for several files, a total ("3 assertions: 2 passed, 1 failed").
std::string render_check_text(const std::vector<CheckedFile>& files, bool verbose = false);

/// JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one <testsuite> per file,
/// one <testcase> per assertion (name: its description; classname: the file), a <failure>
/// with the expected and actual values for each failed one. Text is XML-escaped and
/// characters XML 1.0 forbids are replaced by U+FFFD.
std::string render_junit(const std::vector<CheckedFile>& files);

/// JUnit XML for a check that could not run (bad input, exit code 2), so that CI shows
/// why instead of nothing: one <testsuite name="regsim check"> with one <testcase> per
/// diagnostic (name `file:line: id`, classname the file) holding an <error> whose message
/// is the diagnostic as `regsim` prints it. A problem without a location (a usage error)
/// is a diagnostic with an empty `where`.
std::string render_junit_errors(const std::vector<Diagnostic>& diagnostics);

/// `text` escaped for XML character data and attribute values.
std::string xml_escape(const std::string& text);

}  // namespace regsim::report
