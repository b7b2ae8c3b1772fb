#include "regsim/report/tornado.hpp"

#include <catch2/catch.hpp>

namespace analysis = regsim::analysis;
namespace report = regsim::report;

namespace {

analysis::SimulationSummary with_sensitivities() {
  analysis::SimulationSummary summary;
  summary.tasks.resize(4);
  summary.tasks[0].id = "gamma";
  summary.tasks[0].sensitivity = 0.25;
  summary.tasks[1].id = "fixed";  // no sensitivity: not shown
  summary.tasks[2].id = "alpha";
  summary.tasks[2].sensitivity = 1.0;
  summary.tasks[3].id = "beta";
  summary.tasks[3].sensitivity = -0.5;
  return summary;
}

}  // namespace

TEST_CASE("the tornado sorts by |rho| and draws bars around zero", "[report][tornado]") {
  // Width 40: label 5, "  +1.00  " 9, half = (40 - 5 - 9 - 1) / 2 = 12 columns a side.
  const std::string expected =
      "alpha  +1.00              |############\n"
      "beta   -0.50        ######|\n"
      "gamma  +0.25              |###\n";
  CHECK(report::render_tornado(with_sensitivities(), {40, true, 10}) == expected);
}

TEST_CASE("the tornado keeps the largest rows", "[report][tornado]") {
  const std::string text = report::render_tornado(with_sensitivities(), {40, true, 2});
  CHECK(text.find("alpha") != std::string::npos);
  CHECK(text.find("beta") != std::string::npos);
  CHECK(text.find("gamma") == std::string::npos);
}

TEST_CASE("the tornado uses block characters unless ASCII", "[report][tornado]") {
  const std::string text = report::render_tornado(with_sensitivities(), {40, false, 1});
  CHECK(text == "alpha  +1.00              \u2502" + [] {
    std::string bar;
    for (int i = 0; i < 12; ++i)
      bar += "\u2588";
    return bar;
  }() + "\n");
}

TEST_CASE("no sensitivity, no tornado", "[report][tornado]") {
  analysis::SimulationSummary summary;
  summary.tasks.resize(1);
  CHECK(report::render_tornado(summary).empty());
}

TEST_CASE("Hangul takes two columns in the tornado's label", "[report][tornado]") {
  analysis::SimulationSummary summary;
  summary.tasks.resize(2);
  summary.tasks[0].id = "\uc2ec\uc0ac";  // 심사: 4 columns
  summary.tasks[0].sensitivity = 1.0;
  summary.tasks[1].id = "ab";
  summary.tasks[1].sensitivity = -0.5;
  // Label 4 columns; half = (40 - 4 - 9 - 1) / 2 = 13; 0.5 x 13 rounds to 7.
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
      out += s;
    return out;
  };
  const std::string expected = "\uc2ec\uc0ac  +1.00  " + std::string(13, ' ') + "\u2502" +
                               repeat("\u2588", 13) + "\n" + "ab    -0.50  " + std::string(6, ' ') +
                               repeat("\u2588", 7) + "\u2502\n";
  CHECK(report::render_tornado(summary, {40, false, 10}) == expected);
}
