// ThreadState: everything the eval loop needs about the running thread, in one struct
// so a GIL can hand the interpreter from one OS thread to another (as CPython's PyThreadState).
#pragma once
#include <vector>

#include "object.hpp"

namespace gilpy {

struct Frame;

struct ThreadState {
  Frame* frame = nullptr;        // innermost running frame (the chain is a GC root)
  int depth = 0;                 // Python frames on this thread (RecursionError past the limit)
  int native_depth = 0;          // nested eval loops (guards the C stack)
  std::vector<Value> exc_stack;  // exceptions being handled by except/finally bodies
  std::vector<Value> pins;       // values native code keeps alive across callbacks
  std::atomic<uint32_t>* eval_breaker;  // the runtime's eval-breaker word
  ThreadState* next = nullptr;          // runtime's list of thread states (GIL issue)
  bool yielded = false;  // set by YIELD_VALUE when eval_frame returns a yielded value
};

ThreadState* ts();  // the current thread's state
void set_ts(ThreadState* t);

// Keeps a value alive while native code calls back into Python (the GC only runs at
// check points, so values held only in C++ locals across a callback must be pinned).
struct Pin {
  explicit Pin(Value v) { ts()->pins.push_back(v); }
  ~Pin() { ts()->pins.pop_back(); }
  Pin(const Pin&) = delete;
};

// Run what the eval breaker asks for (GC now; GIL drop requests in the GIL issue).
void handle_eval_breaker(ThreadState* t);

}  // namespace gilpy
