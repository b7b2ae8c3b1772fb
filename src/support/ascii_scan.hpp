// Skipping runs of printable ASCII eight bytes at a time, for the whole-file scans (internal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace regsim::support {

/// The position of the first byte at or after `from` that is not printable ASCII
/// (0x20..0x7E), or text.size(). The reader's scans of a whole file look at every byte;
/// nearly all are printable, so they are tested a machine word at a time.
inline std::size_t skip_printable_ascii(std::string_view text, std::size_t from) {
  constexpr std::uint64_t ones = 0x0101010101010101;
  constexpr std::uint64_t highs = 0x8080808080808080;
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // A byte below 0x20, at or above 0x80, or equal to 0x7F sets its high bit in `odd`.
    const std::uint64_t below_space = (word - 0x20 * ones) & ~word;
    const std::uint64_t delete_byte = ((word ^ (0x7F * ones)) - ones) & ~(word ^ (0x7F * ones));
    if (((below_space | delete_byte | word) & highs) != 0) break;
  }
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte >= 0x7F) return i;
    ++i;
  }
  return i;
}

}  // namespace regsim::support
