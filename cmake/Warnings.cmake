# Warnings as an INTERFACE target so that every regsim target opts in the same way
# (cmake_template style) and users of the installed library never inherit them.
add_library(regsim_warnings INTERFACE)
target_compile_options(regsim_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
# GCC 12 at -O3 reports -Wrestrict inside libstdc++'s std::string (GCC bug 105329), a
# false positive in code we do not own; every other warning stays on.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(regsim_warnings INTERFACE -Wno-restrict)
endif()
if(REGSIM_WARNINGS_AS_ERRORS)
  target_compile_options(regsim_warnings INTERFACE -Werror)
endif()

# Sanitizers likewise: one switch, applied to every target that links this.
add_library(regsim_sanitizers INTERFACE)
if(REGSIM_SANITIZE)
  target_compile_options(regsim_sanitizers INTERFACE -fsanitize=address,undefined
                                                     -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # Linked at a fixed address: a position-independent sanitized `regsim` spent half of
  # its 0.55 s start-up in the dynamic loader's relocations (perf), and the test suite
  # starts it thousands of times.
  target_link_options(regsim_sanitizers INTERFACE -fsanitize=address,undefined -no-pie)
endif()
