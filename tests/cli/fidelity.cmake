# Published procedures reproduced to the day (tests/fidelity): every EMA timetable row,
# CHMP plenary, FDA goal date and Korean headline definition found, with its source URL,
# run through the CLI. check.py prints "N of M published cases reproduced exactly" and
# exits 1 unless N = M (and every FDA goal date without a published receipt date is
# consistent with its announcement).
add_test(NAME cli.fidelity.published_cases
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fidelity/check.py ${REGSIM_CLI})
set_tests_properties(cli.fidelity.published_cases PROPERTIES
                     LABELS "cli;fidelity"
                     FAIL_REGULAR_EXPRESSION "^FAIL|\nFAIL|Traceback")
