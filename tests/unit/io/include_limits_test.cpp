// Includes are bounded as they are read: a part is read once and reused, a failing part
// is reported once, and a fan-out of includes stops at the file and task limits.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace fs = std::filesystem;

namespace {

const std::string head = "regsim: 1\nid: t/x\ntitle: T\n";

struct Folder {
  fs::path path =
      fs::temp_directory_path() / ("regsim-include-limits-" + std::to_string(::getpid()));
  Folder() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
  }
};

std::vector<regsim::Diagnostic> problems(const fs::path& file, regsim::io::ReadOptions o = {}) {
  try {
    regsim::io::read_pathway(file, o);
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
  return {};
}

// `file` includes `part` `times` times (prefixes p0, p1, ...) and has one task.
std::string includer(const std::string& part, int times) {
  std::string text = head + "include:\n";
  for (int i = 0; i < times; ++i)
    text += "  - {file: " + part + ", prefix: p" + std::to_string(i) + "}\n";
  return text + "tasks: [{id: x}]\n";
}

}  // namespace

TEST_CASE("a fan-out of includes stops at the included-files limit, at once", "[io][limits]") {
  // 17 files, each including the one below 16 times: 16^16 copies if read naively.
  const Folder folder;
  folder.write("f0.yaml", head + "tasks: [{id: x}]\n");
  for (int level = 1; level <= 16; ++level) {
    folder.write("f" + std::to_string(level) + ".yaml",
                 includer("f" + std::to_string(level - 1) + ".yaml", 16));
  }
  const auto started = std::chrono::steady_clock::now();
  const auto d = problems(folder.path / "f16.yaml");
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  CHECK(seconds.count() < 10);  // generous: the bound is met after about 10,000 includes
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "too_many_includes");
  CHECK(d[0].where.line > 0);
  CHECK(d[0].message.find("10000") != std::string::npos);
}

TEST_CASE("included tasks are counted as each include is read", "[io][limits]") {
  const Folder folder;
  folder.write("part.yaml", head + "tasks: [{id: a}, {id: b}, {id: c}]\n");
  folder.write("whole.yaml", includer("part.yaml", 3));
  regsim::io::ReadOptions o;
  // whole.yaml: its own task (counted first), then its includes at lines 5, 6 and 7.
  o.limits.max_tasks = 9;  // 1 + 3 + 3 + 3: the third include crosses it
  const auto d = problems(folder.path / "whole.yaml", o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "too_many_tasks");
  CHECK(d[0].where.file == (folder.path / "whole.yaml").string());
  CHECK(d[0].where.line == 7);
  o.limits.max_tasks = 6;  // the second include, a reuse of the part read once
  const auto e = problems(folder.path / "whole.yaml", o);
  REQUIRE(e.size() == 1);
  CHECK(e[0].where.line == 6);
  o.limits.max_tasks = 3;  // the part's third task, as the part is read
  const auto f = problems(folder.path / "whole.yaml", o);
  REQUIRE(f.size() == 1);
  CHECK(f[0].id == "too_many_tasks");
  CHECK(f[0].where.file == (folder.path / "part.yaml").string());
  CHECK(f[0].where.line == 4);
  o.limits.max_tasks = 10;
  CHECK(regsim::io::read_pathway(folder.path / "whole.yaml", o).tasks.size() == 10);
}

TEST_CASE("a part included many times is read once, a failing one reported once", "[io][limits]") {
  const Folder folder;
  folder.write("bad.yaml", head + "tasks: [{id: a, duration: 1x}]\n");
  folder.write("whole.yaml", includer("bad.yaml", 5));
  const auto d = problems(folder.path / "whole.yaml");
  int in_part = 0;
  for (const auto& diagnostic : d) {
    if (diagnostic.where.file == (folder.path / "bad.yaml").string()) ++in_part;
  }
  CHECK(in_part == 1);

  folder.write("good.yaml", head + "tasks: [{id: a}]\n");
  folder.write("twice.yaml", includer("good.yaml", 2));
  const auto pathway = regsim::io::read_pathway(folder.path / "twice.yaml");
  CHECK(pathway.find_task("p0.a") != nullptr);
  CHECK(pathway.find_task("p1.a") != nullptr);
}

TEST_CASE("a reused part still counts its own depth of includes", "[io][limits]") {
  const Folder folder;
  folder.write("c.yaml", head + "tasks: [{id: x}]\n");
  folder.write("b.yaml", includer("c.yaml", 1));
  // a includes b directly (depth 2 with c) and then through d (depth 3 with c).
  folder.write("d.yaml", includer("b.yaml", 1));
  folder.write("a.yaml", head +
                             "include:\n  - {file: b.yaml, prefix: b}\n"
                             "  - {file: d.yaml, prefix: d}\ntasks: [{id: x}]\n");
  regsim::io::ReadOptions o;
  o.limits.max_include_depth = 2;
  const auto d = problems(folder.path / "a.yaml", o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "include_too_deep");
  CHECK(d[0].where.file == (folder.path / "d.yaml").string());
  o.limits.max_include_depth = 3;
  CHECK(regsim::io::read_pathway(folder.path / "a.yaml", o).find_task("d.p0.p0.x") != nullptr);
}

TEST_CASE("the content of includes is bounded, aliases and reused parts counted", "[io][limits]") {
  const Folder folder;
  // A part of under 1,000 bytes whose ten task names, one written and nine aliases of it,
  // hold 6,000 characters.
  std::string part = head + "tasks:\n  - {id: a, name: &n " + std::string(600, 'x') + "}\n";
  for (char id = 'b'; id <= 'j'; ++id)
    part += std::string("  - {id: ") + id + ", name: *n}\n";
  REQUIRE(part.size() < 1000);
  folder.write("part.yaml", part);
  folder.write("whole.yaml", includer("part.yaml", 8));
  regsim::io::ReadOptions o;
  o.limits.max_included_size = 20000;  // the file, then over 6,000 for each include
  const auto d = problems(folder.path / "whole.yaml", o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "includes_too_large");
  CHECK(d[0].where.file == (folder.path / "whole.yaml").string());
  CHECK(d[0].where.line == 7);        // the third include, the second reuse
  o.limits.max_included_size = 3000;  // the part itself crosses it, blamed on its include
  const auto e = problems(folder.path / "whole.yaml", o);
  REQUIRE(e.size() == 1);
  CHECK(e[0].id == "includes_too_large");
  CHECK(e[0].where.line == 5);
  o.limits.max_included_size = 100000;
  CHECK(regsim::io::read_pathway(folder.path / "whole.yaml", o).tasks.size() == 81);
}
