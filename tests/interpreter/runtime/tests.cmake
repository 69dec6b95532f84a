# Unit tests of the gilpy numeric runtime (interpreter/src/runtime), one executable
# per header. Included by tests/interpreter/CMakeLists.txt.
foreach(gilpy_runtime_test bigint_test float_format_test math_lib_test random_mt_test)
  add_executable(${gilpy_runtime_test} ${CMAKE_CURRENT_LIST_DIR}/${gilpy_runtime_test}.cpp)
  target_include_directories(${gilpy_runtime_test} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(${gilpy_runtime_test} PRIVATE gilpy_runtime GTest::gtest_main)
  gtest_discover_tests(${gilpy_runtime_test})
endforeach()
