#include "status_input.hpp"

#include <filesystem>
#include <system_error>

#include "output/output.hpp"
#include "regsim/error.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/status_reader.hpp"
#include "regsim/model/scenario.hpp"

namespace regsim::cli {

namespace fs = std::filesystem;

std::optional<StatusInput> read_status_input(const std::string& path) {
  if (path.empty()) return std::nullopt;
  note_input_file(path);
  return StatusInput{io::read_status(path), std::nullopt};
}

std::string tracked_pathway_argument(const std::string& file, const StatusInput* input) {
  if (!input) {
    if (file.empty()) throw UsageError("name a pathway FILE (or a status file with --status)");
    return file;
  }
  const auto& status = input->status;
  const fs::path tracked = io::status_pathway_path(status);
  std::error_code error;
  if (file.empty()) return tracked.string();
  const fs::path named = io::resolve_pathway_argument(file);
  if (!fs::equivalent(named, tracked, error)) {
    throw UsageError("--status: " + status.file + " tracks '" + status.pathway + "' (" +
                     tracked.string() + "), not " + file +
                     "; leave FILE out to use the status file's pathway");
  }
  return file;
}

std::string tracked_scenario(const std::string& option, const StatusInput* input,
                             const model::Pathway& pathway) {
  if (!input || input->status.scenario.empty()) return option;
  const auto& scenario = input->status.scenario;
  if (option != model::baseline_scenario && option != scenario) {
    throw UsageError("--scenario " + option + ": the status file " + input->status.file +
                     " tracks scenario '" + scenario + "'");
  }
  io::check_status_scenario(input->status, pathway);
  return scenario;
}

const sim::Tracking& resolve_tracking(StatusInput& input, const model::Pathway& applied) {
  input.tracking = sim::resolve_status(input.status, applied);
  return *input.tracking;
}

}  // namespace regsim::cli
