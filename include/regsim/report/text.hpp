// Display-column arithmetic for text reports: widths, padding, shortening.
#pragma once

#include <string>
#include <string_view>

namespace regsim::report {

/// Display columns taken by UTF-8 `text`, as a terminal draws it: two for East Asian
/// wide characters (Hangul, CJK ideographs, kana, fullwidth forms, emoji), none for
/// combining marks and zero-width joiners, one for anything else (the box-drawing, block
/// and ◆ characters the reports use included). ANSI colour escapes (ESC [ ... m) take
/// none; a malformed sequence takes one, stray continuation bytes none.
int display_width(std::string_view text);

/// The length in bytes of the longest prefix of `text` that takes at most `width` columns:
/// never inside a UTF-8 sequence, and without a wide character that would overhang.
std::size_t prefix_within(std::string_view text, int width);

/// `text` shortened to at most `width` columns. Text that fits is returned unchanged;
/// otherwise it is cut at the last word boundary that keeps at least half of the room
/// (else mid-word) and ends with "…" (or "~" in ASCII mode). Never splits a UTF-8 code
/// point, and leaves out a wide character that would overhang the last column (the
/// result is then one column narrower). A width below 1 gives "".
std::string shorten(std::string_view text, int width, bool ascii);

/// `text` followed by spaces up to `width` columns (unchanged when already wider).
std::string pad_right(std::string_view text, int width);

/// Spaces up to `width` columns followed by `text` (unchanged when already wider).
std::string pad_left(std::string_view text, int width);

/// `text` with every code point above 0x7F replaced by '?' (a last line of defence for
/// ASCII mode: task names in a pathway file may be in any script), after
/// escape_controls(), so that the result is printable 7-bit ASCII.
std::string to_ascii(std::string_view text);

/// `text` made safe to print on a terminal: every C0 control (tab and newline included),
/// DEL and C1 control becomes a visible escape (`\x1b`, `\x7f`, `\u009b`), and every byte
/// that is not part of well-formed UTF-8 becomes `\xHH`. No escape sequence (CSI, OSC,
/// a hyperlink, a title change) survives it, so shortening its result can never cut one
/// in half. Printable text is returned unchanged. The one escaping function for names,
/// titles and file contents in text reports and diagnostics.
std::string escape_controls(std::string_view text);

}  // namespace regsim::report
