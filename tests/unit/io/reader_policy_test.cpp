// One reader policy for every file kind (issue 28): positions of file-level problems,
// suggestions that are typos only.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "regsim/error.hpp"
#include "regsim/io/baseline_reader.hpp"
#include "regsim/io/calendar_library.hpp"
#include "regsim/io/expectation_reader.hpp"
#include "regsim/io/goal_reader.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/io/status_reader.hpp"

namespace fs = std::filesystem;

namespace {

regsim::io::ReadOptions options() {
  regsim::io::ReadOptions o;
  o.data_dir = REGSIM_WORKFLOWS_DIR;
  return o;
}

std::vector<regsim::Diagnostic> problems(const std::string& text, const std::string& name) {
  try {
    regsim::io::read_pathway_from_string(text, name, options());
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
  return {};
}

// A scratch folder for files the readers are to meet.
struct Folder {
  fs::path path = fs::temp_directory_path() / ("regsim-policy-" + std::to_string(::getpid()));
  Folder() { fs::create_directories(path); }
  ~Folder() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

const std::string head = "regsim: 1\nid: t/x\ntitle: T\n";

template <typename Read>
std::vector<regsim::Diagnostic> failures(Read read) {
  try {
    read();
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
  return {};
}

bool has(const std::vector<regsim::Diagnostic>& diagnostics, const std::string& id, int line) {
  for (const auto& d : diagnostics) {
    if (d.id == id && d.where.line == line) return true;
  }
  return false;
}

const std::string expectations = "regsim: 1\npathway: x\nexpect:\n  - no_task_after: 2027-01-01\n";
const std::string calendar = "regsim: 1\nid: c\nholidays:\n  - {date: 2026-01-01}\n";

}  // namespace

TEST_CASE("a user calendar that failed is not suggested as itself", "[io][policy]") {
  // Before: "no calendar named 'office' (did you mean 'office'?)" after the real error.
  const auto d = problems(head +
                              "calendars:\n"
                              "  - {id: office, base: no-such-calendar}\n"
                              "tasks:\n  - {id: a, calendar: office}\n",
                          "mem.yaml");
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "unknown_calendar");
  CHECK(d[0].where.line == 5);
  CHECK(d[0].message.find("no-such-calendar") != std::string::npos);
  CHECK(d[0].message.find("did you mean 'office'") == std::string::npos);
}

TEST_CASE("expectation and calendar files follow the pathway reader's policy", "[io][policy]") {
  // Before: both went through raw YAML::Load, which keeps the first of two equal keys,
  // reads only the first document and takes NUL bytes and invalid UTF-8.
  const auto expectation = [](const std::string& text) {
    return failures([&] { regsim::io::parse_expectations(text, "checks.yaml"); });
  };
  const auto calendar_of = [](const std::string& text) {
    return failures([&] { regsim::io::parse_calendar(text, "cal.yaml"); });
  };
  SECTION("duplicate keys") {
    CHECK(has(expectation(expectations + "pathway: y\n"), "duplicate_key", 5));
    CHECK(has(calendar_of(calendar + "id: d\n"), "duplicate_key", 5));
  }
  SECTION("a second document") {
    CHECK(has(expectation(expectations + "---\nregsim: 1\n"), "yaml_syntax", 5));
    CHECK(has(calendar_of(calendar + "---\nid: d\n"), "yaml_syntax", 5));
  }
  SECTION("NUL bytes and invalid UTF-8") {
    CHECK(has(expectation(expectations + std::string("# a\0b\n", 6)), "not_text", 5));
    CHECK(has(calendar_of(calendar + "# caf\xe9\n"), "not_text", 5));
  }
  SECTION("alias bombs and deep nesting") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'h'; ++c) {
      bomb += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 10; ++i)
        bomb += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
      bomb += "]\n";
    }
    const auto bombed = calendar_of(bomb);
    REQUIRE(bombed.size() == 1);
    CHECK(bombed[0].id == "alias_expansion");
    CHECK(has(
        expectation("regsim: 1\nexpect: " + std::string(100, '[') + std::string(100, ']') + "\n"),
        "too_deep", 2));
  }
  SECTION("no hexadecimal numbers") {
    CHECK(has(expectation("regsim: 1\npathway: x\nexpect:\n  - deadline: d\n"
                          "    probability: {at_least: 0x0.8p0}\n"),
              "bad_probability", 5));
  }
}

TEST_CASE("status and goal files follow the same policy", "[io][policy]") {
  // Issue 28: every file kind, status and goal files included. Each text is valid as it
  // stands; the problem is on the line after it (5 for the status, 6 for the goal).
  const std::string status = "regsim: 1\nstatus: kr/listing\nas_of: 2026-09-01\nnotes: n\n";
  const std::string goal =
      "regsim: 1\ntargets:\n  - {milestone: done, percentile: 80, at_most: 120d}\n"
      "levers:\n  - {pool: reviewers, capacity: [1, 60], cost: 1}\n";
  const auto status_of = [](const std::string& text) {
    return failures([&] { regsim::io::parse_status(text, "status.yaml"); });
  };
  const auto goal_of = [](const std::string& text) {
    return failures([&] { regsim::io::parse_goal(text, "goal.yaml"); });
  };
  REQUIRE(status_of(status).empty());
  REQUIRE(goal_of(goal).empty());
  SECTION("duplicate keys") {
    CHECK(has(status_of(status + "as_of: 2026-01-01\n"), "duplicate_key", 5));
    CHECK(has(goal_of(goal + "targets: []\n"), "duplicate_key", 6));
  }
  SECTION("a second document") {
    CHECK(has(status_of(status + "---\nregsim: 1\n"), "yaml_syntax", 5));
    CHECK(has(goal_of(goal + "---\nregsim: 1\n"), "yaml_syntax", 6));
  }
  SECTION("NUL bytes and invalid UTF-8") {
    CHECK(has(status_of(status + std::string("# a\0b\n", 6)), "not_text", 5));
    CHECK(has(status_of(status + "# caf\xe9\n"), "not_text", 5));
    CHECK(has(goal_of(goal + std::string("# a\0b\n", 6)), "not_text", 6));
    CHECK(has(goal_of(goal + "# caf\xe9\n"), "not_text", 6));
  }
}

TEST_CASE("baseline files follow the same policy", "[io][policy]") {
  const auto baseline = [](const std::string& text) {
    return failures([&] { regsim::io::parse_baseline_json(text, "base.json"); });
  };
  SECTION("a number out of range is bad input with a position, not an internal error") {
    // Before: nlohmann's out_of_range escaped as an internal error (exit 70).
    const auto d = baseline("{\"schema\": 1e400}");
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "bad_json");
    CHECK(d[0].where.line == 1);
    CHECK(d[0].message.find("1e400") != std::string::npos);
    CHECK(d[0].message.find("json.exception") == std::string::npos);
    const auto big = baseline(R"({"schema": "regsim-baseline", "version": 99999999999})");
    REQUIRE_FALSE(big.empty());
    CHECK(big[0].id == "bad_number");
    CHECK(big[0].where == regsim::SourceLocation{"base.json", 1, 42});
  }
  SECTION("duplicate keys, NUL bytes and invalid UTF-8") {
    CHECK(has(baseline("{\"schema\": \"a\",\n \"schema\": \"b\"}"), "duplicate_key", 2));
    CHECK(has(baseline(std::string("{\"a\":\n \"\0\"}", 11)), "not_text", 2));
    CHECK(has(baseline("{\"a\":\n \"\xff\"}"), "not_text", 2));
  }
  SECTION("what nlohmann quotes is cut short and escaped") {
    const auto d = baseline("{\"a\": \"" + std::string(5000, 'x') + "\u0001\x1b[31m");
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "bad_json");
    CHECK(d[0].message.size() < 200);
    CHECK(d[0].message.find('\x1b') == std::string::npos);
  }
}

TEST_CASE("every file kind is read through the guarded read", "[io][policy]") {
  Folder folder;
  const auto big = folder.write("big.yaml", "");
  fs::resize_file(big, (16u << 20) + 1);  // sparse: only the size is looked at
  SECTION("baselines have the size limit too") {
    // Before: a baseline file was read whole, however large.
    const auto d = failures([&] { regsim::io::read_baseline_json(big); });
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "file_too_large");
  }
  SECTION("a device is not_a_file for every kind") {
    for (const auto& d : {failures([] { regsim::io::read_baseline_json("/dev/zero"); }),
                          failures([] { regsim::io::read_expectations("/dev/zero"); }),
                          failures([] { regsim::io::read_calendar_file("/dev/zero"); })}) {
      REQUIRE(d.size() == 1);
      CHECK(d[0].id == "not_a_file");
    }
  }
  SECTION("a file named on the command line that cannot be read is at its 1:1") {
    // No line of any file names it, so its own first line stands for the file (as for
    // missing_start). Before: "nothing.yaml: error: ... [file_not_found]", no position.
    const auto missing = (folder.path / "nothing.yaml").string();
    for (const auto& path : {missing, folder.path.string()}) {
      INFO(path);
      for (const auto& d : {failures([&] { regsim::io::read_pathway(path, options()); }),
                            failures([&] { regsim::io::read_baseline_json(path); }),
                            failures([&] { regsim::io::read_expectations(path); }),
                            failures([&] { regsim::io::read_calendar_file(path); }),
                            failures([&] { regsim::io::read_status(path); }),
                            failures([&] { regsim::io::read_goal(path); })}) {
        REQUIRE(d.size() == 1);
        CHECK(d[0].id == (path == missing ? "file_not_found" : "not_a_file"));
        CHECK(d[0].where.file == path);
        CHECK(d[0].where.line == 1);
        CHECK(d[0].where.column == 1);
      }
    }
  }
  SECTION("an oversized calendar file is reported at the pathway line naming it") {
    const auto d = problems(head + "tasks:\n  - {id: a, calendar: big.yaml}\n",
                            (folder.path / "p.yaml").string());
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "file_too_large");
    CHECK(d[0].where.line == 5);
    CHECK(d[0].where.file == (folder.path / "p.yaml").string());
  }
  SECTION("an error inside a calendar file names the pathway line that named the file") {
    folder.write("office.yaml", "regsim: 1\nid: office\nholidayz: []\n");
    const auto d = problems(head + "calendar: office.yaml\ntasks:\n  - {id: a}\n",
                            (folder.path / "p.yaml").string());
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "unknown_key");
    CHECK(d[0].where.line == 3);
    CHECK(fs::path(d[0].where.file).filename() == "office.yaml");
    CHECK(d[0].message.find("p.yaml:4:11") != std::string::npos);
  }
}

TEST_CASE("a file that is not a regsim file is not echoed line by line", "[io][policy]") {
  // Before: `include: /etc/passwd`-like files printed every line as an unknown key.
  Folder folder;
  folder.write("secrets.txt", "root: x:0:0:root:/root:/bin/bash\nalice: hunter2\nbob: s3cret\n");
  const auto d =
      problems(head + "include:\n  - {file: secrets.txt, prefix: s}\ntasks:\n  - {id: a}\n",
               (folder.path / "p.yaml").string());
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "missing_key");
  CHECK(fs::path(d[0].where.file).filename() == "secrets.txt");
  CHECK(d[0].message.find("hunter2") == std::string::npos);
  CHECK(d[0].message.find("alice") == std::string::npos);
  for (const auto& kind :
       {failures([&] { regsim::io::read_expectations(folder.path / "secrets.txt"); }),
        failures([&] { regsim::io::read_calendar_file(folder.path / "secrets.txt"); })}) {
    REQUIRE(kind.size() == 1);
    CHECK(kind[0].message.find("alice") == std::string::npos);
  }
}

TEST_CASE("quoted values are short and escaped", "[io][policy]") {
  const auto d = problems(
      head + "tasks:\n  - {id: a, kind: \"\\e]0;pwned\\a" + std::string(200, 'x') + "\"}\n",
      "mem.yaml");
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "bad_value");
  CHECK(d[0].message.find('\x1b') == std::string::npos);
  CHECK(d[0].message.find('\a') == std::string::npos);
  CHECK(d[0].message.find("\\x1b]0;pwned\\x07") != std::string::npos);
  CHECK(d[0].message.size() < 400);
}

TEST_CASE("a file named by nothing is too large at the line where the limit is crossed",
          "[io][policy]") {
  // Before: "p.yaml: error: ... [file_too_large]", no line.
  Folder folder;
  const auto path = folder.write("p.yaml", head + "tasks:\n  - {id: a}\n  - {id: b}\n");
  auto o = options();
  o.limits.max_file_bytes = 40;  // byte 40 is on line 5, column 7: "  - {i|d: a}"
  const auto d = failures([&] { regsim::io::read_pathway(path, o); });
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "file_too_large");
  CHECK(d[0].where == regsim::SourceLocation{path.string(), 5, 7});
  o.limits.max_file_bytes = 30;  // line 4, "tas|ks: []"
  const auto from_text =
      failures([&] { regsim::io::read_pathway_from_string(head + "tasks: []\n", "m.yaml", o); });
  REQUIRE(from_text.size() == 1);
  CHECK(from_text[0].where == regsim::SourceLocation{"m.yaml", 4, 4});
}
