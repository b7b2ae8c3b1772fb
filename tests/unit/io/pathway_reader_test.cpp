#include "regsim/io/pathway_reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "regsim/error.hpp"
#include "unit/file_text.hpp"

namespace fs = std::filesystem;
using regsim::calendar::Duration;
using regsim::calendar::DurationUnit;
using namespace regsim::model;

namespace {

const fs::path data = fs::path(REGSIM_TEST_DATA_DIR) / "unit" / "io" / "data";

regsim::io::ReadOptions options() {
  regsim::io::ReadOptions o;
  o.data_dir = REGSIM_WORKFLOWS_DIR;
  return o;
}

Pathway read(const std::string& name) {
  return regsim::io::read_pathway(data / name, options());
}

// The diagnostics reading `text` produces (none: the text reads).
std::vector<regsim::Diagnostic> problems(const std::string& text,
                                         regsim::io::ReadOptions o = options()) {
  try {
    regsim::io::read_pathway_from_string(text, "mem.yaml", o);
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

const Dependency& dependency(const Pathway& p, const std::string& from, const std::string& to) {
  for (const auto& d : p.dependencies) {
    if (d.from == from && d.to == to) return d;
  }
  FAIL("no dependency " << from << " -> " << to);
  throw;
}

const std::string head = "regsim: 1\nid: t/x\ntitle: T\n";

}  // namespace

TEST_CASE("a full pathway file reads into the model", "[io]") {
  const Pathway p = read("review.yaml");
  CHECK(p.id == "example/review");
  CHECK(p.title == "A review with one question round");
  CHECK(p.jurisdiction == "KR");
  CHECK(p.convention == regsim::calendar::Convention::kr_civil_petition);
  CHECK(p.calendar == "weekdays");
  REQUIRE(p.start);
  CHECK(regsim::calendar::to_iso(*p.start) == "2026-03-02");
  REQUIRE(p.sources.size() == 1);
  CHECK(p.sources[0].citation == "MFDS, 의약품 품목허가·심사 절차의 이해 ver1.1 (2017)");
  CHECK(p.sources[0].url == "https://example.org/guide.pdf");
  CHECK(p.file == (data / "review.yaml").string());

  REQUIRE(p.tasks.size() == 5);
  const Task& submission = p.tasks[0];
  CHECK(submission.kind == TaskKind::milestone);
  CHECK(submission.owner == "applicant");
  CHECK_FALSE(submission.clock_runs);  // applicant's time by default
  CHECK(submission.where.line == 15);

  const Task& review = p.tasks[1];
  CHECK(review.name == "Safety and efficacy review");
  CHECK(review.owner == "agency");
  CHECK(review.clock_runs);
  CHECK(review.duration == DurationSpec{DurationUnit::working_days, Fixed{70}});
  CHECK(review.needs == std::vector<ResourceNeed>{{"reviewers", 1}});
  CHECK(review.sources == std::vector<std::string>{"mfds-guide"});

  const Task& questions = p.tasks[2];
  CHECK(questions.kind == TaskKind::clock_stop);
  CHECK_FALSE(questions.clock_runs);
  CHECK(questions.duration == DurationSpec{DurationUnit::calendar_days, Triangular{30, 60, 90}});
  CHECK(questions.probability == 0.8);
  REQUIRE(questions.rework);
  CHECK(questions.rework->probability == 0.4);
  CHECK(questions.rework->max_rounds == 2);
  CHECK(questions.rework->restart == "review");

  const Task& committee = p.tasks[3];
  CHECK(committee.kind == TaskKind::decision);
  CHECK(committee.sittings == "drec");
  CHECK_FALSE(committee.clock_runs);  // `clock: stopped` overrides the default
  CHECK(p.tasks[4].name == "approval");
  CHECK(p.tasks[4].note == "estimate");

  REQUIRE(p.dependencies.size() == 4);
  const auto& lagged = dependency(p, "questions", "committee");
  CHECK(lagged.type == DependencyType::finish_to_start);
  CHECK(lagged.lag == Duration{2, DurationUnit::working_days});
  CHECK(lagged.where.line == 42);
  CHECK(dependency(p, "submission", "review").lag == Duration{0, DurationUnit::calendar_days});

  REQUIRE(p.resources.size() == 2);
  CHECK(p.resources[0].capacity == 2);
  CHECK(p.resources[0].name == "reviewers");
  CHECK(p.resources[0].discipline == QueueDiscipline::fifo);
  CHECK(p.resources[1].name == "Advisory panel");
  CHECK(p.resources[1].discipline == QueueDiscipline::priority);

  REQUIRE(p.sittings.count("drec") == 1);
  REQUIRE(p.branches.size() == 1);
  CHECK(p.branches[0].outcomes ==
        std::vector<Branch::Outcome>{{"approval", 0.75}, {"committee", 0.25}});

  REQUIRE(p.deadlines.size() == 2);
  CHECK(p.deadlines[0].basis == ClockBasis::clock_days);
  CHECK(p.deadlines[0].limit == 120);
  CHECK(p.deadlines[0].from_anchor == Anchor::start);
  CHECK(p.deadlines[0].to_anchor == Anchor::finish);
  CHECK(p.deadlines[0].name == "statutory");
  CHECK(p.deadlines[1].name == "Review period");
  CHECK(p.deadlines[1].from_anchor == Anchor::finish);
  CHECK(p.deadlines[1].to_anchor == Anchor::start);
  CHECK(p.deadlines[1].basis == ClockBasis::calendar_days);

  REQUIRE(p.portfolio);
  CHECK(p.portfolio->count == 12);
  CHECK(p.portfolio->interval == Duration{30, DurationUnit::calendar_days});
  CHECK(p.portfolio->priorities == std::vector<int>{1, 0});
  CHECK(p.calendars.count("weekdays") == 1);
}

TEST_CASE("scenarios are kept as overlays", "[io]") {
  const Pathway p = read("review.yaml");
  REQUIRE(p.scenarios.size() == 2);
  const Scenario& reformed = p.scenarios[0];
  CHECK(reformed.id == "reformed");
  CHECK(reformed.title == "Reformed review");
  REQUIRE(reformed.change.size() == 1);
  CHECK(reformed.change[0].id == "review");
  CHECK(reformed.change[0].duration == DurationSpec{DurationUnit::working_days, Fixed{50}});
  CHECK(reformed.change[0].needs == std::vector<ResourceNeed>{{"reviewers", 2}});
  CHECK_FALSE(reformed.change[0].name);
  CHECK(reformed.capacities == std::map<std::string, int>{{"reviewers", 4}});

  const Scenario& parallel = p.scenarios[1];
  CHECK(parallel.extends == "reformed");
  REQUIRE(parallel.remove.size() == 1);
  CHECK(parallel.remove[0].id == "questions");
  CHECK(parallel.skip.at(0).id == "committee");
  REQUIRE(parallel.add.size() == 1);
  CHECK(parallel.add[0].owner == "ministry");
  CHECK(parallel.add[0].duration == DurationSpec{DurationUnit::calendar_days, Fixed{60}});
  REQUIRE(parallel.remove_dependencies.size() == 1);
  CHECK(parallel.remove_dependencies[0].from == "committee");
  CHECK(parallel.remove_dependencies[0].to == "approval");
  REQUIRE(parallel.add_dependencies.size() == 2);
  CHECK(parallel.add_dependencies[1].type == DependencyType::start_to_start);
  CHECK(parallel.add_dependencies[1].lag == Duration{-5, DurationUnit::calendar_days});
  CHECK(parallel.convention == regsim::calendar::Convention::plain);
  REQUIRE(parallel.start);
  CHECK(regsim::calendar::to_iso(*parallel.start) == "2026-01-05");
  CHECK(parallel.sittings.count("drec") == 1);
}

TEST_CASE("dependencies take every type and lags in every unit", "[io]") {
  const Pathway p = read("lags.yaml");
  REQUIRE(p.dependencies.size() == 7);
  CHECK(dependency(p, "a", "b").type == DependencyType::finish_to_start);
  CHECK(dependency(p, "a", "c").type == DependencyType::start_to_start);
  CHECK(dependency(p, "a", "c").lag == Duration{5, DurationUnit::calendar_days});
  CHECK(dependency(p, "b", "d").type == DependencyType::finish_to_finish);
  CHECK(dependency(p, "b", "d").lag == Duration{3, DurationUnit::working_days});
  CHECK(dependency(p, "c", "d").type == DependencyType::start_to_finish);
  CHECK(dependency(p, "c", "d").lag == Duration{2, DurationUnit::weeks});
  CHECK(dependency(p, "d", "e").lag == Duration{1, DurationUnit::months});
  CHECK(dependency(p, "a", "e").lag == Duration{-4, DurationUnit::working_days});
  CHECK(dependency(p, "b", "e").where.line == 18);
  CHECK(p.tasks[2].duration == DurationSpec{DurationUnit::weeks, Fixed{2}});
  CHECK(p.tasks[3].duration == DurationSpec{DurationUnit::months, Fixed{3}});
}

TEST_CASE("every distribution reads with its parameters", "[io]") {
  const Pathway p = read("distributions.yaml");
  REQUIRE(p.tasks.size() == 10);
  CHECK(p.tasks[0].duration == DurationSpec{DurationUnit::calendar_days, Fixed{30}});
  CHECK(p.tasks[1].duration == DurationSpec{DurationUnit::calendar_days, Uniform{20, 40}});
  CHECK(p.tasks[2].duration == DurationSpec{DurationUnit::working_days, Triangular{20, 30, 60}});
  CHECK(p.tasks[3].duration == DurationSpec{DurationUnit::weeks, Pert{2, 3, 6, 3}});
  CHECK(p.tasks[4].duration == DurationSpec{DurationUnit::months, Pert{1, 2, 4, 4}});
  // median 45, p90 90: mu = ln 45, sigma = ln 2 / z(0.9) with z(0.9) = 1.2815515655446004.
  const auto& by_median = std::get<LogNormal>(p.tasks[5].duration.distribution);
  CHECK(by_median.mu == Approx(std::log(45.0)));
  CHECK(by_median.sigma == Approx(std::log(2.0) / 1.2815515655446004));
  // mean 50, sd 20: sigma^2 = ln(1 + 0.16), mu = ln 50 - sigma^2 / 2.
  const auto& by_mean = std::get<LogNormal>(p.tasks[6].duration.distribution);
  CHECK(by_mean.sigma == Approx(std::sqrt(std::log(1.16))));
  CHECK(by_mean.mu == Approx(std::log(50.0) - std::log(1.16) / 2));
  CHECK(p.tasks[7].duration ==
        DurationSpec{DurationUnit::calendar_days, Empirical{{30, 45, 60, 90}, {1, 2, 2, 1}}});
  CHECK(p.tasks[8].duration == DurationSpec{DurationUnit::working_days, Empirical{{7}, {}}});
  CHECK(p.tasks[9].duration == DurationSpec{DurationUnit::calendar_days, Fixed{0}});
}

TEST_CASE("includes are copied under their prefix and scenarios merged by name", "[io]") {
  const Pathway p = read("composed.yaml");
  std::vector<std::string> ids;
  for (const auto& task : p.tasks)
    ids.push_back(task.id);
  CHECK(ids == std::vector<std::string>{"approval.submission", "approval.review",
                                        "approval.committee", "approval.certificate",
                                        "listing.application", "listing.evaluation",
                                        "listing.listed", "launch"});
  const Task& review = *p.find_task("approval.review");
  CHECK(review.needs == std::vector<ResourceNeed>{{"approval.reviewers", 1}});
  CHECK(review.where.file == (data / "parts" / "approval.yaml").string());
  // Parts keep counting as in their own files.
  CHECK(review.convention == regsim::calendar::Convention::ema_day);
  CHECK(p.find_task("listing.evaluation")->convention == regsim::calendar::Convention::plain);
  CHECK_FALSE(p.find_task("launch")->convention);
  CHECK(p.find_task("approval.committee")->sittings == "approval.board");
  CHECK(p.sittings.count("approval.board") == 1);
  REQUIRE(p.resources.size() == 1);
  CHECK(p.resources[0].id == "approval.reviewers");
  REQUIRE(p.deadlines.size() == 1);
  CHECK(p.deadlines[0].id == "approval.limit");
  CHECK(p.deadlines[0].from == "approval.submission");
  CHECK(p.deadlines[0].to == "approval.certificate");
  CHECK(dependency(p, "approval.certificate", "listing.application").where.file ==
        (data / "composed.yaml").string());
  CHECK(dependency(p, "approval.review", "approval.committee").type ==
        DependencyType::finish_to_start);
  CHECK(p.dependencies.size() == 3 + 2 + 2);
  REQUIRE(p.sources.size() == 1);
  CHECK(p.sources[0].citation == "Approval law");

  REQUIRE(p.scenarios.size() == 2);
  const Scenario& reformed = p.scenarios[0];
  CHECK(reformed.id == "reformed");
  CHECK(reformed.title == "Both reforms");
  std::vector<std::string> changed;
  for (const auto& patch : reformed.change)
    changed.push_back(patch.id);
  CHECK(changed == std::vector<std::string>{"approval.review", "listing.evaluation", "launch"});
  CHECK(reformed.capacities == std::map<std::string, int>{{"approval.reviewers", 5}});
  const Scenario& listing_only = p.scenarios[1];
  CHECK(listing_only.id == "listing_only");
  CHECK(listing_only.remove.at(0).id == "listing.evaluation");
  CHECK(listing_only.add_dependencies.at(0).from == "listing.application");
}

TEST_CASE("every problem of a file is reported in one pass", "[io]") {
  const auto d = problems(head +
                          "tasks:\n"              // 4
                          "  - id: a\n"           // 5
                          "    duraton: 5d\n"     // 6
                          "  - id: b\n"           // 7
                          "    duration: 3.5d\n"  // 8
                          "  - id: a\n"           // 9
                          "dependencies:\n"       // 10
                          "  - a -> c\n");        // 11
  CHECK(has(d, "unknown_key", 6));
  CHECK(has(d, "bad_duration", 8));
  CHECK(has(d, "duplicate_id", 9));
  CHECK(has(d, "unknown_task", 11));
  REQUIRE(d.size() == 4);
  CHECK(d[0].where.file == "mem.yaml");
  CHECK(d[0].where.column == 5);
  CHECK(d[0].message.find("did you mean 'duration'") != std::string::npos);
  CHECK(regsim::to_string(d[0]).rfind("mem.yaml:6:5: error: ", 0) == 0);
}

TEST_CASE("hostile input gives diagnostics, never a crash", "[io]") {
  SECTION("a missing file") {
    try {
      regsim::io::read_pathway("/nonexistent/regsim/nothing.yaml", options());
      FAIL("no error");
    } catch (const regsim::InputError& error) {
      REQUIRE(error.diagnostics().size() == 1);
      CHECK(error.diagnostics()[0].id == "file_not_found");
      CHECK(error.diagnostics()[0].where.file == "/nonexistent/regsim/nothing.yaml");
    }
  }
  SECTION("a directory") {
    try {
      regsim::io::read_pathway(data, options());
      FAIL("no error");
    } catch (const regsim::InputError& error) {
      CHECK(error.diagnostics().at(0).id == "not_a_file");
    }
  }
  SECTION("nothing but comments") {
    CHECK(has(problems("# nothing\n\n"), "empty_file", 1));
  }
  SECTION("a null document") {
    CHECK(has(problems("~\n"), "empty_file", 1));
  }
  SECTION("binary bytes") {
    CHECK(has(problems(std::string("regsim: 1\n\x7f"
                                   "ELF\x02\x01\x00\x00",
                                   18)),
              "not_text", 2));
  }
  SECTION("a YAML syntax error names its line") {
    CHECK(has(problems(head + "tasks: [a, b\n"), "yaml_syntax", 5));
  }
  SECTION("deep nesting stops at the limit") {
    const std::string deep = head + "tasks: " + std::string(200000, '[') + "\n";
    const auto d = problems(deep);
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "too_deep");
  }
  SECTION("a billion laughs stops at the alias limit") {
    std::string text =
        head + "tasks: [{id: a}]\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
      text += "x" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
      for (int i = 0; i < 9; ++i)
        text += (i ? ", *a" : "*a") + std::to_string(level - 1);
      text += "]\n";
    }
    const auto d = problems(text);
    REQUIRE(d.size() == 1);
    CHECK(d[0].id == "alias_expansion");
  }
  SECTION("a file over the size limit") {
    auto o = options();
    o.limits.max_file_bytes = 10;
    CHECK(problems(head + "tasks: [{id: a}]\n", o).at(0).id == "file_too_large");
  }
  SECTION("too many tasks") {
    auto o = options();
    o.limits.max_tasks = 1;
    CHECK(has(problems(head + "tasks:\n  - id: a\n  - id: b\n", o), "too_many_tasks", 6));
  }
}

TEST_CASE("many problems are capped with a note", "[io]") {
  std::string text = head + "tasks:\n";
  for (int i = 0; i < 30; ++i)
    text += "  - {id: t" + std::to_string(i) + ", duration: 1x}\n";
  auto o = options();
  o.limits.max_diagnostics = 10;
  const auto d = problems(text, o);
  REQUIRE(d.size() == 11);
  CHECK(d[10].id == "too_many_errors");
  CHECK(d[10].severity == regsim::Severity::note);
  CHECK(d[10].message.rfind("20 more problems", 0) == 0);
}

TEST_CASE("include loops and chains are caught", "[io]") {
  const fs::path folder =
      fs::temp_directory_path() / ("regsim-include-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(folder / name) << text;
  };
  write("a.yaml", head + "include:\n  - {file: b.yaml, prefix: b}\ntasks: [{id: x}]\n");
  write("b.yaml", head + "include:\n  - {file: c.yaml, prefix: c}\ntasks: [{id: x}]\n");
  write("c.yaml", head + "include:\n  - {file: a.yaml, prefix: a}\ntasks: [{id: x}]\n");
  try {
    regsim::io::read_pathway(folder / "a.yaml", options());
    FAIL("no error");
  } catch (const regsim::InputError& error) {
    REQUIRE(error.diagnostics().size() == 1);
    const auto& d = error.diagnostics()[0];
    CHECK(d.id == "include_loop");
    CHECK(d.where.file == (folder / "c.yaml").string());
    CHECK(d.where.line == 5);
    CHECK(d.message.find("a.yaml -> b.yaml -> c.yaml -> a.yaml") != std::string::npos);
  }
  write("c.yaml", head + "tasks: [{id: x}]\n");
  auto o = options();
  o.limits.max_include_depth = 1;
  try {
    regsim::io::read_pathway(folder / "a.yaml", o);
    FAIL("no error");
  } catch (const regsim::InputError& error) {
    CHECK(error.diagnostics().at(0).id == "include_too_deep");
    CHECK(error.diagnostics().at(0).where.file == (folder / "b.yaml").string());
  }
  const Pathway p = regsim::io::read_pathway(folder / "a.yaml", options());
  CHECK(p.find_task("b.c.x") != nullptr);
  CHECK(p.find_task("b.x") != nullptr);
  CHECK(p.find_task("x") != nullptr);
  fs::remove_all(folder);
}

TEST_CASE("mangled files give diagnostics, never another exception", "[io]") {
  // A small deterministic fuzz: flip, delete and duplicate bytes of a good file and cut
  // it short. Reading must either succeed or throw InputError with at least one error.
  const std::string good = regsim::test::file_text(data / "review.yaml");
  REQUIRE(good.size() > 100);
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  std::string alphabet = "-:[]{}&*!|>#'\"\n \t,?%@`abc019\xff";
  alphabet.push_back('\0');
  int failures = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text = good;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = next() % text.size();
      switch (next() % 4) {
        case 0:
          text[at] = alphabet[next() % alphabet.size()];
          break;
        case 1:
          text.erase(at, 1 + next() % 8);
          break;
        case 2:
          text.insert(at, text.substr(at, 1 + next() % 40));
          break;
        default:
          text.resize(at);
          break;
      }
    }
    try {
      regsim::io::read_pathway_from_string(text, "fuzz.yaml", options());
    } catch (const regsim::InputError& error) {
      ++failures;
      REQUIRE_FALSE(error.diagnostics().empty());
      CHECK(error.diagnostics().front().severity == regsim::Severity::error);
    }
  }
  CHECK(failures > 100);  // most mangled files are wrong, and say so
}

TEST_CASE("calendars are resolved and loaded: bundled, user-defined, files", "[io]") {
  using regsim::calendar::parse_date;
  const Pathway p = read("calendars.yaml");
  CHECK(p.calendar == "mfds");
  for (const char* name :
       {"mfds", "office", "plain_office", "us-federal", "eu-ema", "parts/office-calendar.yaml"}) {
    INFO(name);
    CHECK(p.calendars.count(name) == 1);
  }
  const auto& mfds = p.calendars.at("mfds");
  CHECK(mfds.name() == "mfds");
  CHECK_FALSE(mfds.is_working_day(*parse_date("2026-12-31")));  // the added closure
  CHECK_FALSE(
      mfds.is_working_day(*parse_date("2026-03-02")));  // 삼일절 substitute (1 Mar is a Sunday)
  CHECK(mfds.is_working_day(*parse_date("2026-03-03")));
  CHECK(p.calendar_conventions.at("mfds") == regsim::calendar::Convention::kr_civil_petition);
  CHECK(p.calendar_conventions.count("office") == 0);
  CHECK(p.convention_of(p.tasks[0]) == regsim::calendar::Convention::kr_civil_petition);
  const auto& office = p.calendars.at("plain_office");
  CHECK_FALSE(office.is_working_day(*parse_date("2026-07-01")));
  CHECK_FALSE(office.is_working_day(*parse_date("2026-07-02")));
  CHECK(office.is_working_day(*parse_date("2026-07-03")));
  CHECK(&p.calendar_of(p.tasks[2]) == &p.calendars.at("parts/office-calendar.yaml"));
  // Independence Day 2026 falls on a Saturday: observed on Friday 3 July.
  CHECK_FALSE(p.calendars.at("us-federal").is_working_day(*parse_date("2026-07-03")));
}

TEST_CASE("unknown calendars are reported where they are named, with a suggestion", "[io]") {
  const auto d = problems(head + "calendar: kr\ntasks:\n  - {id: a, calendar: us-federl}\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].id == "unknown_calendar");
  CHECK(d[0].where.line == 6);
  CHECK(d[0].message.find("did you mean 'us-federal'") != std::string::npos);
}

TEST_CASE("sitting calendars read their rules, dates and exceptions", "[io]") {
  using regsim::calendar::parse_date;
  const Pathway p = regsim::io::read_pathway_from_string(
      head +
          "tasks:\n  - {id: d, kind: decision, sittings: chmp}\n"
          "sittings:\n"
          "  chmp:\n"
          "    rule: {full_week: last, from: mon, to: thu}\n"
          "    skip_months: [8]\n"
          "  drec:\n"
          "    rule: [{nth: 2, weekday: wed}, {nth: last, weekday: fri}]\n"
          "    dates: [2026-02-02]\n"
          "    cancelled: [2026-01-14]\n",
      "mem.yaml", options());
  const auto& chmp = p.sittings.at("chmp");
  // January 2026 has three full weeks (5-11, 12-18, 19-25): the last starts on the 19th.
  CHECK(chmp.next_sitting_on_or_after(*parse_date("2026-01-01")) == parse_date("2026-01-19"));
  // February 2026: full weeks 2-8, 9-15, 16-22 (23 February - 1 March is not whole).
  CHECK(chmp.next_sitting_on_or_after(*parse_date("2026-01-23")) == parse_date("2026-02-16"));
  // No sitting in August: July's last full week is 20-26, September's is 21-27.
  CHECK(chmp.next_sitting_on_or_after(*parse_date("2026-07-24")) == parse_date("2026-09-21"));
  const auto& drec = p.sittings.at("drec");
  // 14 January (second Wednesday) is cancelled; the last Friday of January is the 30th.
  CHECK(drec.next_sitting_on_or_after(*parse_date("2026-01-10")) == parse_date("2026-01-30"));
  CHECK(drec.next_sitting_on_or_after(*parse_date("2026-01-31")) == parse_date("2026-02-02"));
  CHECK(drec.next_sitting_on_or_after(*parse_date("2026-02-03")) == parse_date("2026-02-11"));
}

TEST_CASE("sittings from bundled files: plenaries with sources, timetables of slots", "[io]") {
  using regsim::calendar::parse_date;
  const Pathway p = regsim::io::read_pathway_from_string(
      head +
          "tasks:\n  - {id: d, kind: decision, sittings: chmp}\n"
          "sittings:\n"
          "  chmp: {file: chmp}\n"
          "  standard: {file: ema-standard}\n",
      "mem.yaml", options());
  const auto& chmp = p.sittings.at("chmp");
  // Published: the plenary of 22-25 April 2025 ends on a Friday (Easter Monday).
  CHECK(chmp.next_sitting_on_or_after(*parse_date("2025-04-01")) == parse_date("2025-04-25"));
  CHECK_FALSE(chmp.projected(*parse_date("2025-04-25")));
  // September 2025 has no published date: the rule projects it.
  const auto september = chmp.next_sitting_on_or_after(*parse_date("2025-09-01"));
  REQUIRE(september);
  CHECK(chmp.projected(*september));
  const auto& standard = p.sittings.at("standard");
  REQUIRE(standard.is_timetable());
  // EMA/119185/2015 Rev.5, slot A5: deadline 27 April 2017, start 18 May 2017.
  const auto a5 = standard.slot_on_or_after(*parse_date("2017-04-27"));
  REQUIRE(a5);
  CHECK(a5->start == parse_date("2017-05-18"));
  CHECK_FALSE(a5->projected);
}

TEST_CASE("an unknown bundled sitting calendar is reported where it is named", "[io]") {
  const auto d = problems(head +
                          "tasks:\n  - {id: d, kind: decision, sittings: x}\n"
                          "sittings:\n  x: {file: no-such-committee}\n");
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].id == "unknown_sittings");
  CHECK(d[0].where.line == 7);
  CHECK(d[0].message.find("chmp") != std::string::npos);
}
