// range (lazy int sequences) and slice objects.
#include "native.hpp"
#include "objects/int.hpp"
#include "objects/slice.hpp"

namespace gilpy {

RangeObject::RangeObject(int64_t a, int64_t b, int64_t c)
    : Object(rt().range_type), start(a), stop(b), step(c) {}
int64_t RangeObject::length() const {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

SliceObject::SliceObject(Value a, Value b, Value c)
    : Object(rt().slice_type), start(a), stop(b), step(c) {}
void SliceObject::trace() {
  mark(start);
  mark(stop);
  mark(step);
}

static int64_t clamp_index(Value v) {
  if (is_int(v)) {
    int64_t i;
    if (is_intlike_small(v, i)) return i;
    return int_sign(v) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
  }
  Value m = type_of(v)->lookup(intern("__index__"));
  if (!m.is_null()) return to_index(call1(m, v));
  raise(rt().TypeError, "slice indices must be integers or None or have an __index__ method");
}

SliceIdx slice_indices(SliceObject* s, int64_t len) {
  int64_t step = s->step.is_none() ? 1 : clamp_index(s->step);
  if (step == 0) raise(rt().ValueError, "slice step cannot be zero");
  int64_t start, stop;
  if (s->start.is_none()) {
    start = step < 0 ? len - 1 : 0;
  } else {
    start = clamp_index(s->start);
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) {
      start = step < 0 ? len - 1 : len;
    }
  }
  if (s->stop.is_none()) {
    stop = step < 0 ? -1 : len;
  } else {
    stop = clamp_index(s->stop);
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
      stop = step < 0 ? len - 1 : len;
    }
  }
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  return SliceIdx{start, stop, step, n};
}

namespace {

Value range_ctor(const Args& a) {
  check_args(a, "range", 1, 3);
  int64_t start = 0, stop, step = 1;
  for (int i = 0; i < a.n; i++)
    if (!is_int(a.v[i]))
      raisef(rt().TypeError, "'{}' object cannot be interpreted as an integer", type_name(a.v[i]));
  if (a.n == 1) {
    stop = to_index(a.v[0]);
  } else {
    start = to_index(a.v[0]);
    stop = to_index(a.v[1]);
    if (a.n == 3) step = to_index(a.v[2]);
  }
  if (step == 0) raise(rt().ValueError, "range() arg 3 must not be zero");
  return Value::from_obj(new RangeObject(start, stop, step));
}

Value range_index(const Args& a) {
  if (!contains(a.v[0], a.v[1])) raisef(rt().ValueError, "{} is not in range", repr(a.v[1]));
  auto* r = as<RangeObject>(a.v[0]);
  return new_int((to_index(a.v[1]) - r->start) / r->step);
}
Value range_count(const Args& a) {
  return Value::from_small(contains(a.v[0], a.v[1]) ? 1 : 0);
}

Value slice_ctor(const Args& a) {
  check_args(a, "slice", 1, 3);
  if (a.n == 1) return Value::from_obj(new SliceObject(Value::none(), a.v[0], Value::none()));
  return Value::from_obj(new SliceObject(a.v[0], a.v[1], a.n > 2 ? a.v[2] : Value::none()));
}

}  // namespace

void init_range_type() {
  rt().range_type->ctor = range_ctor;
  add_method(rt().range_type, "index", range_index);
  add_method(rt().range_type, "count", range_count);
  rt().slice_type->ctor = slice_ctor;
}

}  // namespace gilpy
