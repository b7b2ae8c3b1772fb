#include "regsim/report/text.hpp"

#include <catch2/catch.hpp>

using regsim::report::display_width;
using regsim::report::pad_left;
using regsim::report::pad_right;
using regsim::report::shorten;
using regsim::report::to_ascii;

TEST_CASE("display_width counts terminal columns and skips colour escapes", "[report]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("\u25c6\u2588\u2591") == 3);  // ◆█░: 9 bytes, 3 columns
  CHECK(display_width("\u2192\u00b7\u2026\u2014") == 4);
  CHECK(display_width("\x1b[31m!\x1b[0m") == 1);
  CHECK(display_width("\x1b[1;31mab\x1b[0mc") == 3);
  SECTION("East Asian wide characters take two columns") {
    CHECK(display_width("\xec\x8b\xac\xec\x82\xac") == 4);       // 심사 (Hangul syllables)
    CHECK(display_width("\xec\x8b\xac\xec\x82\xac \x41") == 6);  // 심사 A
    CHECK(display_width("\u85e5\u54c1") == 4);                   // 藥品 (CJK ideographs)
    CHECK(display_width("\u30ec\u30d3\u30e5\u30fc") == 8);       // レビュー (katakana)
    CHECK(display_width("\uff21\uff22") == 4);                   // ＡＢ (fullwidth)
    CHECK(display_width("\U0001f4c5") == 2);                     // 📅
    CHECK(display_width("\U00020000") == 2);                     // CJK extension B
  }
  SECTION("combining marks, joiners and conjoining jamo take none") {
    CHECK(display_width("e\u0301") == 1);       // é as e + combining acute
    CHECK(display_width("a\u200db") == 2);      // zero-width joiner
    CHECK(display_width("\u1100\u1161") == 2);  // 가 spelled as leading + vowel jamo
  }
  SECTION("malformed UTF-8 takes one column per bad sequence, stray continuations none") {
    CHECK(display_width("\xff") == 1);
    CHECK(display_width("a\x80"
                        "b") == 2);
    CHECK(display_width("\xec\x8b") == 1);      // truncated: a replacement character
    CHECK(display_width("\xc0\xaf") == 1);      // overlong '/'
    CHECK(display_width("\xed\xa0\x80") == 1);  // a UTF-16 surrogate
  }
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
  SECTION("never splits a code point and counts wide characters as two columns") {
    // 의약품 품목 (5 syllables, 11 columns); 5 columns leave room for 의약 and the ellipsis.
    const std::string korean = "\xec\x9d\x98\xec\x95\xbd\xed\x92\x88 \xed\x92\x88\xeb\xaa\xa9";
    CHECK(shorten(korean, 5, false) == "\xec\x9d\x98\xec\x95\xbd\u2026");
    // At 4 columns the second syllable would overhang: 의 and the ellipsis, 3 columns.
    CHECK(shorten(korean, 4, false) == "\xec\x9d\x98\u2026");
    // A whole word when it keeps half of the room: 의약품 (6) + ellipsis in 10.
    CHECK(shorten(korean, 10, false) == "\xec\x9d\x98\xec\x95\xbd\xed\x92\x88\u2026");
    CHECK(shorten(korean, 11, false) == korean);
  }
  CHECK(shorten("abc", 0, false).empty());
}

TEST_CASE("padding counts display columns", "[report]") {
  CHECK(pad_right("\u25c6", 3) == "\u25c6  ");
  CHECK(pad_right("\xec\x8b\xac\xec\x82\xac", 6) == "\xec\x8b\xac\xec\x82\xac  ");  // 심사
  CHECK(pad_left("\xec\x8b\xac", 3) == " \xec\x8b\xac");
  CHECK(pad_left("42", 5) == "   42");
  CHECK(pad_right("toolong", 3) == "toolong");
}

TEST_CASE("to_ascii maps typography to ASCII and anything else to '?'", "[report]") {
  CHECK(to_ascii("a \u2192 b \u2014 c\u2026") == "a -> b - c...");
  CHECK(to_ascii("\xec\x8b\xac\xec\x82\xac") == "??");
}

TEST_CASE("escape_controls makes every control character visible", "[report]") {
  using regsim::report::escape_controls;
  CHECK(escape_controls("plain, \u5be9\u67fb \u2026") == "plain, \u5be9\u67fb \u2026");
  CHECK(escape_controls("\x1b]0;title\a") == "\\x1b]0;title\\x07");
  CHECK(escape_controls("tab\there\nDEL\x7f") == "tab\\x09here\\x0aDEL\\x7f");
  CHECK(escape_controls("C1 \xc2\x9b"
                        "31m") == "C1 \\u009b31m");            // U+009B, the 8-bit CSI
  CHECK(escape_controls("bad \xff\xc3") == "bad \\xff\\xc3");  // not UTF-8
  CHECK(escape_controls(std::string("nul\0x", 5)) == "nul\\x00x");
  // Idempotent: what it returns has nothing left to escape.
  CHECK(escape_controls(escape_controls("\x1b[2J")) == "\\x1b[2J");
}

TEST_CASE("shortening never cuts an escape sequence in half", "[report]") {
  // An OSC 8 hyperlink in a name: cut anywhere, no ESC byte may remain.
  const std::string name = "Review \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ end";
  for (int width = 1; width <= 60; ++width) {
    for (const bool ascii : {false, true}) {
      const std::string cut = shorten(name, width, ascii);
      CHECK(cut.find('\x1b') == std::string::npos);
      CHECK(display_width(cut) <= width);
    }
  }
  CHECK(to_ascii("\x1b[2J\xc2\x9b") == "\\x1b[2J\\u009b");
}
