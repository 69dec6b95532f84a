# gilpy numeric runtime: BigInt, float formatting, Mersenne Twister and the exact
# pieces of math. No dependency on the object model. Included by interpreter/CMakeLists.txt.
set(GILPY_RUNTIME_DIR ${CMAKE_CURRENT_LIST_DIR}/src/runtime)
add_library(gilpy_runtime STATIC
  ${GILPY_RUNTIME_DIR}/bigint.cpp
  ${GILPY_RUNTIME_DIR}/bigint_convert.cpp
  ${GILPY_RUNTIME_DIR}/bigint_mag.cpp
  ${GILPY_RUNTIME_DIR}/float_body.cpp
  ${GILPY_RUNTIME_DIR}/float_repr.cpp
  ${GILPY_RUNTIME_DIR}/float_ops.cpp
  ${GILPY_RUNTIME_DIR}/format_spec.cpp
  ${GILPY_RUNTIME_DIR}/int_ops.cpp
  ${GILPY_RUNTIME_DIR}/math_lib.cpp
  ${GILPY_RUNTIME_DIR}/printf_format.cpp
  ${GILPY_RUNTIME_DIR}/random_mt.cpp
)
target_include_directories(gilpy_runtime PUBLIC ${CMAKE_CURRENT_LIST_DIR}/src)
target_compile_features(gilpy_runtime PUBLIC cxx_std_20)
