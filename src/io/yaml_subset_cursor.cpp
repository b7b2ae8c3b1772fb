// Which texts the YAML subset reader leaves to yaml-cpp at once, by their bytes.
#include "yaml_subset_cursor.hpp"

#include "support/ascii_scan.hpp"

namespace regsim::io::detail {

// Bytes the subset leaves to yaml-cpp: control characters (tabs and carriage returns
// among them), and the Unicode line breaks and byte-order mark that YAML 1.1 treats
// specially.
bool outside_subset_bytes(std::string_view text) {
  for (std::size_t i = support::skip_printable_ascii(text, 0); i < text.size();
       i = support::skip_printable_ascii(text, i + 1)) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return true;
    if (byte == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return true;  // C1 controls, NEL
    }
    if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      return true;  // line and paragraph separators
    }
    if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      return true;  // byte-order mark
    }
  }
  return false;
}

}  // namespace regsim::io::detail
