#include "regsim/graph/names.hpp"

#include "support/suggest.hpp"

namespace regsim::graph {
namespace {

struct Kind {
  const char* id;
  const char* noun;
};

Kind kind_of(NameKind kind) {
  switch (kind) {
    case NameKind::task:
      return {"unknown_task", "task"};
    case NameKind::pool:
      return {"unknown_pool", "pool"};
    case NameKind::branch:
      return {"unknown_outcome", "branch"};
    case NameKind::outcome:
      return {"unknown_outcome", "outcome"};
    case NameKind::sittings:
      return {"unknown_sittings", "sitting calendar"};
  }
  return {"unknown_task", "task"};
}

template <class Known>
Diagnostic unknown(NameKind kind, const SourceLocation& where, std::string_view subject,
                   std::string_view name, Known known) {
  const Kind named = kind_of(kind);
  Diagnostic diagnostic;
  diagnostic.where = where;
  diagnostic.id = named.id;
  diagnostic.message = std::string(subject) + " has no " + named.noun + " '" + std::string(name) +
                       "'" + support::did_you_mean(name, known);
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
