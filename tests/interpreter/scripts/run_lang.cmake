# Run one tests/lang program on gilpy and compare its stdout with the committed NAME.out.
execute_process(COMMAND ${GILPY} ${PROGRAM} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  file(WRITE ${ACTUAL} "${out}")
  message(FATAL_ERROR "stdout differs from ${EXPECTED} (actual written to ${ACTUAL})\nexit code: ${rc}\nstderr:\n${err}\n--- expected\n${expected}\n--- actual\n${out}")
endif()
