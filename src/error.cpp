#include "regsim/error.hpp"

namespace regsim {

const char* to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string to_string(const Diagnostic& diagnostic) {
  std::string text = diagnostic.where.file.empty() ? std::string("regsim") : diagnostic.where.file;
  if (diagnostic.where.line > 0) {
    text += ':' + std::to_string(diagnostic.where.line);
    if (diagnostic.where.column > 0) text += ':' + std::to_string(diagnostic.where.column);
  }
  text += ": ";
  text += to_string(diagnostic.severity);
  text += ": ";
  text += diagnostic.message;
  if (!diagnostic.id.empty()) text += " [" + diagnostic.id + ']';
  return text;
}

std::string render_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    if (!text.empty()) text += '\n';
    text += to_string(diagnostic);
  }
  return text;
}

Error::Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(render_diagnostics(diagnostics), ExitCode::bad_input),
      diagnostics_(std::move(diagnostics)) {}

InputError::InputError(SourceLocation where, std::string id, std::string message)
    : InputError(std::vector<Diagnostic>{
          Diagnostic{std::move(where), Severity::error, std::move(id), std::move(message)}}) {}

}  // namespace regsim
