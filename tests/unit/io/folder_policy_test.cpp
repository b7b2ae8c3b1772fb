// Files named inside a file are read from its folder tree and the bundled data only,
// unless allowed (io::FolderScope, ReadOptions::allow_outside).
#include "regsim/io/folder_policy.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace fs = std::filesystem;

namespace {

struct Folders {
  fs::path root =
      fs::temp_directory_path() / ("regsim-folder-policy-" + std::to_string(::getpid()));
  fs::path inside = root / "project";
  fs::path outside = root / "elsewhere";
  Folders() {
    fs::remove_all(root);
    fs::create_directories(inside / "parts");
    fs::create_directories(outside);
  }
  ~Folders() { fs::remove_all(root); }
  static void write(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }
};

const std::string head = "regsim: 1\nid: t/x\ntitle: T\nstart: 2026-01-05\n";

std::string including(const std::string& file) {
  return head + "include:\n  - {file: " + file + ", prefix: p}\ntasks: [{id: x, duration: 1d}]\n";
}

std::vector<regsim::Diagnostic> problems(const fs::path& file, bool allow_outside = false) {
  regsim::io::ReadOptions options;
  options.allow_outside = allow_outside;
  try {
    regsim::io::read_pathway(file, options);
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
  return {};
}

}  // namespace

TEST_CASE("an include outside the pathway's folder is outside_folder at its line", "[io][policy]") {
  const Folders folders;
  Folders::write(folders.outside / "part.yaml", head + "tasks: [{id: y, duration: 2d}]\n");
  Folders::write(folders.inside / "absolute.yaml",
                 including((folders.outside / "part.yaml").string()));
  Folders::write(folders.inside / "dotdot.yaml", including("../elsewhere/part.yaml"));
  for (const char* name : {"absolute.yaml", "dotdot.yaml"}) {
    INFO(name);
    const auto found = problems(folders.inside / name);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "outside_folder");
    CHECK(found[0].where.line == 6);
    CHECK(fs::path(found[0].where.file).filename() == name);
    // Allowed, the same file reads and brings the outside part's task.
    CHECK(problems(folders.inside / name, true).empty());
  }
}

TEST_CASE("the folder policy does not tell whether an outside file exists", "[io][policy]") {
  const Folders folders;
  Folders::write(folders.inside / "missing.yaml", including("../elsewhere/no_such.yaml"));
  const auto found = problems(folders.inside / "missing.yaml");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "outside_folder");
  // Allowed, it is the usual missing include.
  const auto allowed = problems(folders.inside / "missing.yaml", true);
  REQUIRE(allowed.size() == 1);
  CHECK(allowed[0].id == "include_not_found");
}

TEST_CASE("`..` that stays inside the tree, and symbolic links, are judged by where they lead",
          "[io][policy]") {
  const Folders folders;
  Folders::write(folders.inside / "shared.yaml", head + "tasks: [{id: s, duration: 1d}]\n");
  Folders::write(folders.inside / "parts" / "part.yaml", including("../shared.yaml"));
  Folders::write(folders.inside / "top.yaml", including("parts/part.yaml"));
  CHECK(problems(folders.inside / "top.yaml").empty());

  Folders::write(folders.outside / "part.yaml", head + "tasks: [{id: y, duration: 2d}]\n");
  fs::create_symlink(folders.outside / "part.yaml", folders.inside / "link.yaml");
  Folders::write(folders.inside / "via_link.yaml", including("link.yaml"));
  const auto found = problems(folders.inside / "via_link.yaml");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "outside_folder");
}

TEST_CASE("an outer scope decides: a pathway read for another file answers to that file's folder",
          "[io][policy]") {
  const Folders folders;
  Folders::write(folders.outside / "pathway.yaml", head + "tasks: [{id: y, duration: 2d}]\n");
  {
    const regsim::io::FolderScope scope(folders.inside / "checks.yaml", false);
    CHECK(regsim::io::outside_folder(folders.outside / "pathway.yaml").has_value());
    CHECK_FALSE(regsim::io::outside_folder(folders.inside / "parts" / "x.yaml").has_value());
    const auto found = problems(folders.outside / "pathway.yaml");
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "outside_folder");
  }
  // No scope: a file named on the command line is always read.
  CHECK_FALSE(regsim::io::outside_folder(folders.outside / "pathway.yaml").has_value());
  CHECK(problems(folders.outside / "pathway.yaml").empty());
}
