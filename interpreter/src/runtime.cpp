// The runtime singleton: built-in types, the intern table, thread states, and start-up.
#include <unordered_map>

#include "code.hpp"
#include "errors.hpp"
#include "gil/runtime_gil.hpp"
#include "objects/int.hpp"
#include "thread_state.hpp"

namespace gilpy {

Runtime& rt() {
  static Runtime r;
  return r;
}

// ---- thread states ----
namespace {
thread_local ThreadState* current_ts = nullptr;
std::vector<ThreadState*> threads;
std::unordered_map<std::string_view, StrObject*>& interned() {
  static std::unordered_map<std::string_view, StrObject*> t;
  return t;
}
std::vector<TypeObject*> builtin_types;  // kept alive for ever
}  // namespace

std::vector<ThreadState*>& all_threads() {
  return threads;
}
ThreadState* ts() {
  return current_ts;
}
void set_ts(ThreadState* t) {
  current_ts = t;
}

// ---- interning ----
StrObject* intern(std::string_view s) {
  auto& t = interned();
  auto it = t.find(s);
  if (it != t.end()) return it->second;
  auto* o = new StrObject(std::string(s));
  o->interned = true;
  t.emplace(std::string_view(o->s), o);
  return o;
}
void intern_trace() {
  for (auto& [k, v] : interned()) mark(v);
}

void runtime_trace() {
  Runtime& r = rt();
  for (TypeObject* t : builtin_types) mark(t);
  mark(r.builtins);
  mark(r.modules);
  mark(r.sys_path);
  mark(r.argv);
  mark(r.not_implemented);
}

// ---- types ----
TypeObject::TypeObject(TypeObject* meta, std::string n, TypeObject* b, Kind k)
    : Object(meta), name(std::move(n)), base(b), kind(k) {
  dict = new DictObject();
}
void TypeObject::trace() {
  mark(base);
  mark(dict);
}
Value TypeObject::lookup(StrObject* n) const {
  for (const TypeObject* t = this; t; t = t->base) {
    Value v = t->dict->get_str(n);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

TypeObject* type_of(Value v) {
  Runtime& r = rt();
  if (v.is_double()) return r.float_type;
  if (v.is_small()) return r.int_type;
  if (v.is_obj()) return v.obj()->type;
  if (v.is_bool()) return r.bool_type;
  return r.none_type;
}

std::string type_name(Value v) {
  return type_of(v)->name;
}

bool isinstance(Value v, TypeObject* t) {
  return type_of(v)->is_subtype(t);
}

namespace {
TypeObject* make_type(const char* name, TypeObject* base, Kind k) {
  auto* t = new TypeObject(rt().type_type, name, base, k);
  builtin_types.push_back(t);
  return t;
}
TypeObject* make_exc(const char* name, TypeObject* base) {
  TypeObject* t = make_type(name, base, Kind::Exception);
  rt().builtins->set(Value::from_obj(intern(name)), Value::from_obj(t));
  return t;
}
}  // namespace

void init_types_and_builtins();  // builtins.cpp
void init_modules();             // modules/registry.cpp

void runtime_init() {
  Runtime& r = rt();
  static ThreadState main_ts;
  main_ts.eval_breaker = &r.eval_breaker;
  set_ts(&main_ts);
  threads.push_back(&main_ts);
  gil::gil_init_main(&main_ts);  // eager build: the GIL exists from here, held by main

  // Bootstrap: type, object, str and dict exist before anything is interned.
  r.type_type = new TypeObject(nullptr, "type", nullptr, Kind::Type);
  r.type_type->type = r.type_type;
  r.object_type = new TypeObject(r.type_type, "object", nullptr, Kind::Object);
  r.str_type = new TypeObject(r.type_type, "str", r.object_type, Kind::Str);
  r.dict_type = new TypeObject(r.type_type, "dict", r.object_type, Kind::Dict);
  r.type_type->base = r.object_type;
  for (TypeObject* t : {r.type_type, r.object_type, r.str_type, r.dict_type}) {
    t->dict->type = r.dict_type;
    builtin_types.push_back(t);
  }
  r.int_type = make_type("int", r.object_type, Kind::Int);
  r.bool_type = make_type("bool", r.int_type, Kind::Bool);
  r.float_type = make_type("float", r.object_type, Kind::Float);
  r.none_type = make_type("NoneType", r.object_type, Kind::None);
  r.list_type = make_type("list", r.object_type, Kind::List);
  r.tuple_type = make_type("tuple", r.object_type, Kind::Tuple);
  r.set_type = make_type("set", r.object_type, Kind::Set);
  r.frozenset_type = make_type("frozenset", r.object_type, Kind::FrozenSet);
  r.range_type = make_type("range", r.object_type, Kind::Range);
  r.slice_type = make_type("slice", r.object_type, Kind::Slice);
  r.function_type = make_type("function", r.object_type, Kind::Function);
  r.builtin_type = make_type("builtin_function_or_method", r.object_type, Kind::Builtin);
  r.method_type = make_type("method", r.object_type, Kind::Method);
  r.code_type = make_type("code", r.object_type, Kind::Code);
  r.cell_type = make_type("cell", r.object_type, Kind::Cell);
  r.module_type = make_type("module", r.object_type, Kind::Module);
  r.generator_type = make_type("generator", r.object_type, Kind::Generator);
  r.property_type = make_type("property", r.object_type, Kind::Property);
  r.classmethod_type = make_type("classmethod", r.object_type, Kind::ClassMethod);
  r.staticmethod_type = make_type("staticmethod", r.object_type, Kind::StaticMethod);
  r.super_type = make_type("super", r.object_type, Kind::Super);
  r.iter_type = make_type("iterator", r.object_type, Kind::Iter);
  r.dictview_type = make_type("dict_view", r.object_type, Kind::DictView);
  r.notimpl_type = make_type("NotImplementedType", r.object_type, Kind::NotImplemented);
  r.not_implemented = Value::from_obj(new InstanceObject(r.notimpl_type));

  r.builtins = new DictObject();
  r.modules = new DictObject();
  r.sys_path = as<ListObject>(new_list({}));
  r.argv = as<ListObject>(new_list({}));

  r.BaseException = make_exc("BaseException", r.object_type);
  r.Exception = make_exc("Exception", r.BaseException);
  r.SystemExit = make_exc("SystemExit", r.BaseException);
  r.KeyboardInterrupt = make_exc("KeyboardInterrupt", r.BaseException);
  r.GeneratorExit = make_exc("GeneratorExit", r.BaseException);
  r.StopIteration = make_exc("StopIteration", r.Exception);
  r.ArithmeticError = make_exc("ArithmeticError", r.Exception);
  r.ZeroDivisionError = make_exc("ZeroDivisionError", r.ArithmeticError);
  r.OverflowError = make_exc("OverflowError", r.ArithmeticError);
  r.LookupError = make_exc("LookupError", r.Exception);
  r.IndexError = make_exc("IndexError", r.LookupError);
  r.KeyError = make_exc("KeyError", r.LookupError);
  r.ValueError = make_exc("ValueError", r.Exception);
  r.UnicodeError = make_exc("UnicodeError", r.ValueError);
  r.TypeError = make_exc("TypeError", r.Exception);
  r.AttributeError = make_exc("AttributeError", r.Exception);
  r.NameError = make_exc("NameError", r.Exception);
  r.UnboundLocalError = make_exc("UnboundLocalError", r.NameError);
  r.RuntimeError = make_exc("RuntimeError", r.Exception);
  r.RecursionError = make_exc("RecursionError", r.RuntimeError);
  r.NotImplementedError = make_exc("NotImplementedError", r.RuntimeError);
  r.AssertionError = make_exc("AssertionError", r.Exception);
  r.ImportError = make_exc("ImportError", r.Exception);
  r.ModuleNotFoundError = make_exc("ModuleNotFoundError", r.ImportError);
  r.OSError = make_exc("OSError", r.Exception);
  r.FileNotFoundError = make_exc("FileNotFoundError", r.OSError);
  r.SyntaxError = make_exc("SyntaxError", r.Exception);
  r.MemoryError = make_exc("MemoryError", r.Exception);

  init_types_and_builtins();
  init_modules();
}

}  // namespace gilpy
