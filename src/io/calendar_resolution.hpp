// Loading the holiday calendars a pathway names (internal).
#pragma once

#include <filesystem>

#include "document.hpp"

namespace regsim::io::detail {

/// Builds the document's user calendars and loads every bundled calendar that the
/// pathway, its tasks or its scenarios name into `pathway.calendars` (with declared
/// conventions in `pathway.calendar_conventions`). Unknown names give unknown_calendar
/// with a suggestion; broken calendar files give their own diagnostics. Bundled calendars
/// come from io::calendars_directory().
void resolve_calendars(Document& document, const std::filesystem::path& directory,
                       ReadContext& context);

}  // namespace regsim::io::detail
