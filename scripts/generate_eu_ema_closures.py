#!/usr/bin/env python3
"""Generates workflows/calendars/eu-ema.yaml: the days the European Medicines Agency is closed.

Run at development time only (python3, standard library):
    python3 scripts/generate_eu_ema_closures.py > workflows/calendars/eu-ema.yaml

EMA publishes its holidays a year or two ahead on "Business hours and holidays"
(https://www.ema.europa.eu/en/about-us/contact/business-hours-holidays). The lists below
are typed in from that page as retrieved for 2019-2021, 2024 and 2025. EMA, an EU agency,
keeps the EU institutions' holidays (Staff Regulations, art. 61), not the Dutch public
holidays; the list changes from year to year (King's Day and All Souls' Day in 2020-2021,
Schuman Day and Assumption in 2019 and 2024-2025). Other years are ESTIMATES from the
recent pattern (ESTIMATE_RULE below) and are marked `estimate: true` in the file.
Replace an estimate with the published list when EMA publishes it.
"""
import datetime as dt

PUBLISHED = {
    2019: [
        ("01-01", "New Year's Day"), ("01-02", "Day after New Year's Day"),
        ("04-18", "Maundy Thursday"), ("04-19", "Good Friday"), ("04-22", "Easter Monday"),
        ("05-01", "Labour Day"), ("05-09", "Anniversary of the Schuman Declaration"),
        ("05-30", "Ascension Day"), ("05-31", "Day after Ascension Day"),
        ("06-10", "Whit Monday"), ("08-15", "Assumption Day"), ("11-01", "All Saints' Day"),
        ("12-23", "Additional holiday (Executive Director)"),
    ] + [(f"12-{d}", "End-of-year closure") for d in range(24, 32)],
    2020: [
        ("01-01", "New Year's Day"), ("01-02", "Day after New Year's Day"),
        ("01-03", "Additional holiday (Executive Director)"),
        ("04-09", "Maundy Thursday"), ("04-10", "Good Friday"), ("04-13", "Easter Monday"),
        ("04-27", "King's Day"), ("05-01", "Labour Day"), ("05-21", "Ascension Day"),
        ("05-22", "Day after Ascension Day"), ("06-01", "Whit Monday"),
        ("11-02", "All Souls' Day"),
    ] + [(f"12-{d}", "End-of-year closure") for d in range(24, 32)],
    2021: [
        ("01-01", "New Year's Day"), ("04-01", "Maundy Thursday"), ("04-02", "Good Friday"),
        ("04-05", "Easter Monday"), ("04-27", "King's Day"), ("05-13", "Ascension Day"),
        ("05-14", "Day after Ascension Day"), ("05-24", "Whit Monday"),
        ("11-01", "All Saints' Day"), ("11-02", "All Souls' Day"),
    ] + [(f"12-{d}", "End-of-year closure") for d in range(23, 32)],
    2024: [
        ("01-01", "New Year's Day"), ("01-02", "Day after New Year's Day"),
        ("03-28", "Maundy Thursday"), ("03-29", "Good Friday"), ("04-01", "Easter Monday"),
        ("05-01", "Labour Day"), ("05-09", "Anniversary of the Schuman Declaration"),
        ("05-09", "Ascension Day"), ("05-10", "Day after Ascension Day"),
        ("05-20", "Whit Monday"), ("08-15", "Assumption Day"), ("11-01", "All Saints' Day"),
    ] + [(f"12-{d}", "End-of-year closure") for d in range(20, 32)],
    # EMA's page gives "17 March Maundy Thursday, 18 March Good Friday" for 2025; Easter
    # Sunday 2025 was 20 April (and the page lists Easter Monday 21 April), so these are
    # taken as 17 and 18 April.
    2025: [
        ("01-01", "New Year's Day"), ("01-02", "Day after New Year's Day"),
        ("01-03", "Additional holiday (Executive Director)"),
        ("04-17", "Maundy Thursday"), ("04-18", "Good Friday"), ("04-21", "Easter Monday"),
        ("05-01", "Labour Day"), ("05-09", "Anniversary of the Schuman Declaration"),
        ("05-29", "Ascension Day"), ("05-30", "Day after Ascension Day"),
        ("06-09", "Whit Monday"), ("08-15", "Assumption Day"),
        ("12-23", "Additional holiday (Executive Director)"),
    ] + [(f"12-{d}", "End-of-year closure") for d in range(24, 32)],
}
ESTIMATED_YEARS = [2022, 2023] + list(range(2026, 2031))


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def estimate_rule(year):
    """The 2024-2025 pattern: EU institutions' holidays and 24-31 December."""
    e = easter(year)
    days = [
        (dt.date(year, 1, 1), "New Year's Day"), (dt.date(year, 1, 2), "Day after New Year's Day"),
        (e - dt.timedelta(3), "Maundy Thursday"), (e - dt.timedelta(2), "Good Friday"),
        (e + dt.timedelta(1), "Easter Monday"), (dt.date(year, 5, 1), "Labour Day"),
        (dt.date(year, 5, 9), "Anniversary of the Schuman Declaration"),
        (e + dt.timedelta(39), "Ascension Day"), (e + dt.timedelta(40), "Day after Ascension Day"),
        (e + dt.timedelta(50), "Whit Monday"), (dt.date(year, 8, 15), "Assumption Day"),
        (dt.date(year, 11, 1), "All Saints' Day"),
    ]
    days += [(dt.date(year, 12, d), "End-of-year closure") for d in range(24, 32)]
    return days


def main():
    lines = [
        "# Closure days of the European Medicines Agency (Amsterdam).",
        "# GENERATED by scripts/generate_eu_ema_closures.py; see docs/calendars.md.",
        "regsim: 1",
        "id: eu-ema",
        "title: European Medicines Agency holidays and end-of-year closure",
        "weekend: [sat, sun]",
        "sources:",
        "  - id: ema-holidays",
        "    citation: EMA, Business hours and holidays (lists for 2019, 2020, 2021, 2024, 2025)",
        "    url: https://www.ema.europa.eu/en/about-us/contact/business-hours-holidays",
        "  - id: estimate",
        "    citation: >-",
        "      ESTIMATE, not published by EMA when this file was made: the 2024-2025 pattern",
        "      (New Year and the day after, Maundy Thursday to Easter Monday, 1 May, 9 May,",
        "      Ascension and the day after, Whit Monday, 15 August, 1 November, 24-31 December)",
        "notes: >-",
        "  EMA's procedural clock runs in calendar days (convention ema-day, which a pathway",
        "  sets per task) and procedures start even in the closure week; these days matter for",
        "  tasks counted in working days (wd) under the plain convention, the default here.",
        "holidays:",
    ]
    rows = []
    for year, days in PUBLISHED.items():
        for md, name in days:
            rows.append((dt.date.fromisoformat(f"{year}-{md}"), name, "ema-holidays", False))
    for year in ESTIMATED_YEARS:
        for date, name in estimate_rule(year):
            rows.append((date, name, "estimate", True))
    # Cross-check the estimate rule against the published years.
    for year, days in PUBLISHED.items():
        published = {dt.date.fromisoformat(f"{year}-{md}") for md, _ in days}
        estimated = {d for d, _ in estimate_rule(year)}
        extra = sorted(estimated - published)
        missing = sorted(published - estimated)
        print(f"# check {year}: rule adds {[d.isoformat() for d in extra]}, "
              f"misses {[d.isoformat() for d in missing]}", file=__import__("sys").stderr)
    for date, name, source, estimate in sorted(rows):
        flag = ", estimate: true" if estimate else ""
        lines.append(f'  - {{date: {date.isoformat()}, name: "{name}", source: {source}{flag}}}')
    print("\n".join(lines))


if __name__ == "__main__":
    main()
