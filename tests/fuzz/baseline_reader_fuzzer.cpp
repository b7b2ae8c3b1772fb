// Fuzz target: a baseline file as `regsim baseline diff` reads it (docs/json-schema.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_outcome.hpp"
#include "regsim/io/baseline_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace regsim;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz-input/base.json";
  fuzz::expect_documented_outcome(file, text, [&] { (void)io::parse_baseline_json(text, file); });
  return 0;
}
