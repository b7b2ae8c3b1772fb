// One validator per kind of command-line value, so every option of a kind is checked alike.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>

namespace regsim::cli {

/// A whole number written in decimal (digits, a leading '-' only where `min` < 0) within
/// [min, max]: a count (--runs, --applications), a width, a year, a thread count.
/// Refuses hexadecimal and binary forms, signs and exponents CLI11 would convert, and
/// rewrites the value without leading zeros (CLI11 reads `010` as octal 8). Attach it with
/// `->transform()`, which lets it rewrite the value (`->check()` would not).
CLI::Validator whole_number(std::int64_t min, std::int64_t max);

/// A seed: a decimal whole number from 0 to 2^64-1, so that two different seeds never
/// collide by wrapping (-1), rounding (1e23) or octal reading (010). Attach with
/// `->transform()`.
CLI::Validator seed_number();

/// A number of days as a plain decimal (`7`, `2.5`): finite, and above zero (or at least
/// zero with `zero_allowed`). Refuses nan, inf, exponents and hexadecimal forms.
CLI::Validator days_number(bool zero_allowed);

}  // namespace regsim::cli
