# Exports open in the real target tools: tj3 schedules every bundled pathway's export to
# regsim's dates; headless Chromium renders the HTML report; the XML and iCalendar files
# parse. (tj3, chromium and python3-pil are installed by scripts/deps.sh test.)
file(GLOB_RECURSE bundled_pathways RELATIVE ${PROJECT_SOURCE_DIR}/workflows
     ${PROJECT_SOURCE_DIR}/workflows/*.yaml)
foreach(file IN LISTS bundled_pathways)
  if(file MATCHES "^calendars/")
    continue()
  endif()
  string(REGEX REPLACE "\\.yaml$" "" pathway "${file}")
  add_test(NAME cli.exports.tj3_same_dates.${pathway}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/tj3_roundtrip.sh ${REGSIM_CLI} ${pathway})
  set_tests_properties(cli.exports.tj3_same_dates.${pathway} PROPERTIES LABELS "cli;exports")
endforeach()
# ... and of every pathway under tests/ that schedules (a rework loop over three tasks,
# repeated twice, among them: tests/cli/data/exports/rework.yaml).
add_test(NAME cli.exports.tj3_same_dates.test_pathways
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/tj3_test_pathways.sh ${REGSIM_CLI}
                 ${PROJECT_SOURCE_DIR}/tests)
set_tests_properties(cli.exports.tj3_same_dates.test_pathways PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "tj3: [1-9][0-9]* pathway files under tests/")

set(export_dir ${CMAKE_CURRENT_BINARY_DIR}/exports)
file(MAKE_DIRECTORY ${export_dir})
add_test(NAME cli.exports.html_renders_in_chromium
         COMMAND bash -c "\"$1\" compare kr/biosimilar --format html -o \"$2/compare.html\" && bash \"$3\" \"$2/compare.html\" \"$2/compare.png\""
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/render_in_chromium.sh)
add_test(NAME cli.exports.svg_renders_in_chromium
         COMMAND bash -c "\"$1\" schedule kr/listing --scenario parallel --format svg -o \"$2/listing.svg\" && bash \"$3\" \"$2/listing.svg\" \"$2/listing.png\""
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/render_in_chromium.sh)
add_test(NAME cli.exports.mspdi_and_svg_are_well_formed_xml
         COMMAND bash -c "\"$1\" schedule ema/centralised --format mspdi -o \"$2/ema.xml\" 2>/dev/null && \"$1\" schedule ema/centralised --format svg -o \"$2/ema.svg\" 2>/dev/null && python3 -c 'import sys, xml.etree.ElementTree as ET; ns={\"p\": \"http://schemas.microsoft.com/project\"}; tasks=ET.parse(sys.argv[1]).getroot().findall(\"p:Tasks/p:Task\", ns); ET.parse(sys.argv[2]); print(len(tasks), \"tasks\")' \"$2/ema.xml\" \"$2/ema.svg\""
                 _ ${REGSIM_CLI} ${export_dir})
set_tests_properties(cli.exports.mspdi_and_svg_are_well_formed_xml PROPERTIES PASS_REGULAR_EXPRESSION "^13 tasks")
add_test(NAME cli.exports.ics_is_rfc5545
         COMMAND bash -c "\"$1\" schedule kr/listing --format ics -o \"$2/listing.ics\" 2>/dev/null && python3 -c 'import sys; data=open(sys.argv[1],\"rb\").read(); lines=data.split(b\"\\r\\n\"); assert data.endswith(b\"\\r\\n\") and b\"\\n\" not in data.replace(b\"\\r\\n\", b\"\"), \"CRLF\"; assert max(map(len, lines)) <= 75, \"fold\"; assert lines[0] == b\"BEGIN:VCALENDAR\"; print(data.count(b\"BEGIN:VEVENT\"), \"events\")' \"$2/listing.ics\""
                 _ ${REGSIM_CLI} ${export_dir})
set_tests_properties(cli.exports.ics_is_rfc5545 PROPERTIES PASS_REGULAR_EXPRESSION "^[1-9][0-9]* events")
add_test(NAME cli.exports.ics_clock_days_are_the_schedules
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/ics_clock_days.py ${REGSIM_CLI}
                 kr/biosimilar kr/listing kr/new-drug kr/cdmo-export kr/patient-access
                 kr/formula-listing fda/nme-bla fda/biosimilar-351k fda/non-nme-nda fda/resubmission)
set_tests_properties(cli.exports.ics_clock_days_are_the_schedules PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "^[1-9][0-9]* events agree with the schedule")
regsim_cli_test(NAME exports.mermaid_has_absolute_dates EXIT 0
                ARGS schedule fda/nme-bla --format mermaid
                MATCH "gantt\n.*dateFormat YYYY-MM-DD.*:crit, milestone, [a-z_]+, 2026-03-16, 0d")
regsim_cli_test(NAME exports.compare_refuses_single_scenario_export EXIT 2
                ARGS compare kr/biosimilar --format tjp MATCH "exports one scenario")
set_tests_properties(cli.exports.html_renders_in_chromium cli.exports.svg_renders_in_chromium
                     cli.exports.mspdi_and_svg_are_well_formed_xml cli.exports.ics_is_rfc5545
                     PROPERTIES LABELS "cli;exports")
add_test(NAME cli.exports.simulation_html_renders_in_chromium
         COMMAND bash -c "\"$1\" simulate kr/listing --runs 2000 --seed 5 --format html -o \"$2/simulation.html\" && grep -q 'S-curve' \"$2/simulation.html\" && bash \"$3\" \"$2/simulation.html\" \"$2/simulation.png\""
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/render_in_chromium.sh)
set_tests_properties(cli.exports.simulation_html_renders_in_chromium PROPERTIES LABELS "cli;exports")

# Pages and pictures name CJK fallback fonts, and where a CJK font is installed
# (fonts-noto-cjk, scripts/deps.sh test) Chromium draws the Hangul task names with it.
add_test(NAME cli.exports.html_draws_hangul_with_a_cjk_font
         COMMAND bash -c "\"$1\" schedule kr/biosimilar --format html -o \"$2/hangul.html\" && \"$1\" schedule kr/listing --format svg -o \"$2/hangul.svg\" && /usr/bin/python3 \"$3\" \"$2/hangul.html\" cjk-fonts && /usr/bin/python3 \"$3\" \"$2/hangul.svg\" cjk-fonts"
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/chromium_dom.py)
set_tests_properties(cli.exports.html_draws_hangul_with_a_cjk_font PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "hangul.svg: cjk-fonts: ")

# Excel: each --format xlsx workbook (schedule, compare, simulate, portfolio) read back with
# openpyxl (python3-openpyxl, scripts/deps.sh test) agrees with the JSON and CSV of the same
# command, with date cells, frozen headers and a Gantt of conditional fills; --csv-bom.
add_test(NAME cli.exports.xlsx_reads_back_as_the_json
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/xlsx_roundtrip.py ${REGSIM_CLI}
                 ${export_dir})
set_tests_properties(cli.exports.xlsx_reads_back_as_the_json PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "xlsx: [0-9]+ checks passed")
regsim_cli_test(NAME exports.xlsx_refuses_a_bom EXIT 2
                ARGS schedule kr/biosimilar --format xlsx --csv-bom -o ${export_dir}/bom.xlsx
                MATCH "--csv-bom goes with --format csv")

# Rework rounds as tasks of their own in MSPDI, Mermaid, SVG and HTML; pools as MSPDI
# resources with assignments; no MSPDI link broken by its own dates.
add_test(NAME cli.exports.rework_rounds_and_pools
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/rework_exports.py ${REGSIM_CLI}
                 ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/exports/rework.yaml kr/biosimilar kr/listing
                 kr/new-drug kr/cdmo-export kr/patient-access kr/formula-listing ema/centralised
                 fda/nme-bla fda/biosimilar-351k fda/non-nme-nda fda/resubmission)
set_tests_properties(cli.exports.rework_rounds_and_pools PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "rework exports: [0-9]+ checks passed")

# The simulate page fits a slide: laid out by Chromium, no two labels of any of its pictures
# overlap and none leaves its picture: the Monte Carlo charts (P-lines labelled with days
# and dates, the axes, the tornado's full task names) and the Gantt (its deadline labels
# crowded on kr/listing, where six scenarios share one due date), for a narrow and a wide
# spread.
add_test(NAME cli.exports.simulation_labels_never_overlap
         COMMAND bash -c "for p in kr/listing kr/biosimilar fda/nme-bla ema/centralised; do f=\"$2/sim-\${p//\\//-}.html\"; \"$1\" simulate $p --runs 2000 --seed 5 --format html -o \"$f\" && /usr/bin/python3 \"$3\" \"$f\" labels || exit 1; done"
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/chromium_dom.py)
set_tests_properties(cli.exports.simulation_labels_never_overlap PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "labels in their pictures, none overlapping")

# compare --runs carries the runs in json (each side's simulation document, as simulate
# writes it), csv (P-dates on milestone rows), xlsx ("Monte Carlo") and html (every
# scenario's S-curve overlaid, deadlines counted from the start drawn on the charts).
add_test(NAME cli.exports.compare_runs_in_every_format
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/compare_runs_formats.py
                 ${REGSIM_CLI} ${export_dir})
set_tests_properties(cli.exports.compare_runs_in_every_format PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "compare --runs formats: [0-9]+ checks passed")

# Every picture of the schedule and compare pages fits: no two labels of any SVG overlap
# and none leaves its picture (Gantt deadline labels in rows under the chart, the legend
# wrapped; compare --runs charts with their titles shortened to fit), for the pathways
# whose deadlines crowd (kr/listing: six scenarios share one due date) or sit at the edge.
add_test(NAME cli.exports.page_labels_never_overlap
         COMMAND bash -c "for p in kr/listing ema/centralised fda/nme-bla; do f=\"$2/page-\${p//\\//-}\"; \"$1\" schedule $p --format html -o \"$f-s.html\" && \"$1\" compare $p --runs 300 --seed 5 --format html -o \"$f-c.html\" && /usr/bin/python3 \"$3\" \"$f-s.html\" labels && /usr/bin/python3 \"$3\" \"$f-c.html\" labels || exit 1; done"
                 _ ${REGSIM_CLI} ${export_dir} ${CMAKE_CURRENT_SOURCE_DIR}/cli/chromium_dom.py)
set_tests_properties(cli.exports.page_labels_never_overlap PROPERTIES LABELS "cli;exports"
                     PASS_REGULAR_EXPRESSION "labels in their pictures, none overlapping")
