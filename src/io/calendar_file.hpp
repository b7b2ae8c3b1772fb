// Private to io: reading calendar files, with the chain of `base` files being loaded.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "regsim/io/calendar_library.hpp"

namespace regsim::io::detail {

/// The files whose `base` is being resolved, outermost first (to report loops).
using LoadingChain = std::vector<std::filesystem::path>;

/// parse_calendar() inside a chain of `base` files.
LoadedCalendar parse_calendar_in_chain(std::string_view text, const std::filesystem::path& file,
                                       LoadingChain& chain);

/// read_calendar_file() inside a chain of `base` files (`calendar_loop` when `path` is
/// already in it).
LoadedCalendar load_calendar_file_in_chain(const std::filesystem::path& path, LoadingChain& chain);

/// load_calendar() inside a chain of `base` files.
LoadedCalendar load_calendar_in_chain(std::string_view reference,
                                      const std::filesystem::path& relative_to,
                                      LoadingChain& chain);

}  // namespace regsim::io::detail
