#include "regsim/graph/names.hpp"

#include "support/suggest.hpp"

namespace regsim::graph {
namespace {

template <class Known>
Diagnostic unknown(NameKind kind, const SourceLocation& where, std::string_view subject,
                   std::string_view name, Known known) {
  const bool task = kind == NameKind::task;
  Diagnostic diagnostic;
  diagnostic.where = where;
  diagnostic.id = task ? "unknown_task" : "unknown_pool";
  diagnostic.message = std::string(subject) + " has no " + (task ? "task" : "pool") + " '" +
                       std::string(name) + "'" + support::did_you_mean(name, known);
  return diagnostic;
}

}  // namespace

Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string> known) {
  return unknown(kind, where, subject, name, known);
}

Diagnostic unknown_name(NameKind kind, const SourceLocation& where, std::string_view subject,
                        std::string_view name, std::span<const std::string_view> known) {
  return unknown(kind, where, subject, name, known);
}

}  // namespace regsim::graph
