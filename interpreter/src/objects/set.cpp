// set and frozenset: HashMap with keys only. Iteration order must never reach stdout.
#include "native.hpp"
#include "thread_state.hpp"

namespace gilpy {

SetObject::SetObject(bool frozen) : Object(frozen ? rt().frozenset_type : rt().set_type) {}

static Value new_set_like(bool frozen) {
  return Value::from_obj(new SetObject(frozen));
}

static void set_fill(SetObject* s, Value iterable) {
  if (is_kind(iterable, Kind::Set) || is_kind(iterable, Kind::FrozenSet)) {
    for (auto& e : as<SetObject>(iterable)->map.entries)
      if (!e.key.is_null()) s->map.set_hashed(e.key, e.hash, Value::none());
    return;
  }
  Value it = get_iter(iterable);
  Pin pin(it);
  Value v;
  while (iter_next(it, v)) s->map.set(v, Value::none());
}

Value set_binop(int op, Value a, Value b) {
  auto& x = as<SetObject>(a)->map;
  auto& y = as<SetObject>(b)->map;
  bool frozen = is_kind(a, Kind::FrozenSet);
  Value rv = new_set_like(frozen);
  Pin pin(rv);
  auto* r = as<SetObject>(rv);
  switch (op) {
    case kOr:
      r->map = x;
      for (auto& e : y.entries)
        if (!e.key.is_null()) r->map.set_hashed(e.key, e.hash, Value::none());
      return rv;
    case kAnd:
      for (auto& e : x.entries)
        if (!e.key.is_null() && y.find(e.key, e.hash))
          r->map.set_hashed(e.key, e.hash, Value::none());
      return rv;
    case kSub:
      for (auto& e : x.entries)
        if (!e.key.is_null() && !y.find(e.key, e.hash))
          r->map.set_hashed(e.key, e.hash, Value::none());
      return rv;
    case kXor:
      for (auto& e : x.entries)
        if (!e.key.is_null() && !y.find(e.key, e.hash))
          r->map.set_hashed(e.key, e.hash, Value::none());
      for (auto& e : y.entries)
        if (!e.key.is_null() && !x.find(e.key, e.hash))
          r->map.set_hashed(e.key, e.hash, Value::none());
      return rv;
    default:
      return Value::null();
  }
}

namespace {

HashMap& m(const Args& a) {
  return as<SetObject>(a.v[0])->map;
}

Value set_add(const Args& a) {
  check_args(a, "add", 2, 2);
  m(a).set(a.v[1], Value::none());
  return Value::none();
}
Value set_remove(const Args& a) {
  check_args(a, "remove", 2, 2);
  if (!m(a).erase(a.v[1])) {
    auto* e = new ExceptionObject(rt().KeyError);
    Value ev = Value::from_obj(e);
    e->args = as<TupleObject>(new_tuple({a.v[1]}));
    throw PyError{ev};
  }
  return Value::none();
}
Value set_discard(const Args& a) {
  check_args(a, "discard", 2, 2);
  m(a).erase(a.v[1]);
  return Value::none();
}
Value set_update(const Args& a) {
  for (int i = 1; i < a.n; i++) set_fill(as<SetObject>(a.v[0]), a.v[i]);
  return Value::none();
}
Value set_clear(const Args& a) {
  m(a).clear();
  return Value::none();
}
Value set_pop(const Args& a) {
  for (auto& e : m(a).entries)
    if (!e.key.is_null()) {
      Value k = e.key;
      m(a).erase(k);
      return k;
    }
  raise(rt().KeyError, "pop from an empty set");
}
Value set_copy(const Args& a) {
  Value r = new_set_like(is_kind(a.v[0], Kind::FrozenSet));
  as<SetObject>(r)->map = m(a);
  return r;
}
Value other_set(Value v, bool frozen) {
  if (is_kind(v, Kind::Set) || is_kind(v, Kind::FrozenSet)) return v;
  Value s = new_set_like(frozen);
  Pin pin(s);
  set_fill(as<SetObject>(s), v);
  return s;
}
Value set_op_method(const Args& a, int op) {
  Value acc = a.v[0];
  for (int i = 1; i < a.n; i++) {
    Pin pin(acc);
    Value o = other_set(a.v[i], false);
    Pin pin2(o);
    acc = set_binop(op, acc, o);
  }
  if (a.n == 1) return set_copy(a);
  return acc;
}
Value set_union(const Args& a) {
  return set_op_method(a, kOr);
}
Value set_intersection(const Args& a) {
  return set_op_method(a, kAnd);
}
Value set_difference(const Args& a) {
  return set_op_method(a, kSub);
}
Value set_symmetric_difference(const Args& a) {
  return set_op_method(a, kXor);
}
Value set_issubset(const Args& a) {
  check_args(a, "issubset", 2, 2);
  Value o = other_set(a.v[1], false);
  Pin pin(o);
  return compare(kLe, a.v[0], o);
}
Value set_issuperset(const Args& a) {
  check_args(a, "issuperset", 2, 2);
  Value o = other_set(a.v[1], false);
  Pin pin(o);
  return compare(kGe, a.v[0], o);
}
Value set_isdisjoint(const Args& a) {
  check_args(a, "isdisjoint", 2, 2);
  Value o = other_set(a.v[1], false);
  for (auto& e : m(a).entries)
    if (!e.key.is_null() && as<SetObject>(o)->map.find(e.key, e.hash)) return Value::boolean(false);
  return Value::boolean(true);
}
Value set_difference_update(const Args& a) {
  for (int i = 1; i < a.n; i++)
    for (Value v : to_vector(a.v[i])) m(a).erase(v);
  return Value::none();
}

Value make_set(const Args& a, bool frozen) {
  check_args(a, frozen ? "frozenset" : "set", 0, 1);
  Value s = new_set_like(frozen);
  Pin pin(s);
  if (a.n) set_fill(as<SetObject>(s), a.v[0]);
  return s;
}
Value set_ctor(const Args& a) {
  return make_set(a, false);
}
Value frozenset_ctor(const Args& a) {
  return make_set(a, true);
}

}  // namespace

void init_set_type() {
  for (TypeObject* t : {rt().set_type, rt().frozenset_type}) {
    add_method(t, "copy", set_copy);
    add_method(t, "union", set_union);
    add_method(t, "intersection", set_intersection);
    add_method(t, "difference", set_difference);
    add_method(t, "symmetric_difference", set_symmetric_difference);
    add_method(t, "issubset", set_issubset);
    add_method(t, "issuperset", set_issuperset);
    add_method(t, "isdisjoint", set_isdisjoint);
  }
  TypeObject* t = rt().set_type;
  t->ctor = set_ctor;
  rt().frozenset_type->ctor = frozenset_ctor;
  add_method(t, "add", set_add);
  add_method(t, "remove", set_remove);
  add_method(t, "discard", set_discard);
  add_method(t, "update", set_update);
  add_method(t, "clear", set_clear);
  add_method(t, "pop", set_pop);
  add_method(t, "difference_update", set_difference_update);
}

}  // namespace gilpy
