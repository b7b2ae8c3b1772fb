// The did-you-mean helper of the readers (src/io/suggest.hpp, internal).
#include "../../../src/io/suggest.hpp"

#include <catch2/catch.hpp>

using regsim::io::detail::closest_match;
using regsim::io::detail::edit_distance;

TEST_CASE("edit distance counts each edit once, swaps included", "[io]") {
  CHECK(edit_distance("duration", "duration") == 0);
  CHECK(edit_distance("duraton", "duration") == 1);   // a letter missing
  CHECK(edit_distance("onwer", "owner") == 1);        // two letters swapped
  CHECK(edit_distance("kitten", "sitting") == 3);     // the textbook example
  CHECK(edit_distance("TASKS", "tasks") == 0);        // case does not count
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("closest_match suggests only likely typos", "[io]") {
  const std::vector<std::string> keys{"tasks", "title", "dependencies", "duration"};
  CHECK(closest_match("taks", keys) == "tasks");
  CHECK(closest_match("dependecies", keys) == "dependencies");
  CHECK(closest_match("xyz", keys).empty());
  CHECK(closest_match("", keys).empty());
  CHECK(closest_match(std::string(100, 'a'), keys).empty());
}
