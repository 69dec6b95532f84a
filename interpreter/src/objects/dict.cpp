// dict: insertion-ordered hash table (HashMap, shared with set) and the dict views.
#include "native.hpp"
#include "thread_state.hpp"

namespace gilpy {

// ---- HashMap ----
// Entries stay in insertion order; `index` maps hash slots to entry positions with
// linear probing. Deletion leaves a tombstone entry (null key) until the next rebuild.

static bool keys_equal(const HashMap::Entry& e, Value key, int64_t hash) {
  if (e.key == key) return true;
  if (e.hash != hash || e.key.is_null()) return false;
  return py_eq(e.key, key);
}

HashMap::Entry* HashMap::find(Value key, int64_t hash) const {
  if (index.empty()) return nullptr;
  size_t mask = index.size() - 1;
  for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
    int32_t ix = index[i];
    if (ix < 0) return nullptr;
    const Entry& e = entries[size_t(ix)];
    if (keys_equal(e, key, hash)) return const_cast<Entry*>(&e);
  }
}

HashMap::Entry* HashMap::find(Value key) const {
  return find(key, py_hash(key));
}

HashMap::Entry* HashMap::find_str(StrObject* key) const {
  if (index.empty()) return nullptr;
  int64_t hash = py_hash(Value::from_obj(key));
  size_t mask = index.size() - 1;
  for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
    int32_t ix = index[i];
    if (ix < 0) return nullptr;
    const Entry& e = entries[size_t(ix)];
    if (e.key.bits == Value::from_obj(key).bits) return const_cast<Entry*>(&e);
    if (e.hash == hash && is_type(e.key, rt().str_type) && as<StrObject>(e.key)->s == key->s)
      return const_cast<Entry*>(&e);
  }
}

void HashMap::rebuild(size_t cap) {
  std::vector<Entry> live;
  live.reserve(used);
  for (auto& e : entries)
    if (!e.key.is_null()) live.push_back(e);
  entries = std::move(live);
  index.assign(cap, -1);
  size_t mask = cap - 1;
  for (size_t k = 0; k < entries.size(); k++) {
    size_t i = size_t(entries[k].hash) & mask;
    while (index[i] >= 0) i = (i + 1) & mask;
    index[i] = int32_t(k);
  }
}

void HashMap::set_hashed(Value key, int64_t hash, Value value) {
  if (Entry* e = find(key, hash)) {
    e->value = value;
    return;
  }
  if ((entries.size() + 1) * 3 >= index.size() * 2) {
    size_t cap = 8;
    while (cap * 2 <= (used + 1) * 3) cap *= 2;
    rebuild(cap * 2);
  }
  size_t mask = index.size() - 1;
  size_t i = size_t(hash) & mask;
  while (index[i] >= 0) i = (i + 1) & mask;
  index[i] = int32_t(entries.size());
  entries.push_back(Entry{hash, key, value});
  used++;
}

void HashMap::set(Value key, Value value) {
  set_hashed(key, py_hash(key), value);
}

bool HashMap::erase(Value key) {
  Entry* e = find(key);
  if (!e) return false;
  e->key = Value::null();
  e->value = Value::null();
  used--;
  if (used == 0) clear();
  return true;
}

void HashMap::clear() {
  entries.clear();
  index.clear();
  used = 0;
}

void HashMap::trace() const {
  for (auto& e : entries) {
    mark(e.key);
    mark(e.value);
  }
}

// ---- dict ----

DictObject::DictObject() : Object(rt().dict_type) {}
Value DictObject::get(Value key) const {
  auto* e = map.find(key);
  return e ? e->value : Value::null();
}
Value DictObject::get_str(StrObject* key) const {
  auto* e = map.find_str(key);
  return e ? e->value : Value::null();
}

[[noreturn]] void raise_key_error(Value key) {
  auto* e = new ExceptionObject(rt().KeyError);
  Value ev = Value::from_obj(e);
  e->args = as<TupleObject>(new_tuple({key}));
  throw PyError{ev};
}

DictViewObject::DictViewObject(DictObject* d, int w)
    : Object(rt().dictview_type), dict(d), what(w) {}
void DictViewObject::trace() {
  mark(dict);
}

namespace {

DictObject* self_dict(const Args& a) {
  return as<DictObject>(a.v[0]);
}

void dict_update_from(DictObject* d, Value src) {
  if (is_kind(src, Kind::Dict)) {
    auto entries = as<DictObject>(src)->map.entries;
    for (auto& e : entries)
      if (!e.key.is_null()) d->map.set_hashed(e.key, e.hash, e.value);
    return;
  }
  Value keys = get_attr_opt(src, intern("keys"));
  if (!keys.is_null()) {
    for (Value k : to_vector(call0(keys))) d->set(k, get_item(src, k));
    return;
  }
  for (Value pair : to_vector(src)) {
    std::vector<Value> kv = to_vector(pair);
    if (kv.size() != 2)
      raisef(rt().ValueError, "dictionary update sequence element has length {}; 2 is required",
             kv.size());
    d->set(kv[0], kv[1]);
  }
}

Value dict_get(const Args& a) {
  check_args(a, "get", 2, 3);
  Value v = self_dict(a)->get(a.v[1]);
  return v.is_null() ? (a.n > 2 ? a.v[2] : Value::none()) : v;
}
Value dict_setdefault(const Args& a) {
  check_args(a, "setdefault", 2, 3);
  Value v = self_dict(a)->get(a.v[1]);
  if (!v.is_null()) return v;
  Value d = a.n > 2 ? a.v[2] : Value::none();
  self_dict(a)->set(a.v[1], d);
  return d;
}
Value dict_pop(const Args& a) {
  check_args(a, "pop", 2, 3);
  Value v = self_dict(a)->get(a.v[1]);
  if (v.is_null()) {
    if (a.n > 2) return a.v[2];
    raise_key_error(a.v[1]);
  }
  self_dict(a)->map.erase(a.v[1]);
  return v;
}
Value dict_popitem(const Args& a) {
  auto& m = self_dict(a)->map;
  for (auto it = m.entries.rbegin(); it != m.entries.rend(); ++it)
    if (!it->key.is_null()) {
      Value k = it->key, v = it->value;
      m.erase(k);
      return new_tuple({k, v});
    }
  raise(rt().KeyError, "popitem(): dictionary is empty");
}
Value dict_update(const Args& a) {
  check_args(a, "update", 1, 2, true);
  if (a.n > 1) dict_update_from(self_dict(a), a.v[1]);
  for (int i = 0; i < a.nkw(); i++) self_dict(a)->set(a.kwnames->items[size_t(i)], a.v[a.n + i]);
  return Value::none();
}
Value dict_keys(const Args& a) {
  return Value::from_obj(new DictViewObject(self_dict(a), 0));
}
Value dict_values(const Args& a) {
  return Value::from_obj(new DictViewObject(self_dict(a), 1));
}
Value dict_items(const Args& a) {
  return Value::from_obj(new DictViewObject(self_dict(a), 2));
}
Value dict_clear(const Args& a) {
  self_dict(a)->map.clear();
  return Value::none();
}
Value dict_copy(const Args& a) {
  auto* d = new DictObject();
  d->map = self_dict(a)->map;
  return Value::from_obj(d);
}
Value dict_ctor(const Args& a) {
  check_args(a, "dict", 0, 1, true);
  auto* d = new DictObject();
  Value dv = Value::from_obj(d);
  Pin pin(dv);
  if (a.n > 0) dict_update_from(d, a.v[0]);
  for (int i = 0; i < a.nkw(); i++) d->set(a.kwnames->items[size_t(i)], a.v[a.n + i]);
  return dv;
}
Value dict_fromkeys(const Args& a) {
  check_args(a, "fromkeys", 2, 3);
  auto* d = new DictObject();
  Value dv = Value::from_obj(d);
  Pin pin(dv);
  for (Value k : to_vector(a.v[1])) d->set(k, a.n > 2 ? a.v[2] : Value::none());
  return dv;
}

}  // namespace

void init_dict_type() {
  TypeObject* t = rt().dict_type;
  t->ctor = dict_ctor;
  add_method(t, "get", dict_get);
  add_method(t, "setdefault", dict_setdefault);
  add_method(t, "pop", dict_pop);
  add_method(t, "popitem", dict_popitem);
  add_method(t, "update", dict_update);
  add_method(t, "keys", dict_keys);
  add_method(t, "values", dict_values);
  add_method(t, "items", dict_items);
  add_method(t, "clear", dict_clear);
  add_method(t, "copy", dict_copy);
  t->dict->set(
      Value::from_obj(intern("fromkeys")),
      Value::from_obj(new WrapperObject(
          rt().classmethod_type, Value::from_obj(new BuiltinObject("fromkeys", [](const Args& a) {
            Value v[3] = {a.v[0], a.n > 1 ? a.v[1] : Value::none(),
                          a.n > 2 ? a.v[2] : Value::none()};
            return dict_fromkeys(Args{v, a.n});
          })))));
}

}  // namespace gilpy
