#include "regsim/model/dependency.hpp"

#include <cctype>

namespace regsim::model {

std::string_view to_string(DependencyType type) {
  switch (type) {
    case DependencyType::finish_to_start:
      return "FS";
    case DependencyType::start_to_start:
      return "SS";
    case DependencyType::finish_to_finish:
      return "FF";
    case DependencyType::start_to_finish:
      return "SF";
  }
  return "FS";
}

std::optional<DependencyType> parse_dependency_type(std::string_view text) {
  if (text.size() != 2) return std::nullopt;
  const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  const char second = static_cast<char>(std::toupper(static_cast<unsigned char>(text[1])));
  for (const auto type : {DependencyType::finish_to_start, DependencyType::start_to_start,
                          DependencyType::finish_to_finish, DependencyType::start_to_finish}) {
    const std::string_view name = to_string(type);
    if (name[0] == first && name[1] == second) return type;
  }
  return std::nullopt;
}

}  // namespace regsim::model
