// `regsim list`: the bundled pathways with their titles and scenarios.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <ostream>

#include "commands.hpp"
#include "regsim/error.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/data_directory.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/model/scenario.hpp"
#include "regsim/report/text.hpp"

namespace regsim::cli {

void add_list_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "list", "List the bundled pathways (use the name as FILE): id, title and scenarios.");
  command->callback([&context] {
    const auto bundled = io::list_bundled_pathways();
    if (bundled.empty()) {
      throw Error("no bundled pathways found in " + io::data_directory().string() +
                  "; set REGSIM_DATA_DIR to regsim's workflows folder");
    }
    std::size_t width = 0;
    for (const auto& entry : bundled)
      width = std::max(width, entry.name.size());
    for (const auto& entry : bundled) {
      std::string line = entry.name + std::string(width + 2 - entry.name.size(), ' ');
      try {
        const auto pathway = io::read_pathway(entry.file);
        line += report::escape_controls(pathway.title);
        if (pathway.id != entry.name) line += " [id " + pathway.id + "]";
        std::string scenarios;
        for (const auto& id : model::scenario_ids(pathway)) {
          scenarios += (scenarios.empty() ? "" : ", ") + id;
        }
        line += "\n" + std::string(width + 2, ' ') + "scenarios: " + scenarios;
      } catch (const InputError& error) {
        line += "(does not read: run 'regsim validate " + entry.name + "')";
      }
      context.out << line << '\n';
    }
  });
}

}  // namespace regsim::cli
