// Replays inputs through a fuzz target's entry point without libFuzzer, so that the inputs
// kept under tests/fuzz/regressions/<target>/ run in every ctest build (g++, and the
// AddressSanitizer pass) and not only where clang is installed.
// Usage: regsim-fuzz-replay-<target> FILE_OR_DIRECTORY...
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_under(const std::vector<fs::path>& arguments) {
  std::vector<fs::path> inputs;
  for (const auto& argument : arguments) {
    if (fs::is_directory(argument)) {
      for (const auto& entry : fs::recursive_directory_iterator(argument)) {
        // Dot files (.gitkeep, editor backups) are not inputs.
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
          inputs.push_back(entry.path());
        }
      }
    } else {
      inputs.push_back(argument);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

int main(int argc, char** argv) {
  const auto inputs = inputs_under(std::vector<fs::path>(argv + 1, argv + argc));
  // An empty directory would make the regression test pass without testing anything.
  if (inputs.empty()) {
    std::cerr << "no input files given; a regression directory must hold at least one\n";
    return 1;
  }
  for (const auto& input : inputs) {
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << input << '\n';
      return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::cout << "replaying " << input.string() << " (" << bytes.size() << " bytes)\n"
              << std::flush;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << inputs.size() << " inputs replayed without a finding\n";
  return 0;
}
