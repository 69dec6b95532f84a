# Run PROGRAM with INTERP (or, when INTERP is "cpython", with CPython 3.11 located by
# `pyenv prefix 3.11`, skipping with code 77 when there is none) and compare its stdout with
# EXPECTED. Usage: cmake -DINTERP=... -DPROGRAM=... -DEXPECTED=... -P compare_output.cmake
if(INTERP STREQUAL "cpython")
  execute_process(COMMAND pyenv prefix 3.11 OUTPUT_VARIABLE prefix RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(NOT rc EQUAL 0 OR NOT EXISTS "${prefix}/bin/python3")
    message("CPython 3.11 not found with pyenv: skipped")
    cmake_language(EXIT 77)
  endif()
  set(INTERP "${prefix}/bin/python3")
endif()
get_filename_component(dir ${PROGRAM} DIRECTORY)
execute_process(COMMAND ${INTERP} ${PROGRAM} WORKING_DIRECTORY ${dir}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ ${EXPECTED} expected)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${INTERP} ${PROGRAM} exited with ${rc}\n${err}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}:\n--- got\n${out}\n--- expected\n${expected}")
endif()
message("ok")
