// The eval loop's entry points (vm.cpp) and the call machinery (call.cpp).
#pragma once
#include "code.hpp"
#include "thread_state.hpp"

namespace gilpy {

// Run f until it returns (or, for a generator frame, yields: ts()->yielded is then set).
// Python exceptions propagate as PyError after the frame is unwound.
Value eval_frame(Frame* f);

// Bind args to a fresh frame for fn (TypeError on mismatch).
Frame* bind_frame(FunctionObject* fn, const Args& args);
// Call a Python function: run it, or make a generator for generator functions.
Value call_function(FunctionObject* fn, const Args& args);
// Resume a generator with v; done=true when it returned (the result is the return value).
Value gen_send(GeneratorObject* g, Value v, bool& done);
// Run module code in the namespace globals.
Value run_code(CodeObject* code, DictObject* globals);
// Build a class: __build_class__(body_function, name, base).
Value build_class(const Args& args);

}  // namespace gilpy
