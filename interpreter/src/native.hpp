// Helpers for writing native functions and methods: registration and argument checks.
#pragma once
#include <string>

#include "errors.hpp"
#include "object.hpp"

namespace gilpy {

// Register fn as method `name` of type t (self arrives as args.v[0]).
void add_method(TypeObject* t, const char* name, NativeFn fn, bool check_after = true);
// Register fn as `name` in the namespace d.
void add_function(DictObject* d, const char* name, NativeFn fn, bool check_after = true);
void set_name(DictObject* d, const char* name, Value v);

// TypeError unless min <= positional count <= max and no keywords (unless allowed).
void check_args(const Args& a, const char* fname, int min, int max, bool kw_ok = false);
StrObject* arg_str(Value v, const char* fname);  // TypeError unless a str
Value bind_builtin(BuiltinObject* b, Value self);

}  // namespace gilpy
