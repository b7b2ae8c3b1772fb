#include "regsim/model/dependency.hpp"

#include <catch2/catch.hpp>

using regsim::model::DependencyType;
using regsim::model::parse_dependency_type;

TEST_CASE("dependency types print as FS, SS, FF, SF", "[model]") {
  CHECK(to_string(DependencyType::finish_to_start) == "FS");
  CHECK(to_string(DependencyType::start_to_start) == "SS");
  CHECK(to_string(DependencyType::finish_to_finish) == "FF");
  CHECK(to_string(DependencyType::start_to_finish) == "SF");
}

TEST_CASE("dependency types parse case-insensitively", "[model]") {
  CHECK(parse_dependency_type("FS") == DependencyType::finish_to_start);
  CHECK(parse_dependency_type("ss") == DependencyType::start_to_start);
  CHECK(parse_dependency_type("Ff") == DependencyType::finish_to_finish);
  CHECK(parse_dependency_type("sF") == DependencyType::start_to_finish);
  for (const char* bad : {"", "F", "FSX", "XX", "SX", "S F", "fs "}) {
    INFO(bad);
    CHECK_FALSE(parse_dependency_type(bad));
  }
}
