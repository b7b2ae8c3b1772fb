#include "regsim/report/tornado.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "columns.hpp"
#include "regsim/report/text.hpp"

namespace regsim::report {

std::string render_tornado(const analysis::SimulationSummary& summary,
                           const TornadoOptions& options) {
  std::vector<const analysis::TaskSummary*> tasks = analysis::ranked_by_sensitivity(summary);
  if (tasks.empty()) return {};
  if (options.rows >= 0 && tasks.size() > static_cast<std::size_t>(options.rows)) {
    tasks.resize(static_cast<std::size_t>(options.rows));
  }

  const int width = std::max(40, options.width);
  int label = 0;
  for (const auto* task : tasks)
    label = std::max(label, display_width(task->id));
  // Label, two spaces, "+0.81", two spaces, then the bars: keep at least 20 columns of bar.
  label = std::min(label, width - 9 - 20);
  const int half = (width - label - 9 - 1) / 2;
  const std::string block = options.ascii ? "#" : "\u2588";
  const std::string axis = options.ascii ? "|" : "\u2502";

  std::string out;
  for (const auto* task : tasks) {
    const double rho = *task->sensitivity;
    const int length = static_cast<int>(std::lround(std::abs(rho) * half));
    std::string left(static_cast<std::size_t>(half), ' ');
    std::string right;
    if (rho < 0) {
      left = std::string(static_cast<std::size_t>(half - length), ' ');
      for (int i = 0; i < length; ++i)
        left += block;
    } else {
      for (int i = 0; i < length; ++i)
        right += block;
    }
    std::string line = pad_right(detail::fit(task->id, label, options.ascii), label) +
                       fmt::format("  {:+.2f}  ", rho) + left + axis + right;
    out += detail::trim_right(line) + "\n";
  }
  return out;
}

}  // namespace regsim::report
