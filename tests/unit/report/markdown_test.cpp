#include "regsim/report/markdown.hpp"

#include <catch2/catch.hpp>

#include "unit/report/fixture.hpp"

TEST_CASE("markdown_cell escapes pipes and line breaks", "[report]") {
  CHECK(regsim::report::markdown_cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("render_gantt_markdown: task table, deadlines and the chart in a code block",
          "[report]") {
  const regsim::test::ReviewFixture f;
  const auto md =
      regsim::report::render_gantt_markdown({f.pathway, f.timeline, ""}, {100, false, true});
  CHECK(md.rfind("# A review with one question round: baseline\n", 0) == 0);
  CHECK(md.find("| GMP inspection | task | 2026-03-16 | 2026-04-15 | 30 | 30 | 14 d for a "
                "reviewer |  |  |\n") != std::string::npos);
  CHECK(md.find("| Committee decision | decision | 2026-08-11 | 2026-09-02 | 22 | 22 | 15 d for "
                "a sitting | yes |  |\n") != std::string::npos);
  CHECK(md.find("| Pre-decision meeting | task | - | - | skipped |") != std::string::npos);
  CHECK(md.find("| Statutory review period | 120 clock days | 122 | **missed** by 2 | "
                "2026-06-30 |") != std::string::npos);
  CHECK(md.find("```text\nA review with one question round") != std::string::npos);
  CHECK(md.find('\x1b') == std::string::npos);  // never colour inside Markdown
}

TEST_CASE("render_comparison_markdown: milestone deltas, tasks and the chart", "[report]") {
  const regsim::test::ReviewFixture b;
  const regsim::test::ReformedFixture r;
  const auto md = regsim::report::render_comparison_markdown(regsim::analysis::compare(
      {b.pathway, b.timeline, ""}, {{r.pathway, r.timeline, "reformed"}}));
  CHECK(md.find("| Approval | 2026-09-02 | 2026-07-01 | 184 \u2192 121 | -63 | -34.2% | "
                "122 \u2192 89 | -33 | -27.0% |") != std::string::npos);
  CHECK(md.find("| Safety and efficacy review | 100 | 70 | -30 | 2026-06-10 | 2026-05-11 |") !=
        std::string::npos);
  CHECK(md.find("| GMP inspection | 30 | removed | - |") != std::string::npos);
  CHECK(md.find("| Parallel evaluation | added | 30 | - |") != std::string::npos);
  CHECK(md.find("| Statutory review period | 120 clock days | used 122, **missed** by 2 | used "
                "89, met, 31 to spare |") != std::string::npos);
  CHECK(md.find("```text\nTwo bars per task: baseline above, reformed below.") !=
        std::string::npos);
}

TEST_CASE("markdown_cell escapes HTML and control characters from names", "[report]") {
  CHECK(regsim::report::markdown_cell("<script>alert(1)</script>") ==
        "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(regsim::report::markdown_cell("<svg onload=alert(1)>") == "&lt;svg onload=alert(1)&gt;");
  CHECK(regsim::report::markdown_cell("a\x1b[2Jb") == "a\\x1b[2Jb");
}
