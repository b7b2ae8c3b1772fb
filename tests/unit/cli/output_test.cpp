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

TEST_CASE("write_file_atomically keeps the mode of the file it replaces", "[cli]") {
  const auto directory = fresh_directory("keep-mode");
  const auto path = directory / "report.txt";
  for (const mode_t mode : {0600, 0444, 0640}) {
    regsim::cli::write_file_atomically(path, "old");
    REQUIRE(::chmod(path.c_str(), mode) == 0);
    regsim::cli::write_file_atomically(path, "new");
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    CHECK((status.st_mode & 07777) == mode);
    CHECK(regsim::test::file_text(path) == "new");
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
  }
  fs::remove_all(directory);
}

TEST_CASE("write_file_atomically follows a symbolic link and keeps it", "[cli]") {
  const auto directory = fresh_directory("link");
  fs::create_directories(directory / "real");
  regsim::cli::write_file_atomically(directory / "real" / "report.txt", "old");
  fs::create_symlink("real/report.txt", directory / "link.txt");
  regsim::cli::write_file_atomically(directory / "link.txt", "new");
  CHECK(fs::is_symlink(directory / "link.txt"));
  CHECK(regsim::test::file_text(directory / "real" / "report.txt") == "new");
  // A loop is an error naming the path, not a hang.
  fs::create_symlink("loop-b", directory / "loop-a");
  fs::create_symlink("loop-a", directory / "loop-b");
  CHECK_THROWS_AS(regsim::cli::write_file_atomically(directory / "loop-a", "x"), regsim::Error);
  fs::remove_all(directory);
}

TEST_CASE("write_file_atomically writes a device in place", "[cli]") {
  const auto target = regsim::cli::resolve_output_target("/dev/null");
  CHECK(target.in_place);
  regsim::cli::write_file_atomically("/dev/null", "discarded");
  struct stat status {};
  REQUIRE(::stat("/dev/null", &status) == 0);
  CHECK(S_ISCHR(status.st_mode));
  if (fs::exists("/dev/full")) {
    try {
      regsim::cli::write_file_atomically("/dev/full", "x");
      FAIL("expected an error");
    } catch (const regsim::Error& error) {
      CHECK(std::string(error.what()).find("No space left on device") != std::string::npos);
      CHECK(error.exit_code() == regsim::ExitCode::bad_input);
    }
  }
}

TEST_CASE("an output naming an input is refused", "[cli]") {
  const auto directory = fresh_directory("inputs");
  const auto input = directory / "pathway.yaml";
  regsim::cli::write_file_atomically(input, "regsim: 1\n");
  fs::create_hard_link(input, directory / "hard.yaml");
  fs::create_symlink("pathway.yaml", directory / "soft.yaml");
  regsim::cli::note_input_file(input);
  for (const auto& name : {"pathway.yaml", "hard.yaml", "soft.yaml"}) {
    CHECK_THROWS_AS(regsim::cli::refuse_input_as_output(directory / name), regsim::Error);
    CHECK_THROWS_AS(regsim::cli::prepare_output_path(directory / name), regsim::Error);
  }
  CHECK_NOTHROW(regsim::cli::refuse_input_as_output(directory / "other.yaml"));
  CHECK(regsim::test::file_text(input) == "regsim: 1\n");
  regsim::cli::forget_input_files();
  CHECK_NOTHROW(regsim::cli::refuse_input_as_output(input));
  fs::remove_all(directory);
}

TEST_CASE("a failed write to standard output is an error", "[cli]") {
  std::ostringstream out;
  CHECK_NOTHROW(regsim::cli::write_standard_output(out, "fine"));
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(regsim::cli::finish_standard_output(out), regsim::Error);
}
