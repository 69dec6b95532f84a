// type: calling a class (instance creation and __init__), class statements
// (__build_class__), and the built-in exception and object constructors.
#include "code.hpp"
#include "names.hpp"
#include "native.hpp"
#include "vm.hpp"

namespace gilpy {

static Kind instance_kind(TypeObject* cls) {
  for (TypeObject* t = cls; t; t = t->base) {
    if (t->kind == Kind::Exception) return Kind::Exception;
    if (t->builtin && t != rt().object_type) return t->kind;
  }
  return Kind::Instance;
}

Value call_type(TypeObject* cls, const Args& args) {
  Runtime& r = rt();
  if (cls == r.type_type) {
    if (args.n == 1 && !args.nkw()) return Value::from_obj(type_of(args.v[0]));
    raise(r.TypeError, "type() takes 1 argument");
  }
  if (cls->builtin) {
    if (cls->ctor) return cls->ctor(args);
    if (cls == r.object_type) {
      check_args(args, "object", 0, 0);
      return Value::from_obj(new InstanceObject(r.object_type));
    }
    raisef(r.TypeError, "cannot create '{}' instances", cls->name);
  }
  Kind k = instance_kind(cls);
  Value self;
  if (k == Kind::Exception) {
    auto* e = new ExceptionObject(cls);
    self = Value::from_obj(e);
    std::vector<Value> a(args.v, args.v + args.n);
    e->args = as<TupleObject>(new_tuple(std::move(a)));
  } else if (k == Kind::Instance || k == Kind::Object) {
    self = Value::from_obj(new InstanceObject(cls));
  } else {
    raisef(r.TypeError, "subclassing the built-in type '{}' is not supported", cls->base->name);
  }
  Pin pin(self);
  Value init = cls->lookup(names().__init__);
  if (!init.is_null()) {
    int total = args.n + args.nkw();
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total + 1 > 8) {
      big.resize(size_t(total) + 1);
      buf = big.data();
    }
    buf[0] = self;
    for (int i = 0; i < total; i++) buf[i + 1] = args.v[i];
    Value res = call(init, Args{buf, args.n + 1, args.kwnames});
    if (!res.is_none())
      raisef(r.TypeError, "__init__() should return None, not '{}'", type_name(res));
  } else if ((args.n || args.nkw()) && k != Kind::Exception) {
    raisef(r.TypeError, "{}() takes no arguments", cls->name);
  }
  return self;
}

Value build_class(const Args& args) {
  Runtime& r = rt();
  if (args.n < 2 || !is_kind(args.v[0], Kind::Function))
    raise(r.TypeError, "__build_class__: not enough arguments");
  if (args.n > 3) raise(r.TypeError, "multiple inheritance is not supported");
  auto* body = as<FunctionObject>(args.v[0]);
  StrObject* name = as<StrObject>(args.v[1]);
  TypeObject* base = r.object_type;
  if (args.n == 3) {
    if (!is_kind(args.v[2], Kind::Type)) raise(r.TypeError, "bases must be types");
    base = as<TypeObject>(args.v[2]);
  }
  Kind k = instance_kind(base);
  if (k != Kind::Instance && k != Kind::Exception && k != Kind::Object)
    raisef(r.TypeError, "subclassing the built-in type '{}' is not supported", base->name);
  auto* ns = new DictObject();
  Value nsv = Value::from_obj(ns);
  Pin pin(nsv);
  Value modname = body->globals->get_str(names().__name__);
  ns->set(Value::from_obj(names().__module__),
          modname.is_null() ? Value::from_obj(intern("__main__")) : modname);
  ns->set(Value::from_obj(names().__qualname__), Value::from_obj(name));
  Frame* f = bind_frame(body, Args{nullptr, 0});
  f->locals = ns;
  Value cell = eval_frame(f);
  auto* cls = new TypeObject(r.type_type, name->s, base, k == Kind::Object ? Kind::Instance : k);
  cls->builtin = false;
  cls->dict = ns;
  if (is_kind(cell, Kind::Cell)) as<CellObject>(cell)->v = Value::from_obj(cls);
  return Value::from_obj(cls);
}

namespace {

Value exc_init(const Args& a) {
  if (a.n < 1 || !is_kind(a.v[0], Kind::Exception))
    raise(rt().TypeError, "descriptor '__init__' requires a 'BaseException' object");
  std::vector<Value> rest(a.v + 1, a.v + a.n);
  as<ExceptionObject>(a.v[0])->args = as<TupleObject>(new_tuple(std::move(rest)));
  return Value::none();
}
Value object_init(const Args&) {
  return Value::none();
}
Value object_repr(const Args& a);
Value object_str(const Args& a) {
  return new_str(str(a.v[0]));
}
Value exc_with_traceback(const Args& a) {
  return a.v[0];
}

}  // namespace

Value object_repr_impl(Value v);  // repr.cpp

void init_type_types() {
  Runtime& r = rt();
  add_method(r.BaseException, "__init__", exc_init);
  add_method(r.BaseException, "with_traceback", exc_with_traceback);
  add_method(r.object_type, "__init__", object_init);
  // Built-in exception classes called directly: same as user subclasses.
  TypeObject* excs[] = {r.BaseException,
                        r.Exception,
                        r.StopIteration,
                        r.ArithmeticError,
                        r.ZeroDivisionError,
                        r.OverflowError,
                        r.LookupError,
                        r.IndexError,
                        r.KeyError,
                        r.ValueError,
                        r.TypeError,
                        r.AttributeError,
                        r.NameError,
                        r.UnboundLocalError,
                        r.RuntimeError,
                        r.RecursionError,
                        r.NotImplementedError,
                        r.AssertionError,
                        r.ImportError,
                        r.ModuleNotFoundError,
                        r.SystemExit,
                        r.KeyboardInterrupt,
                        r.OSError,
                        r.FileNotFoundError,
                        r.GeneratorExit,
                        r.SyntaxError,
                        r.MemoryError,
                        r.UnicodeError};
  for (TypeObject* t : excs) t->builtin = false;  // instances are created by call_type's user path
  (void)object_str;
}

}  // namespace gilpy
