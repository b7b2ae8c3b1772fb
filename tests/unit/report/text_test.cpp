#include "regsim/report/text.hpp"

#include <catch2/catch.hpp>

using regsim::report::display_width;
using regsim::report::pad_left;
using regsim::report::pad_right;
using regsim::report::shorten;
using regsim::report::to_ascii;

TEST_CASE("display_width counts code points, not bytes, and skips colour escapes", "[report]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("\u25c6\u2588\u2591") == 3);        // ◆█░: 9 bytes, 3 columns
  CHECK(display_width("\xec\x8b\xac\xec\x82\xac") == 2);  // 심사
  CHECK(display_width("\x1b[31m!\x1b[0m") == 1);
  CHECK(display_width("\x1b[1;31mab\x1b[0mc") == 3);
}

TEST_CASE("shorten keeps text that fits and cuts the rest at a word", "[report]") {
  CHECK(shorten("Approval", 8, false) == "Approval");
  SECTION("at a word boundary when that keeps half of the room") {
    CHECK(shorten("Safety and efficacy review", 20, false) == "Safety and efficacy\u2026");
    CHECK(shorten("Safety and efficacy review", 20, true) == "Safety and efficacy~");
  }
  SECTION("mid-word when the last word boundary is too early") {
    CHECK(shorten("Pharmacovigilance plan", 10, true) == "Pharmacov~");
  }
  SECTION("never splits a code point") {
    // 의약품 품목허가 (7 code points + space); room for 4 then the ellipsis.
    const std::string korean = "\xec\x9d\x98\xec\x95\xbd\xed\x92\x88 \xed\x92\x88\xeb\xaa\xa9";
    const auto short_text = shorten(korean, 5, false);
    CHECK(display_width(short_text) <= 5);
    CHECK(short_text == "\xec\x9d\x98\xec\x95\xbd\xed\x92\x88\u2026");
  }
  CHECK(shorten("abc", 0, false).empty());
}

TEST_CASE("padding counts display columns", "[report]") {
  CHECK(pad_right("\u25c6", 3) == "\u25c6  ");
  CHECK(pad_left("42", 5) == "   42");
  CHECK(pad_right("toolong", 3) == "toolong");
}

TEST_CASE("to_ascii maps typography to ASCII and anything else to '?'", "[report]") {
  CHECK(to_ascii("a \u2192 b \u2014 c\u2026") == "a -> b - c...");
  CHECK(to_ascii("\xec\x8b\xac\xec\x82\xac") == "??");
}
