// Native iterators: over the built-in containers, and enumerate/zip/map/filter/reversed.
#include <algorithm>

#include "native.hpp"
#include "objects/int.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {

[[noreturn]] void raise_stop_iteration(Value v);  // builtins.cpp

IterObject::IterObject(TypeObject* t, NextFn f, Value s, Value e)
    : Object(t), next(f), src(s), extra(e) {}
void IterObject::trace() {
  mark(src);
  mark(extra);
}

namespace {

bool next_list(IterObject* it, Value& out) {
  auto& items = as<ListObject>(it->src)->items;
  if (size_t(it->i) >= items.size()) return false;
  out = items[size_t(it->i++)];
  return true;
}
bool next_tuple(IterObject* it, Value& out) {
  auto& items = as<TupleObject>(it->src)->items;
  if (size_t(it->i) >= items.size()) return false;
  out = items[size_t(it->i++)];
  return true;
}
bool next_str(IterObject* it, Value& out) {
  auto& s = as<StrObject>(it->src)->s;
  if (size_t(it->i) >= s.size()) return false;
  out = new_str(std::string(1, s[size_t(it->i++)]));
  return true;
}
bool next_range(IterObject* it, Value& out) {
  if (it->n <= 0) return false;
  out = new_int(it->i);
  it->i += it->step;
  it->n--;
  return true;
}
// dict/set: i walks the entry array; n remembers the size to detect mutation.
bool next_hash(IterObject* it, Value& out, const HashMap& m, int what) {
  if (int64_t(m.size()) != it->n) {
    it->n = -1;
    raise(rt().RuntimeError, what == 3 ? "Set changed size during iteration"
                                       : "dictionary changed size during iteration");
  }
  while (size_t(it->i) < m.entries.size()) {
    auto& e = m.entries[size_t(it->i++)];
    if (e.key.is_null()) continue;
    if (what == 0 || what == 3)
      out = e.key;
    else if (what == 1)
      out = e.value;
    else
      out = new_tuple({e.key, e.value});
    return true;
  }
  return false;
}
bool next_dict_keys(IterObject* it, Value& out) {
  return next_hash(it, out, as<DictObject>(it->src)->map, 0);
}
bool next_dict_values(IterObject* it, Value& out) {
  return next_hash(it, out, as<DictObject>(it->src)->map, 1);
}
bool next_dict_items(IterObject* it, Value& out) {
  return next_hash(it, out, as<DictObject>(it->src)->map, 2);
}
bool next_set(IterObject* it, Value& out) {
  return next_hash(it, out, as<SetObject>(it->src)->map, 3);
}
bool next_getitem(IterObject* it, Value& out) {
  try {
    out = get_item(it->src, new_int(it->i++));
    return true;
  } catch (PyError& e) {
    if (isinstance(e.exc, rt().IndexError) || isinstance(e.exc, rt().StopIteration)) return false;
    throw;
  }
}

bool next_enumerate(IterObject* it, Value& out) {
  Value v;
  if (!iter_next(it->src, v)) return false;
  out = new_tuple({new_int(it->i++), v});
  return true;
}
bool next_zip(IterObject* it, Value& out) {
  auto& its = as<TupleObject>(it->src)->items;
  if (its.empty()) return false;
  Value holder = new_list({});  // pinned: sub-iterators may run Python code
  Pin pin(holder);
  auto& row = as<ListObject>(holder)->items;
  for (size_t k = 0; k < its.size(); k++) {
    Value v;
    if (!iter_next(its[k], v)) return false;
    row.push_back(v);
  }
  out = new_tuple(row);
  return true;
}
bool next_map(IterObject* it, Value& out) {
  auto& its = as<TupleObject>(it->src)->items;
  ListObject* holder = as<ListObject>(new_list({}));  // pinned: iterators may run Python code
  Pin pin(Value::from_obj(holder));
  for (size_t k = 0; k < its.size(); k++) {
    Value v;
    if (!iter_next(its[k], v)) return false;
    holder->items.push_back(v);
  }
  out = call(it->extra, Args{holder->items.data(), int(holder->items.size())});
  return true;
}
bool next_filter(IterObject* it, Value& out) {
  Value v;
  while (iter_next(it->src, v)) {
    Pin pin(v);
    bool keep = it->extra.is_none() ? truthy(v) : truthy(call1(it->extra, v));
    if (keep) {
      out = v;
      return true;
    }
  }
  return false;
}
bool next_reversed(IterObject* it, Value& out) {
  if (it->i < 0) return false;
  Value src = it->src;
  if (is_kind(src, Kind::List)) {
    auto& items = as<ListObject>(src)->items;
    if (size_t(it->i) >= items.size()) {
      it->i = -1;
      return false;
    }
    out = items[size_t(it->i--)];
    return true;
  }
  out = get_item(src, new_int(it->i--));
  return true;
}

Value make(IterObject::NextFn f, Value src, Value extra = Value::null()) {
  return Value::from_obj(new IterObject(rt().iter_type, f, src, extra));
}

}  // namespace

Value make_seq_iter(Value obj) {
  switch (type_of(obj)->kind) {
    case Kind::List:
      return make(next_list, obj);
    case Kind::Tuple:
      return make(next_tuple, obj);
    case Kind::Str:
      return make(next_str, obj);
    case Kind::Range: {
      auto* r = as<RangeObject>(obj);
      Value v = make(next_range, obj);
      auto* it = as<IterObject>(v);
      it->i = r->start;
      it->step = r->step;
      it->n = r->length();
      return v;
    }
    case Kind::Dict: {
      Value v = make(next_dict_keys, obj);
      as<IterObject>(v)->n = int64_t(as<DictObject>(obj)->map.size());
      return v;
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      Value v = make(next_set, obj);
      as<IterObject>(v)->n = int64_t(as<SetObject>(obj)->map.size());
      return v;
    }
    case Kind::DictView: {
      auto* dv = as<DictViewObject>(obj);
      Value d = Value::from_obj(dv->dict);
      Value v = make(dv->what == 0   ? next_dict_keys
                     : dv->what == 1 ? next_dict_values
                                     : next_dict_items,
                     d);
      as<IterObject>(v)->n = int64_t(dv->dict->map.size());
      return v;
    }
    default:
      return make(next_getitem, obj);
  }
}

namespace {

Value enumerate_fn(const Args& a) {
  check_args(a, "enumerate", 1, 2, true);
  Value it = get_iter(a.v[0]);
  Pin pin(it);
  Value v = make(next_enumerate, it);
  Value startv = a.n > 1 ? a.v[1] : a.kw("start");
  if (!startv.is_null()) as<IterObject>(v)->i = to_index(startv);
  return v;
}
Value iters_tuple(const Args& a, int from) {
  ListObject* l = as<ListObject>(new_list({}));
  Pin pin(Value::from_obj(l));
  for (int i = from; i < a.n; i++) l->items.push_back(get_iter(a.v[i]));
  return new_tuple(l->items);
}
Value zip_fn(const Args& a) {
  check_args(a, "zip", 0, 1 << 20, true);
  return make(next_zip, iters_tuple(a, 0));
}
Value map_fn(const Args& a) {
  if (a.n < 2) raise(rt().TypeError, "map() must have at least two arguments.");
  Value its = iters_tuple(a, 1);
  return make(next_map, its, a.v[0]);
}
Value filter_fn(const Args& a) {
  check_args(a, "filter", 2, 2);
  Value it = get_iter(a.v[1]);
  return make(next_filter, it, a.v[0]);
}
Value reversed_fn(const Args& a) {
  check_args(a, "reversed", 1, 1);
  Value s = a.v[0];
  TypeObject* t = type_of(s);
  if (t->kind == Kind::Range) {
    auto* r = as<RangeObject>(s);
    int64_t n = r->length();
    Value v = make(next_range, s);
    auto* it = as<IterObject>(v);
    it->i = r->start + (n - 1) * r->step;
    it->step = -r->step;
    it->n = n;
    return v;
  }
  if (t->kind == Kind::Dict || t->kind == Kind::DictView) {
    std::vector<Value> keys = to_vector(s);
    std::reverse(keys.begin(), keys.end());
    return make(next_list, new_list(std::move(keys)));
  }
  if (!t->builtin) {
    Value m = t->lookup(intern("__reversed__"));
    if (!m.is_null()) return call1(m, s);
  }
  if (t->kind != Kind::List && t->kind != Kind::Tuple && t->kind != Kind::Str &&
      t->lookup(intern("__getitem__")).is_null())
    raisef(rt().TypeError, "'{}' object is not reversible", t->name);
  Value v = make(next_reversed, s);
  as<IterObject>(v)->i = py_len(s) - 1;
  return v;
}

Value iter_iter(const Args& a) {
  return a.v[0];
}
Value iter_next_m(const Args& a) {
  Value v;
  if (is_kind(a.v[0], Kind::Generator)) {
    bool done;
    v = gen_send(as<GeneratorObject>(a.v[0]), Value::none(), done);
    if (!done) return v;
    raise_stop_iteration(v);
  }
  if (!iter_next(a.v[0], v)) raise_exc(Value::from_obj(rt().StopIteration));
  return v;
}

Value gen_send_m(const Args& a) {
  check_args(a, "send", 2, 2);
  bool done;
  Value v = gen_send(as<GeneratorObject>(a.v[0]), a.v[1], done);
  if (done) raise_stop_iteration(v);
  return v;
}
Value gen_close(const Args& a) {
  auto* g = as<GeneratorObject>(a.v[0]);
  if (g->running) raise(rt().ValueError, "generator already executing");
  g->finished = true;
  return Value::none();
}

}  // namespace

void init_iter_builtins(DictObject* b) {
  add_function(b, "enumerate", enumerate_fn);
  add_function(b, "zip", zip_fn);
  add_function(b, "map", map_fn);
  add_function(b, "filter", filter_fn);
  add_function(b, "reversed", reversed_fn);
  add_method(rt().iter_type, "__iter__", iter_iter);
  add_method(rt().iter_type, "__next__", iter_next_m);
  add_method(rt().generator_type, "__iter__", iter_iter);
  add_method(rt().generator_type, "__next__", iter_next_m);
  add_method(rt().generator_type, "send", gen_send_m);
  add_method(rt().generator_type, "close", gen_close);
}

}  // namespace gilpy
