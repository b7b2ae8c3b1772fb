# The example outputs in README.md and docs/*.md are regsim's own: every block marked
# <!-- regsim: ... --> is regenerated and compared (scripts/doc_examples.py; run it with
# --update to rewrite them, then read the diff).
file(GLOB documented CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
add_test(NAME docs.examples_are_generated
         COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/scripts/doc_examples.py ${REGSIM_CLI}
                 ${PROJECT_SOURCE_DIR}/README.md ${documented})
set_tests_properties(docs.examples_are_generated PROPERTIES LABELS "cli;docs"
                     PASS_REGULAR_EXPRESSION "[0-9]+ generated examples are current")
