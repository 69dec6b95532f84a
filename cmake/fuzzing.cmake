# gilbench_add_fuzzer(NAME SOURCES ... LIBRARIES ... [DICTIONARY FILE] SEEDS <files or globs>...)
# Builds a libFuzzer target with clang (-fsanitize=fuzzer,address,undefined), copies its seed
# corpus into the build tree and lists it in ${PROJECT_BINARY_DIR}/fuzzers.txt, the manifest that
# tools/run-fuzzers reads (so a fuzzer that was expected but not built fails the run).
include(CheckCXXSourceCompiles)

if(GILBENCH_BUILD_FUZZERS)
  set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer")
  check_cxx_source_compiles([=[
    #include <cstddef>
    #include <cstdint>
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }
  ]=] GILBENCH_HAVE_LIBFUZZER)
  unset(CMAKE_REQUIRED_FLAGS)
  if(NOT GILBENCH_HAVE_LIBFUZZER)
    message(FATAL_ERROR "GILBENCH_BUILD_FUZZERS=ON but ${CMAKE_CXX_COMPILER} cannot link -fsanitize=fuzzer "
                        "(use clang++ with libclang-rt-14-dev)")
  endif()
  # Instrument every library the fuzzers link, not only the harnesses, so coverage guides them.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  add_custom_target(gilbench_fuzzers)
  file(WRITE ${PROJECT_BINARY_DIR}/fuzzers.txt "")
endif()

function(gilbench_add_fuzzer name)
  if(NOT GILBENCH_BUILD_FUZZERS)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 1 fuzz "" "DICTIONARY" "SOURCES;LIBRARIES;SEEDS")
  add_executable(${name} ${fuzz_SOURCES})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${name} PRIVATE ${fuzz_LIBRARIES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/fuzzers)
  add_dependencies(gilbench_fuzzers ${name})

  set(corpus ${PROJECT_BINARY_DIR}/fuzz-corpus/${name})
  file(REMOVE_RECURSE ${corpus})
  file(MAKE_DIRECTORY ${corpus})
  file(GLOB seeds LIST_DIRECTORIES false ${fuzz_SEEDS})
  foreach(seed IN LISTS seeds)
    string(MD5 tag "${seed}")
    get_filename_component(base "${seed}" NAME)
    file(COPY_FILE "${seed}" "${corpus}/${tag}-${base}")
  endforeach()
  file(APPEND ${PROJECT_BINARY_DIR}/fuzzers.txt
       "${name}\t${PROJECT_BINARY_DIR}/fuzzers/${name}\t${corpus}\t${fuzz_DICTIONARY}\n")
endfunction()
