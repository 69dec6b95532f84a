// Callables and small runtime objects: functions, builtins, bound methods, cells, code,
// modules, property/classmethod/staticmethod wrappers and super.
#include "code.hpp"
#include "native.hpp"

namespace gilpy {

FunctionObject::FunctionObject(CodeObject* c, DictObject* g)
    : Object(rt().function_type), code(c), globals(g), name(c->name) {}
void FunctionObject::trace() {
  mark(code);
  mark(globals);
  mark(defaults);
  mark(closure);
  mark(name);
  mark(dict);
}

BuiltinObject::BuiltinObject(const char* n, NativeFn f, Value s)
    : Object(rt().builtin_type), name(n), fn(f), self(s) {}

MethodObject::MethodObject(Value f, Value s) : Object(rt().method_type), fn(f), self(s) {}
void MethodObject::trace() {
  mark(fn);
  mark(self);
}

CellObject::CellObject() : Object(rt().cell_type) {}

CodeObject::CodeObject() : Object(rt().code_type) {}
void CodeObject::trace() {
  for (Value v : consts) mark(v);
  for (auto* n : names) mark(n);
  for (auto* n : varnames) mark(n);
  for (auto* n : cellvars) mark(n);
  for (auto* n : freevars) mark(n);
  mark(name);
  mark(filename);
}

ModuleObject::ModuleObject(StrObject* n)
    : Object(rt().module_type), name(n), dict(new DictObject()) {
  dict->set(Value::from_obj(intern("__name__")), Value::from_obj(n));
}
void ModuleObject::trace() {
  mark(name);
  mark(dict);
}

WrapperObject::WrapperObject(TypeObject* t, Value f) : Object(t), fn(f), fset(Value::none()) {}
void WrapperObject::trace() {
  mark(fn);
  mark(fset);
}

SuperObject::SuperObject(TypeObject* s, Value o) : Object(rt().super_type), start(s), self(o) {}
void SuperObject::trace() {
  mark(start);
  mark(self);
}

InstanceObject::InstanceObject(TypeObject* t) : Object(t), dict(new DictObject()) {}
void InstanceObject::trace() {
  mark(dict);
}

ExceptionObject::ExceptionObject(TypeObject* t)
    : InstanceObject(t), args(nullptr), cause(Value::none()) {}
void ExceptionObject::trace() {
  InstanceObject::trace();
  mark(args);
  mark(cause);
  for (auto& e : traceback) mark(e.code);
}

// ---- registration helpers (native.hpp) ----

void add_method(TypeObject* t, const char* name, NativeFn fn, bool check_after) {
  auto* b = new BuiltinObject(name, fn);
  b->check_after = check_after;
  t->dict->set(Value::from_obj(intern(name)), Value::from_obj(b));
}
void add_function(DictObject* d, const char* name, NativeFn fn, bool check_after) {
  auto* b = new BuiltinObject(name, fn);
  b->check_after = check_after;
  d->set(Value::from_obj(intern(name)), Value::from_obj(b));
}
void set_name(DictObject* d, const char* name, Value v) {
  d->set(Value::from_obj(intern(name)), v);
}

void check_args(const Args& a, const char* fname, int min, int max, bool kw_ok) {
  if (!kw_ok && a.nkw()) raisef(rt().TypeError, "{}() takes no keyword arguments", fname);
  if (a.n < min || a.n > max) {
    if (min == max)
      raisef(rt().TypeError, "{}() takes exactly {} argument{} ({} given)", fname, min,
             min == 1 ? "" : "s", a.n);
    if (a.n < min)
      raisef(rt().TypeError, "{}() takes at least {} argument{} ({} given)", fname, min,
             min == 1 ? "" : "s", a.n);
    raisef(rt().TypeError, "{}() takes at most {} argument{} ({} given)", fname, max,
           max == 1 ? "" : "s", a.n);
  }
}

StrObject* arg_str(Value v, const char* fname) {
  if (!is_kind(v, Kind::Str))
    raisef(rt().TypeError, "{}() argument must be str, not {}", fname, type_name(v));
  return as<StrObject>(v);
}

namespace {

Value property_ctor(const Args& a) {
  check_args(a, "property", 0, 4, true);
  Value fget = a.n > 0 ? a.v[0] : a.kw("fget");
  Value fset = a.n > 1 ? a.v[1] : a.kw("fset");
  auto* p = new WrapperObject(rt().property_type, fget.is_null() ? Value::none() : fget);
  if (!fset.is_null()) p->fset = fset;
  return Value::from_obj(p);
}
Value property_setter(const Args& a) {
  check_args(a, "setter", 2, 2);
  auto* old = as<WrapperObject>(a.v[0]);
  auto* p = new WrapperObject(rt().property_type, old->fn);
  p->fset = a.v[1];
  return Value::from_obj(p);
}
Value property_getter(const Args& a) {
  check_args(a, "getter", 2, 2);
  auto* old = as<WrapperObject>(a.v[0]);
  auto* p = new WrapperObject(rt().property_type, a.v[1]);
  p->fset = old->fset;
  return Value::from_obj(p);
}
Value classmethod_ctor(const Args& a) {
  check_args(a, "classmethod", 1, 1);
  return Value::from_obj(new WrapperObject(rt().classmethod_type, a.v[0]));
}
Value staticmethod_ctor(const Args& a) {
  check_args(a, "staticmethod", 1, 1);
  return Value::from_obj(new WrapperObject(rt().staticmethod_type, a.v[0]));
}
Value super_ctor(const Args& a) {
  if (a.n == 0) raise(rt().RuntimeError, "super(): no arguments");
  check_args(a, "super", 2, 2);
  if (!is_kind(a.v[0], Kind::Type)) raise(rt().TypeError, "super() argument 1 must be a type");
  auto* t = as<TypeObject>(a.v[0]);
  TypeObject* st = is_kind(a.v[1], Kind::Type) ? as<TypeObject>(a.v[1]) : type_of(a.v[1]);
  if (!st->is_subtype(t))
    raise(rt().TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return Value::from_obj(new SuperObject(t, a.v[1]));
}

}  // namespace

void init_function_types() {
  rt().property_type->ctor = property_ctor;
  add_method(rt().property_type, "setter", property_setter);
  add_method(rt().property_type, "getter", property_getter);
  rt().classmethod_type->ctor = classmethod_ctor;
  rt().staticmethod_type->ctor = staticmethod_ctor;
  rt().super_type->ctor = super_ctor;
}

}  // namespace gilpy
