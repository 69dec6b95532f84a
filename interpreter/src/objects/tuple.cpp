// tuple: immutable sequences (indexing and slicing live in list.cpp's sequence helpers).
#include "native.hpp"

namespace gilpy {

TupleObject::TupleObject() : Object(rt().tuple_type) {}
void TupleObject::trace() {
  for (Value v : items) mark(v);
}

Value new_tuple(std::vector<Value> items) {
  if (items.empty()) {
    static TupleObject* empty = nullptr;
    static Value root;
    if (!empty) {
      empty = new TupleObject();
      root = Value::from_obj(empty);
      gc_add_root(&root);
    }
    return root;
  }
  auto* t = new TupleObject();
  t->items = std::move(items);
  return Value::from_obj(t);
}

namespace {
Value tuple_ctor(const Args& a) {
  check_args(a, "tuple", 0, 1);
  if (a.n == 0) return new_tuple({});
  if (is_type(a.v[0], rt().tuple_type)) return a.v[0];
  return new_tuple(to_vector(a.v[0]));
}
Value tuple_index(const Args& a) {
  check_args(a, "index", 2, 2);
  auto& items = as<TupleObject>(a.v[0])->items;
  for (size_t i = 0; i < items.size(); i++)
    if (py_eq(items[i], a.v[1])) return Value::from_small(int64_t(i));
  raise(rt().ValueError, "tuple.index(x): x not in tuple");
}
Value tuple_count(const Args& a) {
  check_args(a, "count", 2, 2);
  int64_t c = 0;
  for (Value v : as<TupleObject>(a.v[0])->items)
    if (py_eq(v, a.v[1])) c++;
  return Value::from_small(c);
}
}  // namespace

void init_tuple_type() {
  TypeObject* t = rt().tuple_type;
  t->ctor = tuple_ctor;
  add_method(t, "index", tuple_index);
  add_method(t, "count", tuple_count);
}

}  // namespace gilpy
