// The random module: Random instances and the module-level functions over the runtime's
// Mersenne Twister, bit-exact with CPython for int seeds (shared/specs/workloads.md §4.5).
#include "native.hpp"
#include "objects/int.hpp"
#include "runtime/random_mt.hpp"

namespace gilpy {
namespace {

struct RandomObject : InstanceObject {
  MersenneTwister mt;  // generator state
  explicit RandomObject(TypeObject* t) : InstanceObject(t) {}
};

TypeObject* g_random_type = nullptr;
Value g_random_type_root;
Value g_default;  // the module's hidden Random() instance

MersenneTwister& mt_of(Value self) {
  auto* r = self.is_obj() ? dynamic_cast<RandomObject*>(self.obj()) : nullptr;
  if (!r)
    raise(rt().TypeError,
          "descriptor requires a 'Random' object (subclassing Random is not supported)");
  return r->mt;
}

BigInt seed_value(Value v) {
  if (v.is_null() || v.is_none()) {
    // No seed: entropy from the clock, as CPython's os.urandom-based default is not reproducible
    // either.
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return BigInt(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
  }
  if (is_int(v)) return int_to_big(v);
  if (v.is_double()) return BigInt(py_hash(v));
  raise(rt().TypeError, "The only supported seed types are: None, int and float.");
}

Value r_seed(const Args& a) {
  check_args(a, "seed", 1, 2);
  mt_of(a.v[0]).seed(seed_value(a.n > 1 ? a.v[1] : Value::null()));
  return Value::none();
}
Value r_random(const Args& a) {
  check_args(a, "random", 1, 1);
  return Value::from_double(mt_of(a.v[0]).random());
}
Value r_getrandbits(const Args& a) {
  check_args(a, "getrandbits", 2, 2);
  int64_t k = to_index(a.v[1]);
  if (k < 0) raise(rt().ValueError, "number of bits must be non-negative");
  return int_from_big(mt_of(a.v[0]).getrandbits(uint64_t(k)));
}
Value r_randrange(const Args& a) {
  check_args(a, "randrange", 2, 4);
  auto& mt = mt_of(a.v[0]);
  for (int i = 1; i < a.n; i++)
    if (!is_int(a.v[i]))
      raisef(rt().TypeError, "'{}' object cannot be interpreted as an integer", type_name(a.v[i]));
  if (a.n == 2) {
    if (int_sign(a.v[1]) <= 0) raise(rt().ValueError, "empty range for randrange()");
    return int_from_big(mt.randrange(int_to_big(a.v[1])));
  }
  BigInt step = a.n > 3 ? int_to_big(a.v[3]) : BigInt(1);
  return int_from_big(mt.randrange(int_to_big(a.v[1]), int_to_big(a.v[2]), step));
}
Value r_randint(const Args& a) {
  check_args(a, "randint", 3, 3);
  return int_from_big(mt_of(a.v[0]).randint(int_to_big(a.v[1]), int_to_big(a.v[2])));
}
Value r_choice(const Args& a) {
  check_args(a, "choice", 2, 2);
  int64_t n = py_len(a.v[1]);
  if (n == 0) raise(rt().IndexError, "Cannot choose from an empty sequence");
  return get_item(a.v[1], new_int(int64_t(mt_of(a.v[0]).choice_index(size_t(n)))));
}
Value r_shuffle(const Args& a) {
  check_args(a, "shuffle", 2, 2);
  if (!is_kind(a.v[1], Kind::List)) raise(rt().TypeError, "shuffle() needs a list");
  auto& items = as<ListObject>(a.v[1])->items;
  mt_of(a.v[0]).shuffle(std::span<Value>(items.data(), items.size()));
  return Value::none();
}
Value r_uniform(const Args& a) {
  check_args(a, "uniform", 3, 3);
  return Value::from_double(mt_of(a.v[0]).uniform(to_double(a.v[1]), to_double(a.v[2])));
}
Value random_ctor(const Args& a) {
  check_args(a, "Random", 0, 1);
  auto* r = new RandomObject(g_random_type);
  r->mt.seed(seed_value(a.n ? a.v[0] : Value::null()));
  return Value::from_obj(r);
}
// Module-level functions: the same methods on the hidden default instance.
template <NativeFn F>
Value on_default(const Args& a) {
  std::vector<Value> buf(size_t(a.n) + 1);
  buf[0] = g_default;
  for (int i = 0; i < a.n; i++) buf[size_t(i) + 1] = a.v[i];
  return F(Args{buf.data(), a.n + 1});
}

}  // namespace

ModuleObject* make_random_module() {
  if (!g_random_type) {
    g_random_type = new TypeObject(rt().type_type, "Random", rt().object_type, Kind::Instance);
    g_random_type_root = Value::from_obj(g_random_type);
    gc_add_root(&g_random_type_root);
    g_random_type->ctor = random_ctor;
    add_method(g_random_type, "seed", r_seed);
    add_method(g_random_type, "random", r_random);
    add_method(g_random_type, "getrandbits", r_getrandbits);
    add_method(g_random_type, "randrange", r_randrange);
    add_method(g_random_type, "randint", r_randint);
    add_method(g_random_type, "choice", r_choice);
    add_method(g_random_type, "shuffle", r_shuffle);
    add_method(g_random_type, "uniform", r_uniform);
    g_default = random_ctor(Args{nullptr, 0});
    gc_add_root(&g_default);
  }
  auto* m = new ModuleObject(intern("random"));
  DictObject* d = m->dict;
  set_name(d, "Random", Value::from_obj(g_random_type));
  add_function(d, "seed", on_default<r_seed>);
  add_function(d, "random", on_default<r_random>);
  add_function(d, "getrandbits", on_default<r_getrandbits>);
  add_function(d, "randrange", on_default<r_randrange>);
  add_function(d, "randint", on_default<r_randint>);
  add_function(d, "choice", on_default<r_choice>);
  add_function(d, "shuffle", on_default<r_shuffle>);
  add_function(d, "uniform", on_default<r_uniform>);
  return m;
}

}  // namespace gilpy
