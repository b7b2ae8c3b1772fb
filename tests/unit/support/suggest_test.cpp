// The one "did you mean" of every module (src/support/suggest.hpp, internal).
#include "../../../src/support/suggest.hpp"

#include <catch2/catch.hpp>
#include <string_view>

using regsim::support::closest_match;
using regsim::support::did_you_mean;
using regsim::support::edit_distance;

TEST_CASE("edit distance counts each edit once, swaps included", "[support]") {
  CHECK(edit_distance("duration", "duration") == 0);
  CHECK(edit_distance("duraton", "duration") == 1);  // a letter missing
  CHECK(edit_distance("onwer", "owner") == 1);       // two letters swapped
  CHECK(edit_distance("kitten", "sitting") == 3);    // the textbook example
  CHECK(edit_distance("TASKS", "tasks") == 0);       // case does not count
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("closest_match suggests only likely typos", "[support]") {
  const std::vector<std::string> keys{"tasks", "title", "dependencies", "duration"};
  CHECK(closest_match("taks", keys) == "tasks");
  CHECK(closest_match("dependecies", keys) == "dependencies");
  CHECK(closest_match("Tasks", keys) == "tasks");  // a case slip is a typo worth naming
  CHECK(closest_match("xyz", keys).empty());
  CHECK(closest_match("", keys).empty());
  CHECK(closest_match(std::string(100, 'a'), keys).empty());
}

TEST_CASE("closest_match never suggests the word itself", "[support]") {
  // A name that is known but could not be used (a calendar whose definition failed) is
  // not a typo: "no calendar 'office' (did you mean 'office'?)" helped nobody.
  const std::vector<std::string> names{"office", "offices"};
  CHECK(closest_match("office", names) == "offices");
  CHECK(closest_match("office", std::vector<std::string>{"office"}).empty());
  CHECK(did_you_mean("office", std::vector<std::string>{"office"}).empty());
}

TEST_CASE("closest_match takes the nearest, the first on a tie, within a third", "[support]") {
  const std::vector<std::string_view> ids{"cat", "bat", "submission", "review"};
  CHECK(closest_match("hat", ids) == "cat");        // tie: first
  CHECK(closest_match("reveiw", ids) == "review");  // a swap is one edit
  CHECK(closest_match("submision", ids) == "submission");
  CHECK(closest_match("zz", ids).empty());
  CHECK(closest_match("rvw", ids).empty());  // 3 edits for 3 letters: too far
  CHECK(did_you_mean("reveiw", ids) == " (did you mean 'review'?)");
  CHECK(did_you_mean("approval", ids).empty());
}
