// The flat id index (src/support/id_index.hpp, internal) against std::unordered_map.
#include "../../../src/support/id_index.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using regsim::support::IdIndex;

TEST_CASE("an id index keeps the first position of an id", "[support]") {
  IdIndex index;
  CHECK(index.find("review") == -1);
  CHECK(index.insert("review", 3) == std::pair<std::int32_t, bool>{3, true});
  CHECK(index.insert("review", 7) == std::pair<std::int32_t, bool>{3, false});
  CHECK(index.insert("", 0) == std::pair<std::int32_t, bool>{0, true});
  CHECK(index.find("review") == 3);
  CHECK(index.find("") == 0);
  CHECK_FALSE(index.contains("revie"));
  CHECK(index.size() == 2);
  index.clear();
  CHECK(index.size() == 0);
  CHECK(index.find("review") == -1);
}

TEST_CASE("an id index agrees with a hash map while it grows past its first size", "[support]") {
  // Ids that share prefixes and lengths, as generated pathways have; far more than the
  // 16 slots a default index starts with, so it rehashes many times.
  std::vector<std::string> ids;
  for (int chain = 0; chain < 60; ++chain) {
    for (int stage = 0; stage < 60; ++stage)
      ids.push_back("c" + std::to_string(chain) + "_s" + std::to_string(stage));
  }
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, ids.size() - 1);
  IdIndex index;
  std::unordered_map<std::string, std::int32_t> expected;
  for (std::int32_t i = 0; i < 8000; ++i) {
    const std::string& id = ids[pick(random)];
    const auto [position, added] = index.insert(id, i);
    const auto [it, expected_added] = expected.emplace(id, i);
    REQUIRE(added == expected_added);
    REQUIRE(position == it->second);
  }
  CHECK(index.size() == expected.size());
  for (const auto& id : ids) {
    const auto it = expected.find(id);
    CHECK(index.find(id) == (it == expected.end() ? -1 : it->second));
  }
  CHECK(index.find("c60_s0") == -1);
}
