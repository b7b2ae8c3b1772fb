// What a fuzz target accepts as a normal outcome: success or one of regsim's documented
// errors. Everything else is a finding, reported by aborting so that libFuzzer (and the
// regression replay under ctest) stops with the input that caused it.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "regsim/error.hpp"

namespace regsim::fuzz {

/// Prints what went wrong and aborts: the fuzzer records the input as a crash.
[[noreturn]] inline void report_finding(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "regsim fuzz finding: %.*s%s%.*s\n", static_cast<int>(what.size()),
               what.data(), detail.empty() ? "" : ": ", static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

/// Checks what a finding would otherwise hide: a diagnostic the CLI would print must say
/// something and carry the stable id tests assert on; one that points into `file` must
/// point at a line the text has (a position past the end means the reader lost its place).
inline void check_diagnostics(const InputError& error, const std::string& file,
                              std::string_view text) {
  if (error.diagnostics().empty()) report_finding("InputError without diagnostics", error.what());
  const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const auto& diagnostic : error.diagnostics()) {
    const std::string rendered = to_string(diagnostic);
    if (diagnostic.id.empty()) report_finding("diagnostic without an id", rendered);
    if (diagnostic.message.empty()) report_finding("diagnostic without a message", rendered);
    if (diagnostic.where.line < 0 || diagnostic.where.column < 0) {
      report_finding("diagnostic with a negative position", rendered);
    }
    if (diagnostic.where.file == file && diagnostic.where.line > lines) {
      report_finding("diagnostic past the last line of the input", rendered);
    }
  }
}

/// Runs `body`. Returns when it succeeds or throws a documented regsim error (an
/// InputError passing check_diagnostics, or another regsim::Error with a message);
/// reports any other exception as a finding (the CLI would call it an internal error,
/// exit 70). `file` and `text` are the input as the reader saw it, for the positions.
template <class Body>
void expect_documented_outcome(const std::string& file, std::string_view text, Body&& body) {
  try {
    body();
  } catch (const InputError& error) {
    check_diagnostics(error, file, text);
  } catch (const Error& error) {
    if (std::string_view(error.what()).empty()) report_finding("regsim::Error without a message");
  } catch (const std::exception& error) {
    report_finding("exception that is not a regsim::Error", error.what());
  } catch (...) {
    report_finding("exception that is not a std::exception");
  }
}

}  // namespace regsim::fuzz
