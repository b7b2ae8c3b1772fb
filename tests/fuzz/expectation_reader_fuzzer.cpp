// Fuzz target: an expectation file as `regsim check` reads it (docs/expectations.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/io/expectation_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz-input/checks.yaml";
  fuzz::expect_documented_outcome(file, text, [&] { (void)io::parse_expectations(text, file); });
  return 0;
}
