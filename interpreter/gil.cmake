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

# Attach the right objects to every consumer of gilpy_core. ($<TARGET_OBJECTS> in a link
# interface adds no build order; the explicit dependency makes the objects exist in time.)
add_dependencies(gilpy_core gilpy_gil_eager gilpy_gil_ondemand)
set(_gilpy_gil_build "$<STREQUAL:$<TARGET_PROPERTY:GILPY_GIL_BUILD>,ondemand>")
target_link_libraries(gilpy_core INTERFACE
  "$<IF:${_gilpy_gil_build},$<TARGET_OBJECTS:gilpy_gil_ondemand>,$<TARGET_OBJECTS:gilpy_gil_eager>>")

# ThreadSanitizer variants (GILBENCH_TSAN=ON, preset "tsan"): the whole interpreter built
# once more with -fsanitize=thread, for the threaded tests only (tests/interpreter/gil).
option(GILBENCH_TSAN "Build ThreadSanitizer variants of gilpy for the threaded tests" OFF)
if(GILBENCH_TSAN)
  set(_tsan -fsanitize=thread -O1 -g)
  get_target_property(_gilpy_runtime_sources gilpy_runtime SOURCES)
  add_library(gilpy_gil_primitives_tsan STATIC ${GILPY_GIL_DIR}/ceval_gil.cpp)
  target_include_directories(gilpy_gil_primitives_tsan PUBLIC ${CMAKE_CURRENT_LIST_DIR}/src)
  target_compile_options(gilpy_gil_primitives_tsan PUBLIC ${_tsan})
  target_link_options(gilpy_gil_primitives_tsan PUBLIC -fsanitize=thread)
  target_link_libraries(gilpy_gil_primitives_tsan PUBLIC Threads::Threads)
  add_library(gilpy_core_tsan STATIC ${GILPY_CORE_SOURCES} ${_gilpy_runtime_sources})
  target_include_directories(gilpy_core_tsan PUBLIC include src)
  target_compile_options(gilpy_core_tsan PUBLIC ${_tsan})
  target_link_options(gilpy_core_tsan PUBLIC -fsanitize=thread)
  target_link_libraries(gilpy_core_tsan PUBLIC fmt::fmt Threads::Threads)
  target_compile_features(gilpy_core_tsan PUBLIC cxx_std_20)
  foreach(mode eager ondemand)
    add_library(gilpy_gil_${mode}_tsan OBJECT ${GILPY_GIL_DIR}/runtime_gil.cpp ${GILPY_GIL_DIR}/ceval_gil.cpp)
    target_include_directories(gilpy_gil_${mode}_tsan PRIVATE ${CMAKE_CURRENT_LIST_DIR}/src
                                                              ${CMAKE_CURRENT_LIST_DIR}/include)
    target_compile_options(gilpy_gil_${mode}_tsan PRIVATE ${_tsan})
    target_compile_features(gilpy_gil_${mode}_tsan PRIVATE cxx_std_20)
    target_link_libraries(gilpy_gil_${mode}_tsan PRIVATE fmt::fmt)
  endforeach()
  target_compile_definitions(gilpy_gil_eager_tsan PRIVATE GILPY_GIL_ONDEMAND=0)
  target_compile_definitions(gilpy_gil_ondemand_tsan PRIVATE GILPY_GIL_ONDEMAND=1)
  add_dependencies(gilpy_core_tsan gilpy_gil_eager_tsan gilpy_gil_ondemand_tsan)
  target_link_libraries(gilpy_core_tsan INTERFACE
    "$<IF:${_gilpy_gil_build},$<TARGET_OBJECTS:gilpy_gil_ondemand_tsan>,$<TARGET_OBJECTS:gilpy_gil_eager_tsan>>")
  foreach(build eager ondemand)
    add_executable(gilpy-${build}_tsan ${CMAKE_CURRENT_LIST_DIR}/src/main.cpp)
    target_link_libraries(gilpy-${build}_tsan PRIVATE gilpy_core_tsan)
    set_target_properties(gilpy-${build}_tsan PROPERTIES GILPY_GIL_BUILD ${build})
  endforeach()
endif()
