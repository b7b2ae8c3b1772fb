# The fuzz targets: each is <name>_fuzzer.cpp here, with its kept inputs in
# regressions/<name>/. Included by this folder's CMakeLists.txt (libFuzzer, clang) and by
# tests/CMakeLists.txt (the same entry points replayed under ctest, any compiler).
set(REGSIM_FUZZ_TARGETS pathway_reader expectation_reader duration yaml_subset)
