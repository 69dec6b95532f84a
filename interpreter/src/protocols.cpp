// Attribute access, subscripting, iteration, length, containment and calls for any value.
#include "errors.hpp"
#include "names.hpp"
#include "objects/int.hpp"
#include "vm.hpp"

namespace gilpy {

Value bind_builtin(BuiltinObject* b, Value self) {
  auto* r = new BuiltinObject(b->name, b->fn, self);
  r->check_after = b->check_after;
  return Value::from_obj(r);
}

// What a class attribute becomes when read through an instance (descriptor binding).
static Value bind_class_attr(Value attr, Value self, TypeObject* cls) {
  if (!attr.is_obj()) return attr;
  switch (attr.obj()->type->kind) {
    case Kind::Function:
      return Value::from_obj(new MethodObject(attr, self));
    case Kind::Builtin: {
      auto* b = as<BuiltinObject>(attr);
      return b->self.is_null() ? bind_builtin(b, self) : attr;
    }
    case Kind::ClassMethod:
      return Value::from_obj(new MethodObject(as<WrapperObject>(attr)->fn, Value::from_obj(cls)));
    case Kind::StaticMethod:
      return as<WrapperObject>(attr)->fn;
    case Kind::Property: {
      Value f = as<WrapperObject>(attr)->fn;
      if (f.is_null() || f.is_none()) raise(rt().AttributeError, "unreadable attribute");
      return call1(f, self);
    }
    default:
      return attr;
  }
}

Value get_attr_opt(Value obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  switch (t->kind) {
    case Kind::Instance:
    case Kind::Exception: {
      auto* inst = as<InstanceObject>(obj);
      Value cls_attr = t->lookup(name);
      if (is_kind(cls_attr, Kind::Property)) return bind_class_attr(cls_attr, obj, t);
      Value v = inst->dict->get_str(name);
      if (!v.is_null()) return v;
      if (!cls_attr.is_null()) return bind_class_attr(cls_attr, obj, t);
      if (name == names().__class__) return Value::from_obj(t);
      if (name == names().__dict__) return Value::from_obj(inst->dict);
      if (t->kind == Kind::Exception && name == names().args)
        return Value::from_obj(as<ExceptionObject>(obj)->args);
      Value ga = t->lookup(names().__getattr__);
      if (!ga.is_null()) return call2(ga, obj, Value::from_obj(name));
      return Value::null();
    }
    case Kind::Type: {
      auto* cls = as<TypeObject>(obj);
      if (name == names().__name__ || name == names().__qualname__) return new_str(cls->name);
      Value v = cls->lookup(name);
      if (!v.is_null()) {
        if (is_kind(v, Kind::ClassMethod))
          return Value::from_obj(new MethodObject(as<WrapperObject>(v)->fn, obj));
        if (is_kind(v, Kind::StaticMethod)) return as<WrapperObject>(v)->fn;
        return v;
      }
      if (name == names().__dict__) return Value::from_obj(cls->dict);
      if (name->s == "__base__" || name == names().__bases__) {
        Value b = cls->base ? Value::from_obj(cls->base) : Value::none();
        return name == names().__bases__
                   ? new_tuple(cls->base ? std::vector<Value>{b} : std::vector<Value>{})
                   : b;
      }
      if (name == names().__mro__) {
        std::vector<Value> mro;
        for (TypeObject* p = cls; p; p = p->base) mro.push_back(Value::from_obj(p));
        return new_tuple(std::move(mro));
      }
      if (name == names().__class__) return Value::from_obj(cls->type);
      Value mv = t->lookup(name);  // methods of type itself (mro...)
      if (!mv.is_null()) return bind_class_attr(mv, obj, t);
      return Value::null();
    }
    case Kind::Module: {
      Value v = as<ModuleObject>(obj)->dict->get_str(name);
      if (!v.is_null()) return v;
      if (name == names().__dict__) return Value::from_obj(as<ModuleObject>(obj)->dict);
      return Value::null();
    }
    case Kind::Super: {
      auto* s = as<SuperObject>(obj);
      TypeObject* start = s->start->base;
      Value v = start ? start->lookup(name) : Value::null();
      if (v.is_null()) return Value::null();
      TypeObject* self_type =
          is_kind(s->self, Kind::Type) ? as<TypeObject>(s->self) : type_of(s->self);
      if (is_kind(s->self, Kind::Type) && is_kind(v, Kind::Function)) return v;
      return bind_class_attr(v, s->self, self_type);
    }
    case Kind::Function: {
      auto* f = as<FunctionObject>(obj);
      if (name == names().__name__ || name == names().__qualname__) return Value::from_obj(f->name);
      if (f->dict) {
        Value v = f->dict->get_str(name);
        if (!v.is_null()) return v;
      }
      if (name == names().__dict__) {
        if (!f->dict) f->dict = new DictObject();
        return Value::from_obj(f->dict);
      }
      if (name == names().__module__) return Value::from_obj(intern("__main__"));
      break;
    }
    case Kind::Method: {
      auto* m = as<MethodObject>(obj);
      if (name->s == "__self__") return m->self;
      if (name->s == "__func__") return m->fn;
      return get_attr_opt(m->fn, name);
    }
    case Kind::Builtin:
      if (name == names().__name__ || name == names().__qualname__)
        return new_str(as<BuiltinObject>(obj)->name);
      if (name->s == "__self__")
        return as<BuiltinObject>(obj)->self.is_null() ? Value::none()
                                                      : as<BuiltinObject>(obj)->self;
      break;
    default:
      break;
  }
  if (name == names().__class__) return Value::from_obj(t);
  Value v = t->lookup(name);
  if (!v.is_null()) return bind_class_attr(v, obj, t);
  return Value::null();
}

Value get_attr(Value obj, StrObject* name) {
  Value v = get_attr_opt(obj, name);
  if (!v.is_null()) return v;
  if (is_kind(obj, Kind::Module))
    raisef(rt().AttributeError, "module '{}' has no attribute '{}'", as<ModuleObject>(obj)->name->s,
           name->s);
  if (is_kind(obj, Kind::Type))
    raisef(rt().AttributeError, "type object '{}' has no attribute '{}'", as<TypeObject>(obj)->name,
           name->s);
  raisef(rt().AttributeError, "'{}' object has no attribute '{}'", type_name(obj), name->s);
}

void set_attr(Value obj, StrObject* name, Value v) {
  TypeObject* t = type_of(obj);
  switch (t->kind) {
    case Kind::Instance:
    case Kind::Exception: {
      Value cls_attr = t->lookup(name);
      if (is_kind(cls_attr, Kind::Property)) {
        Value setter = as<WrapperObject>(cls_attr)->fset;
        if (setter.is_null() || setter.is_none())
          raisef(rt().AttributeError, "can't set attribute '{}'", name->s);
        call2(setter, obj, v);
        return;
      }
      if (t->kind == Kind::Exception && name == names().args) {
        as<ExceptionObject>(obj)->args = as<TupleObject>(new_tuple(to_vector(v)));
        return;
      }
      as<InstanceObject>(obj)->dict->map.set_hashed(Value::from_obj(name),
                                                    py_hash(Value::from_obj(name)), v);
      return;
    }
    case Kind::Type:
      if (as<TypeObject>(obj)->builtin)
        raisef(rt().TypeError, "cannot set '{}' attribute of immutable type '{}'", name->s,
               as<TypeObject>(obj)->name);
      as<TypeObject>(obj)->dict->set(Value::from_obj(name), v);
      return;
    case Kind::Module:
      as<ModuleObject>(obj)->dict->set(Value::from_obj(name), v);
      return;
    case Kind::Function: {
      auto* f = as<FunctionObject>(obj);
      if (!f->dict) f->dict = new DictObject();
      f->dict->set(Value::from_obj(name), v);
      return;
    }
    default:
      break;
  }
  if (t->lookup(name).is_null())
    raisef(rt().AttributeError, "'{}' object has no attribute '{}'", t->name, name->s);
  raisef(rt().AttributeError, "'{}' object attribute '{}' is read-only", t->name, name->s);
}

void del_attr(Value obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  DictObject* d = nullptr;
  if (t->kind == Kind::Instance || t->kind == Kind::Exception)
    d = as<InstanceObject>(obj)->dict;
  else if (t->kind == Kind::Type && !as<TypeObject>(obj)->builtin)
    d = as<TypeObject>(obj)->dict;
  else if (t->kind == Kind::Module)
    d = as<ModuleObject>(obj)->dict;
  if (!d || !d->map.erase(Value::from_obj(name)))
    raisef(rt().AttributeError, "'{}' object has no attribute '{}'", t->name, name->s);
}

Value seq_getitem(Value obj, Value key);  // objects/list.cpp (list, tuple, str, range)
void list_setitem(ListObject* l, Value key, Value v);
void list_delitem(ListObject* l, Value key);
[[noreturn]] void raise_key_error(Value key);  // objects/dict.cpp

Value get_item(Value obj, Value key) {
  TypeObject* t = type_of(obj);
  switch (t->kind) {
    case Kind::List:
    case Kind::Tuple:
    case Kind::Str:
    case Kind::Range:
      if (t->builtin) return seq_getitem(obj, key);
      break;
    case Kind::Dict: {
      auto* d = as<DictObject>(obj);
      auto* e = d->map.find(key);
      if (e) return e->value;
      raise_key_error(key);
    }
    default:
      break;
  }
  Value m = t->lookup(names().__getitem__);
  if (!m.is_null()) return call2(m, obj, key);
  if (t->kind == Kind::Type && as<TypeObject>(obj)->builtin) return obj;  // list[int] and friends
  raisef(rt().TypeError, "'{}' object is not subscriptable", t->name);
}

void set_item(Value obj, Value key, Value v) {
  TypeObject* t = type_of(obj);
  if (t->builtin) {
    if (t->kind == Kind::List) return list_setitem(as<ListObject>(obj), key, v);
    if (t->kind == Kind::Dict) return as<DictObject>(obj)->map.set(key, v);
  }
  Value m = t->lookup(names().__setitem__);
  if (!m.is_null()) {
    Value args[3] = {obj, key, v};
    call(m, Args{args, 3});
    return;
  }
  raisef(rt().TypeError, "'{}' object does not support item assignment", t->name);
}

void del_item(Value obj, Value key) {
  TypeObject* t = type_of(obj);
  if (t->builtin) {
    if (t->kind == Kind::List) return list_delitem(as<ListObject>(obj), key);
    if (t->kind == Kind::Dict) {
      if (!as<DictObject>(obj)->map.erase(key)) raise_key_error(key);
      return;
    }
  }
  Value m = t->lookup(names().__delitem__);
  if (!m.is_null()) {
    call2(m, obj, key);
    return;
  }
  raisef(rt().TypeError, "'{}' object doesn't support item deletion", t->name);
}

Value make_seq_iter(Value obj);  // objects/iter.cpp: iterators of the built-in containers

Value get_iter(Value obj) {
  TypeObject* t = type_of(obj);
  switch (t->kind) {
    case Kind::Iter:
    case Kind::Generator:
      return obj;
    case Kind::List:
    case Kind::Tuple:
    case Kind::Str:
    case Kind::Range:
    case Kind::Dict:
    case Kind::Set:
    case Kind::FrozenSet:
    case Kind::DictView:
      if (t->builtin) return make_seq_iter(obj);
      break;
    default:
      break;
  }
  Value m = t->lookup(names().__iter__);
  if (!m.is_null()) {
    Value it = call1(m, obj);
    if (type_of(it)->lookup(names().__next__).is_null() && !is_kind(it, Kind::Iter) &&
        !is_kind(it, Kind::Generator))
      raisef(rt().TypeError, "iter() returned non-iterator of type '{}'", type_name(it));
    return it;
  }
  if (!t->lookup(names().__getitem__).is_null()) return make_seq_iter(obj);
  raisef(rt().TypeError, "'{}' object is not iterable", t->name);
}

bool iter_next(Value it, Value& out) {
  if (is_kind(it, Kind::Iter)) {
    auto* i = as<IterObject>(it);
    return i->next(i, out);
  }
  if (is_kind(it, Kind::Generator)) {
    bool done;
    Value v = gen_send(as<GeneratorObject>(it), Value::none(), done);
    if (done) return false;
    out = v;
    return true;
  }
  Value m = type_of(it)->lookup(names().__next__);
  if (m.is_null()) raisef(rt().TypeError, "'{}' object is not an iterator", type_name(it));
  try {
    out = call1(m, it);
    return true;
  } catch (PyError& e) {
    if (isinstance(e.exc, rt().StopIteration)) return false;
    throw;
  }
}

std::vector<Value> to_vector(Value iterable) {
  if (is_type(iterable, rt().list_type)) return as<ListObject>(iterable)->items;
  if (is_type(iterable, rt().tuple_type)) return as<TupleObject>(iterable)->items;
  ListObject* l = as<ListObject>(new_list({}));
  Pin pin(Value::from_obj(l));
  Value it = get_iter(iterable);
  Pin pin2(it);
  Value v;
  while (iter_next(it, v)) l->items.push_back(v);
  return l->items;
}

int64_t py_len(Value v) {
  TypeObject* t = type_of(v);
  switch (t->kind) {
    case Kind::Str:
      return int64_t(as<StrObject>(v)->s.size());
    case Kind::List:
      return int64_t(as<ListObject>(v)->items.size());
    case Kind::Tuple:
      return int64_t(as<TupleObject>(v)->items.size());
    case Kind::Dict:
      return int64_t(as<DictObject>(v)->map.size());
    case Kind::Set:
    case Kind::FrozenSet:
      return int64_t(as<SetObject>(v)->map.size());
    case Kind::Range:
      return as<RangeObject>(v)->length();
    case Kind::DictView:
      return int64_t(as<DictViewObject>(v)->dict->map.size());
    default:
      break;
  }
  Value m = t->lookup(names().__len__);
  if (!m.is_null()) {
    Value r = call1(m, v);
    int64_t n = to_index(r);
    if (n < 0) raise(rt().ValueError, "__len__() should return >= 0");
    return n;
  }
  raisef(rt().TypeError, "object of type '{}' has no len()", t->name);
}

bool str_contains(StrObject* s, Value item);  // objects/str.cpp

bool contains(Value c, Value item) {
  TypeObject* t = type_of(c);
  switch (t->kind) {
    case Kind::List:
    case Kind::Tuple: {
      auto& items = t->kind == Kind::List ? as<ListObject>(c)->items : as<TupleObject>(c)->items;
      for (size_t i = 0; i < items.size(); i++)
        if (py_eq(items[i], item)) return true;
      return false;
    }
    case Kind::Dict:
      return as<DictObject>(c)->map.find(item) != nullptr;
    case Kind::Set:
    case Kind::FrozenSet:
      return as<SetObject>(c)->map.find(item) != nullptr;
    case Kind::Str:
      return str_contains(as<StrObject>(c), item);
    case Kind::Range: {
      auto* r = as<RangeObject>(c);
      int64_t i;
      if (!is_intlike_small(item, i)) {
        if (item.is_double() && item.as_double() == double(int64_t(item.as_double())))
          i = int64_t(item.as_double());
        else
          return false;
      }
      if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop))
        return false;
      return (i - r->start) % r->step == 0;
    }
    case Kind::DictView: {
      auto* dv = as<DictViewObject>(c);
      if (dv->what == 0) return dv->dict->map.find(item) != nullptr;
      break;
    }
    default:
      break;
  }
  Value m = t->lookup(names().__contains__);
  if (!m.is_null()) return truthy(call2(m, c, item));
  Value it = get_iter(c);
  Pin pin(it);
  Value v;
  while (iter_next(it, v))
    if (py_eq(v, item)) return true;
  return false;
}

// ---- calls ----

Value call_type(TypeObject* cls, const Args& args);  // objects/type.cpp

Value call(Value callable, const Args& args) {
  if (!callable.is_obj())
    raisef(rt().TypeError, "'{}' object is not callable", type_name(callable));
  Object* o = callable.obj();
  switch (o->type->kind) {
    case Kind::Function:
      return call_function(static_cast<FunctionObject*>(o), args);
    case Kind::Builtin: {
      auto* b = static_cast<BuiltinObject*>(o);
      if (b->self.is_null()) return b->fn(args);
      int total = args.n + args.nkw();
      Value small[8];
      std::vector<Value> big;
      Value* buf = small;
      if (total + 1 > 8) {
        big.resize(size_t(total) + 1);
        buf = big.data();
      }
      buf[0] = b->self;
      for (int i = 0; i < total; i++) buf[i + 1] = args.v[i];
      return b->fn(Args{buf, args.n + 1, args.kwnames});
    }
    case Kind::Method: {
      auto* m = static_cast<MethodObject*>(o);
      int total = args.n + args.nkw();
      Value small[8];
      std::vector<Value> big;
      Value* buf = small;
      if (total + 1 > 8) {
        big.resize(size_t(total) + 1);
        buf = big.data();
      }
      buf[0] = m->self;
      for (int i = 0; i < total; i++) buf[i + 1] = args.v[i];
      return call(m->fn, Args{buf, args.n + 1, args.kwnames});
    }
    case Kind::Type:
      return call_type(static_cast<TypeObject*>(o), args);
    default:
      break;
  }
  Value m = o->type->lookup(names().__call__);
  if (!m.is_null() && !o->type->builtin) {
    std::vector<Value> buf(size_t(args.n + args.nkw()) + 1);
    buf[0] = callable;
    for (int i = 0; i < args.n + args.nkw(); i++) buf[size_t(i) + 1] = args.v[i];
    return call(m, Args{buf.data(), args.n + 1, args.kwnames});
  }
  raisef(rt().TypeError, "'{}' object is not callable", o->type->name);
}

Value call0(Value f) {
  return call(f, Args{nullptr, 0});
}
Value call1(Value f, Value a) {
  return call(f, Args{&a, 1});
}
Value call2(Value f, Value a, Value b) {
  Value v[2] = {a, b};
  return call(f, Args{v, 2});
}

int Args::nkw() const {
  return kwnames ? int(kwnames->items.size()) : 0;
}
Value Args::kw(std::string_view name) const {
  if (!kwnames) return Value::null();
  for (size_t i = 0; i < kwnames->items.size(); i++)
    if (as<StrObject>(kwnames->items[i])->s == name) return v[size_t(n) + i];
  return Value::null();
}

}  // namespace gilpy
