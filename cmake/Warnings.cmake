# Warnings as an INTERFACE target so that every regsim target opts in the same way
# (cmake_template style) and users of the installed library never inherit them.
add_library(regsim_warnings INTERFACE)
target_compile_options(regsim_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
if(REGSIM_WARNINGS_AS_ERRORS)
  target_compile_options(regsim_warnings INTERFACE -Werror)
endif()

# Sanitizers likewise: one switch, applied to every target that links this.
add_library(regsim_sanitizers INTERFACE)
if(REGSIM_SANITIZE)
  target_compile_options(regsim_sanitizers INTERFACE -fsanitize=address,undefined
                                                     -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(regsim_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
