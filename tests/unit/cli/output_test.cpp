#include "cli/output/output.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "regsim/error.hpp"
#include "unit/file_text.hpp"

namespace fs = std::filesystem;

namespace {
fs::path fresh_directory(const std::string& name) {
  auto directory =
      fs::temp_directory_path() / ("regsim-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(directory);
  fs::create_directories(directory);
  return directory;
}
}  // namespace

TEST_CASE("write_file_atomically replaces the file whole and leaves no temporary", "[cli]") {
  const auto directory = fresh_directory("atomic");
  const auto path = directory / "report.txt";
  regsim::cli::write_file_atomically(path, "old\n");
  regsim::cli::write_file_atomically(path, "new content\n");
  CHECK(regsim::test::file_text(path) == "new content\n");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(directory))
    ++files;
  CHECK(files == 1);
  fs::remove_all(directory);
}

TEST_CASE("write_file_atomically names the path when the directory does not exist", "[cli]") {
  const auto path = fs::temp_directory_path() / "regsim-no-such-dir-xyz" / "out.json";
  try {
    regsim::cli::write_file_atomically(path, "x");
    FAIL("expected an error");
  } catch (const regsim::Error& error) {
    CHECK(std::string(error.what()).find(path.string()) != std::string::npos);
    CHECK(error.exit_code() == regsim::ExitCode::bad_input);
  }
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("write_file_atomically gives the file the usual permissions", "[cli]") {
  // Temporaries are private (mkstemp makes 0600, O_TMPFILE what it is asked); the report
  // must end up as any other new file would, 0666 minus the umask.
  const auto directory = fresh_directory("mode");
  const auto path = directory / "report.txt";
  const mode_t previous = ::umask(022);
  regsim::cli::write_file_atomically(path, "x");
  ::umask(previous);
  struct stat status {};
  REQUIRE(::stat(path.c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0644);
  fs::remove_all(directory);
}
