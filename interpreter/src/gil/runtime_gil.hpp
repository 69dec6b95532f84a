// The interpreter's GIL: one per process, its settings (-X options), creation (eager or on
// demand, chosen at compile time), voluntary release around blocking calls, the check-point
// handler, Python threads and foreign threads. Implemented in runtime_gil.cpp, which is
// compiled once per build (GILPY_GIL_ONDEMAND=0/1); the rest of gilpy is shared.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "gil/gil.hpp"

namespace gilpy {
struct ThreadState;
}

namespace gilpy::gil {

// Where the eval loop polls the eval breaker (-X checkpoints=...; gil-spec §3).
enum class Policy : uint8_t {
  k310,  // function entry, taken backward jumps, after native calls (CPython 3.10+)
  k39,   // nearly every instruction (CPython 3.2-3.9)
  k27,   // 2.7: a shared ticker releases and re-takes a plain lock every 100 ticks
};

// Runtime settings; fixed before the interpreter starts except where noted.
struct Config {
  Policy policy = Policy::k310;  // -X checkpoints=310|39|27
  bool stress = false;           // -X gilstress (may change at run time)
  bool racy_create = false;      // -X gilcreate=racy: 3.6's unsafe on-demand creation
  int check_interval = 100;      // -X checkinterval=N, policy 27 ticks
};
Config& config();

// Parse one -X option ("switchinterval=0.001", "checkpoints=39", "gilstress",
// "gilcreate=racy|safe", "checkinterval=100"). False with *error set when it is not ours
// or malformed.
bool apply_xoption(std::string_view option, std::string* error);

const char* build_name();  // "eager" or "ondemand"
bool gil_exists();         // CPython PyEval_ThreadsInitialized()

// Start-up: register the main thread; the eager build creates the GIL and takes it for it.
void gil_init_main(ThreadState* main);
// CPython PyEval_InitThreads(): create the GIL if needed, held by the calling (running)
// thread. Called by Thread.start in the parent before the OS thread exists.
void init_threads();

// Py_BEGIN/END_ALLOW_THREADS. Before the GIL exists (on-demand) these are a state swap.
ThreadState* save_thread();
void restore_thread(ThreadState* t);

// RAII around a blocking call: no Python object may be touched inside.
class AllowThreads {
 public:
  AllowThreads() : t_(save_thread()) {}
  ~AllowThreads() { restore_thread(t_); }
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  ThreadState* t_;
};

// Check point: the GIL bits of the eval breaker are set (drop or create request).
void handle_gil_request(ThreadState* t, uint32_t bits);
// Policy 27: the shared ticker went below zero.
void tick27(ThreadState* t);
inline int ticker = 0;  // 2.7's _Py_Ticker: shared by all threads, changed by the holder

// sys.setswitchinterval / getswitchinterval.
void set_switch_interval(double seconds);
double get_switch_interval();
GilStatsSnapshot stats();

// Python threads: a new thread state, registered under the GIL by its creator; the new OS
// thread calls thread_enter (takes the GIL) first and thread_exit (unregisters, drops the
// GIL, frees the state) last.
ThreadState* new_thread_state();
void thread_enter(ThreadState* t);
void thread_exit(ThreadState* t);

// Foreign threads (CPython PyGILState_Ensure/Release). Ensure returns whether the thread
// already held the GIL.
bool gilstate_ensure();
void gilstate_release(bool was_held);

// os.fork child: re-create the GIL (where it exists) for the forking thread; forget others.
void after_fork_child();

}  // namespace gilpy::gil
