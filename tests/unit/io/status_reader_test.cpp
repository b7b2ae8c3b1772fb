#include "regsim/io/status_reader.hpp"

#include <catch2/catch.hpp>

#include "regsim/error.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/sim/tracking.hpp"

using namespace regsim;
using calendar::Date;

namespace {

// The example of issue 26 and docs/status.md, exactly as written there.
const char* const issue_example = R"(regsim: 1
status: kr/biosimilar        # the pathway (bundled name or path); `scenario:` optional
as_of: 2026-09-01
actuals:
  - {task: application, finish: 2026-03-03}
  - {task: quality_review, start: 2026-03-03, finish: 2026-07-10}
  - {task: quality_supplement, start: 2026-07-10}      # in progress
)";

std::vector<Diagnostic> diagnostics_of(const std::string& text) {
  try {
    io::parse_status(text, "status.yaml");
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  return {};
}

}  // namespace

TEST_CASE("the status reader reads the example of the documentation", "[io][status]") {
  const auto status = io::parse_status(issue_example, "status.yaml");
  CHECK(status.pathway == "kr/biosimilar");
  CHECK(status.pathway_where == SourceLocation{"status.yaml", 2, 9});
  CHECK(status.scenario.empty());
  CHECK(status.as_of == Date(2026, 9, 1));
  REQUIRE(status.actuals.size() == 3);
  CHECK(status.actuals[0].task == "application");
  CHECK_FALSE(status.actuals[0].start);
  CHECK(status.actuals[0].finish == Date(2026, 3, 3));
  CHECK(status.actuals[1].start == Date(2026, 3, 3));
  CHECK(status.actuals[1].finish == Date(2026, 7, 10));
  CHECK(status.actuals[2].task == "quality_supplement");
  CHECK(status.actuals[2].start == Date(2026, 7, 10));
  CHECK_FALSE(status.actuals[2].finish);
  CHECK(status.actuals[2].where == SourceLocation{"status.yaml", 7, 12});
}

TEST_CASE("the documentation's example resolves against the bundled pathway", "[io][status]") {
  const auto status = io::parse_status(issue_example, "status.yaml");
  io::ReadOptions options;
  options.data_dir = REGSIM_WORKFLOWS_DIR;
  const auto pathway = io::read_pathway(io::status_pathway_path(status, options.data_dir), options);
  const auto tracking = sim::resolve_status(status, pathway);
  const auto position = [&](const char* id) {
    return static_cast<std::size_t>(pathway.find_task(id) - pathway.tasks.data());
  };
  CHECK(tracking.progress(position("application")) == sim::Progress::done);
  // A milestone with one date happened that day.
  CHECK(tracking.start[position("application")] == Date(2026, 3, 3));
  CHECK(tracking.progress(position("quality_review")) == sim::Progress::done);
  CHECK(tracking.progress(position("quality_supplement")) == sim::Progress::in_progress);
  CHECK(tracking.progress(position("efficacy_review")) == sim::Progress::planned);
  CHECK(tracking.happened[position("efficacy_review")] == -1);
}

TEST_CASE("the status reader reports every problem of the file with its position", "[io][status]") {
  const auto diagnostics = diagnostics_of(R"(regsim: 1
status: kr/biosimilar
as_of: 2026-09-01
actuals:
  - {task: application, finish: 2026-09-02}
  - {task: quality_review, start: 2026-07-10, finish: 2026-03-03}
  - {task: quality_review, start: 2026-03-03}
  - {task: efficacy_review, rounds: 0}
  - {task: gmp_inspection, start: 2026-13-01}
)");
  const auto has = [&](const char* id, int line) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic& d) { return d.id == id && d.where.line == line; });
  };
  INFO(render_diagnostics(diagnostics));
  CHECK(has("after_as_of", 5));
  CHECK(has("finish_before_start", 6));
  CHECK(has("duplicate_id", 7));
  CHECK(has("bad_value", 8));
  CHECK(has("bad_date", 9));
  CHECK(diagnostics.size() == 5);
}

TEST_CASE("a status file that is not one is refused once, not line by line", "[io][status]") {
  const auto diagnostics = diagnostics_of("title: a log\nlevel: info\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].id == "missing_key");
}
