// Scenarios are bounded: per pathway, and along extends chains checked in one pass.
#include <catch2/catch.hpp>
#include <string>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"

namespace {

const std::string head = "regsim: 1\nid: t/x\ntitle: T\ntasks: [{id: a}]\nscenarios:\n";

std::vector<regsim::Diagnostic> problems(const std::string& text, regsim::io::ReadOptions o = {}) {
  try {
    regsim::io::read_pathway_from_string(text, "mem.yaml", o);
  } catch (const regsim::InputError& error) {
    return error.diagnostics();
  }
  return {};
}

// Scenarios s0..s{n-1}, s{i} extending s{i+1}; the last extends `last`.
std::string chain(int n, const std::string& last) {
  std::string text = head;
  for (int i = 0; i < n; ++i) {
    text += "  s" + std::to_string(i) +
            ": {extends: " + (i + 1 < n ? "s" + std::to_string(i + 1) : last) + "}\n";
  }
  return text;
}

}  // namespace

TEST_CASE("an extends chain over the limit is reported once, where it crosses it", "[io][limits]") {
  regsim::io::ReadOptions o;
  o.limits.max_extends_depth = 3;
  // s4 extends the baseline (depth 1), s3 is depth 2, ... s0 depth 5.
  const auto d = problems(chain(5, "baseline"), o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "extends_too_deep");
  CHECK(d[0].where.line == 7);  // s1, the fourth from the baseline
  CHECK(d[0].message.find("'s1'") != std::string::npos);
  o.limits.max_extends_depth = 5;
  CHECK(problems(chain(5, "baseline"), o).empty());
}

TEST_CASE("a long extends chain or loop is refused in one pass", "[io][limits]") {
  regsim::io::ReadOptions o;
  o.limits.max_scenarios = 200000;  // past the default, to reach the chain check itself
  const auto deep = problems(chain(100000, "baseline"), o);
  REQUIRE(deep.size() == 1);
  CHECK(deep[0].id == "extends_too_deep");
  CHECK(deep[0].message.find("'s99935'") != std::string::npos);  // 65th from the baseline

  const auto loop = problems(chain(100000, "s0"), o);
  REQUIRE(loop.size() == 1);
  CHECK(loop[0].id == "scenario_cycle");
  CHECK(loop[0].where.line == 6);  // s0, the loop's first scenario in the file
  CHECK(loop[0].message.find("loop: s0 -> s1 -> ") != std::string::npos);
  CHECK(loop[0].message.find("(100000 scenarios)") != std::string::npos);
  CHECK(loop[0].message.size() < 200);

  // A chain leading into a loop: the loop once, the chain into it not at all.
  const auto into = problems(head + "  a: {extends: b}\n  b: {extends: c}\n  c: {extends: b}\n");
  REQUIRE(into.size() == 1);
  CHECK(into[0].id == "scenario_cycle");
  CHECK(into[0].message.find("b -> c -> b;") != std::string::npos);
}

TEST_CASE("scenarios are limited per file and after includes", "[io][limits]") {
  regsim::io::ReadOptions o;
  o.limits.max_scenarios = 3;
  std::string text = head;
  for (int i = 0; i < 5; ++i)
    text += "  s" + std::to_string(i) + ": {}\n";
  const auto d = problems(text, o);
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "too_many_scenarios");
  CHECK(d[0].where.line == 9);  // s3
  o.limits.max_scenarios = 5;
  CHECK(problems(text, o).empty());
}
