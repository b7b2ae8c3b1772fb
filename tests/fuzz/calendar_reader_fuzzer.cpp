// Fuzz target: a calendar file as a pathway's `calendar: FILE` reads it (docs/calendars.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/io/calendar_library.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // No folder: a `base:` path names nothing under the fuzzer's working directory.
  const std::string file = "fuzz-input-calendar.yaml";
  fuzz::expect_documented_outcome(file, text, [&] { (void)io::parse_calendar(text, file); });
  return 0;
}
