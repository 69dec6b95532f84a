// list (and the sequence helpers shared with tuple, str and range: indexing, slicing,
// concatenation, repetition).
#include <algorithm>

#include "native.hpp"
#include "objects/int.hpp"
#include "objects/slice.hpp"
#include "thread_state.hpp"

namespace gilpy {

ListObject::ListObject() : Object(rt().list_type) {}
void ListObject::trace() {
  for (Value v : items) mark(v);
}

Value new_list(std::vector<Value> items) {
  auto* l = new ListObject();
  l->items = std::move(items);
  return Value::from_obj(l);
}

static int64_t norm_index(Value key, int64_t len, const char* what) {
  int64_t i;
  if (!is_intlike_small(key, i)) {
    if (is_kind(key, Kind::Int))
      raisef(rt().IndexError, "cannot fit 'int' into an index-sized integer");
    raisef(rt().TypeError, "{} indices must be integers or slices, not {}", what, type_name(key));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) raisef(rt().IndexError, "{} index out of range", what);
  return i;
}

static std::vector<Value> slice_items(const std::vector<Value>& items, SliceObject* s) {
  SliceIdx ix = slice_indices(s, int64_t(items.size()));
  std::vector<Value> out;
  out.reserve(size_t(ix.len));
  for (int64_t k = 0, i = ix.start; k < ix.len; k++, i += ix.step) out.push_back(items[size_t(i)]);
  return out;
}

Value seq_getitem(Value obj, Value key) {
  Object* o = obj.obj();
  switch (o->type->kind) {
    case Kind::List: {
      auto& items = static_cast<ListObject*>(o)->items;
      if (is_kind(key, Kind::Slice)) return new_list(slice_items(items, as<SliceObject>(key)));
      return items[size_t(norm_index(key, int64_t(items.size()), "list"))];
    }
    case Kind::Tuple: {
      auto& items = static_cast<TupleObject*>(o)->items;
      if (is_kind(key, Kind::Slice)) return new_tuple(slice_items(items, as<SliceObject>(key)));
      return items[size_t(norm_index(key, int64_t(items.size()), "tuple"))];
    }
    case Kind::Str: {
      const std::string& s = static_cast<StrObject*>(o)->s;
      if (is_kind(key, Kind::Slice)) {
        SliceIdx ix = slice_indices(as<SliceObject>(key), int64_t(s.size()));
        if (ix.step == 1) return new_str(s.substr(size_t(ix.start), size_t(ix.len)));
        std::string out;
        for (int64_t k = 0, i = ix.start; k < ix.len; k++, i += ix.step) out += s[size_t(i)];
        return new_str(std::move(out));
      }
      return new_str(std::string(1, s[size_t(norm_index(key, int64_t(s.size()), "string"))]));
    }
    case Kind::Range: {
      auto* r = static_cast<RangeObject*>(o);
      int64_t len = r->length();
      if (is_kind(key, Kind::Slice)) {
        SliceIdx ix = slice_indices(as<SliceObject>(key), len);
        int64_t start = r->start + ix.start * r->step;
        int64_t step = r->step * ix.step;
        return Value::from_obj(new RangeObject(start, start + ix.len * step, step));
      }
      return new_int(r->start + norm_index(key, len, "range object") * r->step);
    }
    default:
      raisef(rt().TypeError, "'{}' object is not subscriptable", o->type->name);
  }
}

void list_setitem(ListObject* l, Value key, Value v) {
  auto& items = l->items;
  if (!is_kind(key, Kind::Slice)) {
    items[size_t(norm_index(key, int64_t(items.size()), "list assignment"))] = v;
    return;
  }
  SliceIdx ix = slice_indices(as<SliceObject>(key), int64_t(items.size()));
  std::vector<Value> src = v == Value::from_obj(l) ? items : to_vector(v);
  if (ix.step == 1) {
    int64_t stop = std::max(ix.start, ix.start + ix.len);
    items.erase(items.begin() + ix.start, items.begin() + stop);
    items.insert(items.begin() + ix.start, src.begin(), src.end());
    return;
  }
  if (int64_t(src.size()) != ix.len)
    raisef(rt().ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
           src.size(), ix.len);
  for (int64_t k = 0, i = ix.start; k < ix.len; k++, i += ix.step)
    items[size_t(i)] = src[size_t(k)];
}

void list_delitem(ListObject* l, Value key) {
  auto& items = l->items;
  if (!is_kind(key, Kind::Slice)) {
    items.erase(items.begin() + norm_index(key, int64_t(items.size()), "list assignment"));
    return;
  }
  SliceIdx ix = slice_indices(as<SliceObject>(key), int64_t(items.size()));
  if (ix.len <= 0) return;
  if (ix.step == 1) {
    items.erase(items.begin() + ix.start, items.begin() + ix.start + ix.len);
    return;
  }
  std::vector<bool> drop(items.size(), false);
  for (int64_t k = 0, i = ix.start; k < ix.len; k++, i += ix.step) drop[size_t(i)] = true;
  std::vector<Value> keep;
  for (size_t i = 0; i < items.size(); i++)
    if (!drop[i]) keep.push_back(items[i]);
  items = std::move(keep);
}

void list_extend(ListObject* l, Value it) {
  if (is_kind(it, Kind::List) || is_kind(it, Kind::Tuple)) {
    auto& src = is_kind(it, Kind::List) ? as<ListObject>(it)->items : as<TupleObject>(it)->items;
    std::vector<Value> copy = src;
    l->items.insert(l->items.end(), copy.begin(), copy.end());
    return;
  }
  Value iter = get_iter(it);
  Pin pin(iter);
  Value v;
  while (iter_next(iter, v)) l->items.push_back(v);
}

Value seq_concat(Value a, Value b) {
  Kind k = a.obj()->type->kind;
  if (k == Kind::Str) return new_str(as<StrObject>(a)->s + as<StrObject>(b)->s);
  auto& x = k == Kind::List ? as<ListObject>(a)->items : as<TupleObject>(a)->items;
  auto& y = k == Kind::List ? as<ListObject>(b)->items : as<TupleObject>(b)->items;
  std::vector<Value> out;
  out.reserve(x.size() + y.size());
  out.insert(out.end(), x.begin(), x.end());
  out.insert(out.end(), y.begin(), y.end());
  return k == Kind::List ? new_list(std::move(out)) : new_tuple(std::move(out));
}

Value seq_repeat(Value seq, Value nv) {
  int64_t n = to_index(nv);
  if (n < 0) n = 0;
  Kind k = seq.obj()->type->kind;
  if (k == Kind::Str) {
    const std::string& s = as<StrObject>(seq)->s;
    if (!s.empty() && n > (int64_t(1) << 34) / int64_t(s.size())) raise(rt().MemoryError, "");
    std::string out;
    out.reserve(s.size() * size_t(n));
    for (int64_t i = 0; i < n; i++) out += s;
    return new_str(std::move(out));
  }
  auto& x = k == Kind::List ? as<ListObject>(seq)->items : as<TupleObject>(seq)->items;
  if (!x.empty() && n > (int64_t(1) << 31) / int64_t(x.size())) raise(rt().MemoryError, "");
  std::vector<Value> out;
  out.reserve(x.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) out.insert(out.end(), x.begin(), x.end());
  return k == Kind::List ? new_list(std::move(out)) : new_tuple(std::move(out));
}

namespace {

std::vector<Value>& items_of(const Args& a) {
  return as<ListObject>(a.v[0])->items;
}

Value list_append(const Args& a) {
  check_args(a, "append", 2, 2);
  items_of(a).push_back(a.v[1]);
  return Value::none();
}
Value list_extend_m(const Args& a) {
  check_args(a, "extend", 2, 2);
  list_extend(as<ListObject>(a.v[0]), a.v[1]);
  return Value::none();
}
Value list_insert(const Args& a) {
  check_args(a, "insert", 3, 3);
  auto& items = items_of(a);
  int64_t n = int64_t(items.size());
  int64_t i = to_index(a.v[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, a.v[2]);
  return Value::none();
}
Value list_pop(const Args& a) {
  check_args(a, "pop", 1, 2);
  auto& items = items_of(a);
  if (items.empty()) raise(rt().IndexError, "pop from empty list");
  int64_t n = int64_t(items.size());
  int64_t i = a.n > 1 ? to_index(a.v[1]) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(rt().IndexError, "pop index out of range");
  Value v = items[size_t(i)];
  items.erase(items.begin() + i);
  return v;
}
Value list_remove(const Args& a) {
  check_args(a, "remove", 2, 2);
  auto& items = items_of(a);
  for (size_t i = 0; i < items.size(); i++)
    if (py_eq(items[i], a.v[1])) {
      items.erase(items.begin() + int64_t(i));
      return Value::none();
    }
  raise(rt().ValueError, "list.remove(x): x not in list");
}
Value list_index(const Args& a) {
  check_args(a, "index", 2, 4);
  auto& items = items_of(a);
  int64_t n = int64_t(items.size());
  int64_t b = a.n > 2 ? to_index(a.v[2]) : 0, e = a.n > 3 ? to_index(a.v[3]) : n;
  if (b < 0) b = std::max<int64_t>(0, b + n);
  if (e < 0) e = std::max<int64_t>(0, e + n);
  for (int64_t i = b; i < std::min(e, int64_t(items.size())); i++)
    if (py_eq(items[size_t(i)], a.v[1])) return Value::from_small(i);
  raisef(rt().ValueError, "{} is not in list", repr(a.v[1]));
}
Value list_count(const Args& a) {
  check_args(a, "count", 2, 2);
  int64_t c = 0;
  auto& items = items_of(a);
  for (size_t i = 0; i < items.size(); i++)
    if (py_eq(items[i], a.v[1])) c++;
  return Value::from_small(c);
}
Value list_reverse(const Args& a) {
  check_args(a, "reverse", 1, 1);
  std::reverse(items_of(a).begin(), items_of(a).end());
  return Value::none();
}
Value list_copy(const Args& a) {
  check_args(a, "copy", 1, 1);
  return new_list(items_of(a));
}
Value list_clear(const Args& a) {
  check_args(a, "clear", 1, 1);
  items_of(a).clear();
  return Value::none();
}

}  // namespace

// Stable sort in place; keys computed once (pinned: key functions run Python code).
void sort_values(std::vector<Value>& items, Value key, bool reverse) {
  if (key.is_null() || key.is_none()) {
    auto less = [](Value x, Value y) {
      if (x.is_small() && y.is_small()) return x.as_small() < y.as_small();
      if (x.is_double() && y.is_double()) return x.as_double() < y.as_double();
      return compare_bool(kLt, x, y);
    };
    if (reverse)
      std::stable_sort(items.begin(), items.end(), [&](Value x, Value y) { return less(y, x); });
    else
      std::stable_sort(items.begin(), items.end(), less);
    return;
  }
  ListObject* keys = as<ListObject>(new_list({}));
  Pin pin(Value::from_obj(keys));
  ListObject* vals = as<ListObject>(new_list(items));
  Pin pin2(Value::from_obj(vals));
  for (Value v : vals->items) keys->items.push_back(call1(key, v));
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); i++) idx[i] = i;
  auto& k = keys->items;
  if (reverse)
    std::stable_sort(idx.begin(), idx.end(),
                     [&](size_t x, size_t y) { return compare_bool(kLt, k[y], k[x]); });
  else
    std::stable_sort(idx.begin(), idx.end(),
                     [&](size_t x, size_t y) { return compare_bool(kLt, k[x], k[y]); });
  for (size_t i = 0; i < idx.size(); i++) items[i] = vals->items[idx[i]];
}

namespace {
Value list_sort(const Args& a) {
  check_args(a, "sort", 1, 1, true);
  std::vector<Value> work = items_of(a);
  Value rev = a.kw("reverse");
  sort_values(work, a.kw("key"), !rev.is_null() && truthy(rev));
  items_of(a) = std::move(work);
  return Value::none();
}

Value list_ctor(const Args& a) {
  check_args(a, "list", 0, 1);
  if (a.n == 0) return new_list({});
  return new_list(to_vector(a.v[0]));
}
}  // namespace

void init_list_type() {
  TypeObject* t = rt().list_type;
  t->ctor = list_ctor;
  add_method(t, "append", list_append, false);  // CPython 3.11: no check after list.append
  add_method(t, "extend", list_extend_m);
  add_method(t, "insert", list_insert);
  add_method(t, "pop", list_pop);
  add_method(t, "remove", list_remove);
  add_method(t, "index", list_index);
  add_method(t, "count", list_count);
  add_method(t, "reverse", list_reverse);
  add_method(t, "copy", list_copy);
  add_method(t, "clear", list_clear);
  add_method(t, "sort", list_sort);
}

}  // namespace gilpy
