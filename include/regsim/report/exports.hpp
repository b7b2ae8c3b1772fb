// Exports of one deterministic schedule to the formats of other tools.
#pragma once

#include <string>

#include "regsim/analysis/scheduled_scenario.hpp"

namespace regsim::report {

/// A Mermaid `gantt` chart with absolute dates computed by regsim (Mermaid's own
/// scheduling is not used), `crit` and `milestone` tags, one section per owner.
std::string render_mermaid(const analysis::ScheduledScenario& scheduled);

/// An iCalendar (RFC 5545) file: one all-day event per milestone and per deadline due
/// date. CRLF line ends, lines folded at 75 octets, text escaped. DTSTAMP is derived from
/// the schedule's start date, not the clock, so the same input gives the same bytes.
std::string render_icalendar(const analysis::ScheduledScenario& scheduled);

/// A TaskJuggler 3 project of the deterministic schedule that `tj3` schedules to the
/// same start and end date for every task (docs/exports.md explains the encoding).
std::string render_taskjuggler(const analysis::ScheduledScenario& scheduled);

/// MS Project XML (MSPDI): the default calendar (working days and holiday exceptions),
/// tasks, milestones and predecessor links with their type and lag.
std::string render_mspdi(const analysis::ScheduledScenario& scheduled);

}  // namespace regsim::report
