// Private to io: reading one assertion of an expectation file from its YAML map.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "read_context.hpp"
#include "regsim/model/expectation.hpp"

namespace regsim::io::detail {

/// Settings the file's top level gives to every assertion.
struct ExpectationDefaults {
  std::string pathway;
  std::string scenario = model::baseline_scenario;
  std::optional<calendar::Date> start;
  model::Tolerance tolerance;
  int runs = 1000;
  std::uint64_t seed = 1;
};

/// Monte Carlo runs an assertion may ask for.
inline constexpr long max_expectation_runs = 10'000'000;

/// One assertion (`node` is an item of `expect:`), or nullopt after reporting why not.
std::optional<model::Assertion> read_assertion(const YamlNode& node,
                                               const ExpectationDefaults& defaults,
                                               ReadContext& context);

/// An id (scenario, milestone); empty after reporting bad_id or wrong_type.
std::string read_expectation_id(const YamlNode& node, std::string_view key, ReadContext& context);
/// `tolerance:` days ("3", "3d") or a percentage ("2%"); bad_tolerance otherwise.
model::Tolerance read_tolerance(const YamlNode& node, ReadContext& context);
/// `seed:` a whole number from 0.
std::uint64_t read_seed(const YamlNode& node, ReadContext& context);

}  // namespace regsim::io::detail
