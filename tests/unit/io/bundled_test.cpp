#include "regsim/io/bundled.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "regsim/io/data_directory.hpp"

namespace fs = std::filesystem;

namespace {

struct DataDir {
  fs::path root = fs::temp_directory_path() / ("regsim-bundled-" + std::to_string(::getpid()));
  DataDir() {
    fs::remove_all(root);
    for (const char* file : {"kr/biosimilar.yaml", "kr/listing.yaml", "fda/bla.yaml",
                             "calendars/kr.yaml", "kr/notes.txt", "top.yaml"}) {
      fs::create_directories((root / file).parent_path());
      std::ofstream(root / file) << "x: 1\n";
    }
  }
  ~DataDir() { fs::remove_all(root); }
};

}  // namespace

TEST_CASE("list_bundled_pathways finds every pathway but no calendar", "[io]") {
  const DataDir data;
  const auto found = regsim::io::list_bundled_pathways(data.root);
  std::vector<std::string> names;
  for (const auto& entry : found)
    names.push_back(entry.name);
  CHECK(names == std::vector<std::string>{"fda/bla", "kr/biosimilar", "kr/listing", "top"});
  CHECK(found[1].file == data.root / "kr" / "biosimilar.yaml");
  CHECK(regsim::io::list_bundled_pathways(data.root / "missing").empty());
}

TEST_CASE("resolve_pathway_argument prefers a real path, then a bundled name", "[io]") {
  const DataDir data;
  using regsim::io::resolve_pathway_argument;
  CHECK(resolve_pathway_argument("kr/biosimilar", data.root) ==
        data.root / "kr" / "biosimilar.yaml");
  CHECK(resolve_pathway_argument("kr/biosimilar.yaml", data.root) ==
        data.root / "kr" / "biosimilar.yaml");
  // An existing path wins over the bundled file of the same name.
  CHECK(resolve_pathway_argument("biosimilar.yaml", data.root, data.root / "kr") ==
        data.root / "kr" / "biosimilar.yaml");
  const fs::path local = data.root / "kr" / "listing.yaml";
  CHECK(resolve_pathway_argument(local.string(), data.root / "elsewhere") == local);
  // Nothing found: the argument as given, so that reading it reports file_not_found.
  CHECK(resolve_pathway_argument("kr/nothing", data.root) == fs::path("kr/nothing"));
  CHECK(resolve_pathway_argument("nothing.yaml", data.root, "/base") ==
        fs::path("/base/nothing.yaml"));
}

TEST_CASE("an installed executable finds the workflows of its own prefix", "[io]") {
  const fs::path prefix =
      fs::temp_directory_path() / ("regsim-prefix-" + std::to_string(::getpid()));
  fs::remove_all(prefix);
  fs::create_directories(prefix / "bin");
  CHECK(regsim::io::data_directory_beside(prefix / "bin" / "regsim").empty());
  fs::create_directories(prefix / "share" / "regsim" / "workflows");
  CHECK(regsim::io::data_directory_beside(prefix / "bin" / "regsim") ==
        prefix / "share" / "regsim" / "workflows");
  CHECK(regsim::io::data_directory_beside("regsim").empty());
  fs::remove_all(prefix);
}
