// Memory: a non-moving mark-and-sweep collector over one list of all heap objects.
//
// Design note. Allocation never collects. It only counts, and past a threshold sets the
// kBreakGC bit of the eval breaker; the collection then runs at the next check point
// (function entry, taken backward jump, after a native call), as CPython 3.12+ schedules
// its cyclic GC. At a check point every live value is in a frame slot below the saved
// stack pointer, in a thread's exception stack or pins, or reachable from the runtime
// roots, so C++ code never needs to register its temporaries unless it calls back into
// Python (then it pins them: thread_state.hpp). Cycles need no special treatment. The
// threshold grows with the live heap (2x live, at least 64k objects) so collection costs
// stay proportional to allocation. Object state is protected by the GIL, not by atomics.
#include <cstdlib>
#include <unordered_map>

#include "code.hpp"
#include "errors.hpp"
#include "gil/runtime_gil.hpp"
#include "thread_state.hpp"

namespace gilpy {
namespace {

struct Heap {
  Object* objects = nullptr;        // every heap object
  size_t count = 0;                 // objects on the list
  size_t since_gc = 0;              // allocations since the last collection
  size_t threshold = 1 << 16;       // allocations that schedule the next collection
  std::vector<Object*> gray;        // mark stack
  std::vector<Value*> extra_roots;  // registered global Values (modules' state)
  size_t collections = 0;
};
Heap& heap() {
  static Heap h;
  return h;
}

// GILPY_GC_STRESS=N collects after every N allocations (tests use 1 to flush out
// values that native code forgot to pin).
size_t stress_threshold() {
  static const size_t n = [] {
    const char* e = std::getenv("GILPY_GC_STRESS");
    return e ? size_t(std::strtoull(e, nullptr, 10)) : size_t(0);
  }();
  return n;
}

}  // namespace

std::vector<ThreadState*>& all_threads();

Object::Object(TypeObject* t) : type(t) {
  Heap& h = heap();
  gc_next = h.objects;
  h.objects = this;
  h.count++;
  if (++h.since_gc >= (stress_threshold() ? stress_threshold() : h.threshold))
    rt().eval_breaker.fetch_or(kBreakGC, std::memory_order_relaxed);
}

void mark(Object* o) {
  if (!o || o->marked) return;
  o->marked = true;
  heap().gray.push_back(o);
}
void mark(Value v) {
  if (v.is_obj()) mark(v.obj());
}

void gc_add_root(Value* v) {
  heap().extra_roots.push_back(v);
}
void intern_trace();
void runtime_trace();

size_t gc_collect() {
  Heap& h = heap();
  runtime_trace();
  intern_trace();
  for (Value* v : h.extra_roots) mark(*v);
  for (ThreadState* t : all_threads()) {
    for (Frame* f = t->frame; f; f = f->back) frame_trace(f);
    for (Value v : t->exc_stack) mark(v);
    for (Value v : t->pins) mark(v);
  }
  while (!h.gray.empty()) {
    Object* o = h.gray.back();
    h.gray.pop_back();
    mark(reinterpret_cast<Object*>(o->type));
    o->trace();
  }
  size_t freed = 0;
  Object** link = &h.objects;
  while (Object* o = *link) {
    if (o->marked) {
      o->marked = false;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      delete o;
      freed++;
    }
  }
  h.count -= freed;
  h.since_gc = 0;
  h.threshold = stress_threshold() ? stress_threshold() : std::max<size_t>(1 << 16, h.count * 2);
  h.collections++;
  return freed;
}

size_t gc_object_count() {
  return heap().count;
}
size_t gc_collections() {
  return heap().collections;
}

// As CPython 3.12 _Py_HandlePending, in its order: (signals, pending calls,) scheduled
// collection, then the GIL's drop request (drop and re-take), (then async exceptions).
void handle_eval_breaker(ThreadState* t) {
  uint32_t bits = t->eval_breaker->load(std::memory_order_relaxed);
  if (bits & kBreakGC) {
    t->eval_breaker->fetch_and(~kBreakGC, std::memory_order_relaxed);
    gc_collect();
  }
  if (bits & (gil::kGilDropRequestBit | gil::kGilCreateRequestBit))
    gil::handle_gil_request(t, bits);
}

void frame_trace(Frame* f) {
  mark(f->code);
  mark(f->func);
  mark(f->globals);
  mark(f->locals);
  mark(f->gen);
  for (Value* p = f->slots; p < f->sp; p++) mark(*p);
}

}  // namespace gilpy
