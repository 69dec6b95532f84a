# The GIL (src/gil/): one source, two builds. runtime_gil.cpp is compiled twice, with
# GILPY_GIL_ONDEMAND=0 (eager, CPython >= 3.7) and =1 (on demand, CPython <= 3.6), into
# object libraries; the rest of gilpy (gilpy_core) is shared. Anything that links gilpy_core
# gets the eager objects unless it sets the target property GILPY_GIL_BUILD to "ondemand".
# Included by interpreter/CMakeLists.txt.
set(GILPY_GIL_DIR ${CMAKE_CURRENT_LIST_DIR}/src/gil)

# The primitives alone (take_gil/drop_gil, 2.7 lock): no interpreter, for tests and benchmarks.
add_library(gilpy_gil_primitives STATIC ${GILPY_GIL_DIR}/ceval_gil.cpp)
target_include_directories(gilpy_gil_primitives PUBLIC ${CMAKE_CURRENT_LIST_DIR}/src)
target_link_libraries(gilpy_gil_primitives PUBLIC Threads::Threads)
target_compile_features(gilpy_gil_primitives PUBLIC cxx_std_20)

foreach(mode eager ondemand)
  add_library(gilpy_gil_${mode} OBJECT ${GILPY_GIL_DIR}/runtime_gil.cpp ${GILPY_GIL_DIR}/ceval_gil.cpp)
  target_include_directories(gilpy_gil_${mode} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/src
                                                       ${CMAKE_CURRENT_LIST_DIR}/include)
  target_compile_features(gilpy_gil_${mode} PRIVATE cxx_std_20)
  target_link_libraries(gilpy_gil_${mode} PRIVATE fmt::fmt)
endforeach()
target_compile_definitions(gilpy_gil_eager PRIVATE GILPY_GIL_ONDEMAND=0)
target_compile_definitions(gilpy_gil_ondemand PRIVATE GILPY_GIL_ONDEMAND=1)

# Attach the right objects to every consumer of gilpy_core.
set(_gilpy_gil_build "$<STREQUAL:$<TARGET_PROPERTY:GILPY_GIL_BUILD>,ondemand>")
target_link_libraries(gilpy_core INTERFACE
  "$<IF:${_gilpy_gil_build},$<TARGET_OBJECTS:gilpy_gil_ondemand>,$<TARGET_OBJECTS:gilpy_gil_eager>>")
