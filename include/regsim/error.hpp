// Errors and diagnostics: the one root error type every regsim failure derives from.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace regsim {

/// Exit codes of the `regsim` command; the library reports them through Error::exit_code().
enum class ExitCode : int {
  success = 0,
  expectation_failed = 1,  ///< a `regsim check` assertion or a baseline comparison failed
  bad_input = 2,           ///< malformed file, unknown name, bad usage, an output not written
  internal_error = 70,     ///< a bug in regsim (EX_SOFTWARE of sysexits.h), never bad input
  interrupted = 130,       ///< stopped by SIGINT (128 + 2, the shell convention)
};

/// Where a diagnostic points. Lines and columns are 1-based; 0 means "unknown".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

/// How serious a diagnostic is. Only errors make validation fail.
enum class Severity { error, warning, note };

/// One problem found in an input, with a stable snake_case id that tests assert on
/// (so that the wording of `message` can improve freely).
struct Diagnostic {
  SourceLocation where;
  Severity severity = Severity::error;
  std::string id;       ///< stable, snake_case, e.g. "dependency_cycle"
  std::string message;  ///< human text; says what is wrong and what to do

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// "error", "warning" or "note".
const char* to_string(Severity severity) noexcept;

/// Renders `file:line:col: error: message [id]`; missing parts are left out
/// (`file: error: ...` when the line is unknown).
std::string to_string(const Diagnostic& diagnostic);

/// The root of every exception regsim throws. Carries the exit code that the CLI
/// returns for it, so that mapping errors to exit codes happens in one place.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, ExitCode code = ExitCode::bad_input);
  /// What the `regsim` process should exit with when this error ends it.
  ExitCode exit_code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

/// Bad input: one or more diagnostics (all problems found, not only the first).
class InputError : public Error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  /// Convenience for a single diagnostic.
  InputError(SourceLocation where, std::string id, std::string message);
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

/// Bad command-line usage that the argument parser itself could not catch
/// (e.g. two options that exclude each other, an unknown format name).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::bad_input) {}
};

/// A `regsim check` expectation or a baseline comparison did not hold.
class ExpectationFailed : public Error {
 public:
  explicit ExpectationFailed(const std::string& message)
      : Error(message, ExitCode::expectation_failed) {}
};

/// A long run was stopped by the user (Ctrl-C).
class Interrupted : public Error {
 public:
  Interrupted() : Error("interrupted", ExitCode::interrupted) {}
};

/// Joins the rendered diagnostics, one per line (no trailing newline).
std::string render_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace regsim
