// Micro-benchmarks of gilpy's GIL as the interpreter uses it, built twice from this source
// (gil_runtime_bench_eager / _ondemand): the release/re-acquire around a blocking call
// before and after the GIL exists (the cost bpo-20891 weighed), a foreign thread's
// ensure/release, and the eval loop's cost per iteration under each check-point policy.
#include <benchmark/benchmark.h>

#include <chrono>
#include <thread>

#include "gil/runtime_gil.hpp"
#include "gilpy/gilpy.hpp"

namespace {

gilpy::Interpreter& interp() {
  static gilpy::Interpreter i;
  return i;
}

// Py_BEGIN/END_ALLOW_THREADS with nobody else around. On demand, before the first thread:
// a state swap; eager (or after creation): drop_gil + take_gil.
void BM_release_reacquire(benchmark::State& state) {
  interp();
  gilpy::GilGuard g;
  for (auto _ : state) {
    gilpy::ThreadState* t = gilpy::gil::save_thread();
    gilpy::gil::restore_thread(t);
  }
  state.SetLabel(gilpy::gil::gil_exists() ? "gil exists" : "no gil yet");
}
BENCHMARK(BM_release_reacquire);

void BM_release_reacquire_after_init(benchmark::State& state) {
  interp();
  gilpy::GilGuard g;
  gilpy::gil::init_threads();  // what the first Thread.start does
  for (auto _ : state) {
    gilpy::ThreadState* t = gilpy::gil::save_thread();
    gilpy::gil::restore_thread(t);
  }
  state.SetLabel("gil exists");
}
BENCHMARK(BM_release_reacquire_after_init);

// A foreign thread entering and leaving (thread state created and freed each time, as
// PyGILState_Ensure/Release for a thread without a state). Timed inside that thread.
void BM_foreign_ensure_release(benchmark::State& state) {
  interp();
  for (auto _ : state) {
    double seconds = 0;
    std::thread t([&] {  // 1000 rounds per iteration
      constexpr int kRounds = 1000;
      auto t0 = std::chrono::steady_clock::now();
      for (int i = 0; i < kRounds; i++) {
        gilpy::GilState s = gilpy::gil_ensure();
        gilpy::gil_release(s);
      }
      seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    });
    t.join();
    state.SetIterationTime(seconds);
  }
  state.SetItemsProcessed(state.iterations() * 1000);  // items/s: ensure+release pairs
}
BENCHMARK(BM_foreign_ensure_release)->UseManualTime();

// The eval loop per iteration of a small loop with one call inside, per policy. The loop
// runs in a function (fast locals), as a workload's inner loop would. Policy 27 is measured
// with its ticker but without its lock (switched at run time, single thread): the cost of
// the ticking instructions' decrement.
void eval_loop(benchmark::State& state, gilpy::gil::Policy policy) {
  interp();
  constexpr long kIterations = 100000;
  interp().run(
      "def loop(n):\n    x = 0\n    for i in range(n):\n        x = x + abs(i)\n    return x\n");
  gilpy::GilGuard g;  // held throughout: switching policy must not switch locks mid-way
  gilpy::gil::Policy saved = gilpy::gil::config().policy;
  gilpy::gil::config().policy = policy;
  for (auto _ : state) {
    gilpy::RunResult r = interp().run("loop(" + std::to_string(kIterations) + ")");
    benchmark::DoNotOptimize(r.ok);
  }
  gilpy::gil::config().policy = saved;
  state.SetItemsProcessed(state.iterations() * kIterations);
}
void BM_eval_loop_310(benchmark::State& s) {
  eval_loop(s, gilpy::gil::Policy::k310);
}
void BM_eval_loop_39(benchmark::State& s) {
  eval_loop(s, gilpy::gil::Policy::k39);
}
void BM_eval_loop_27(benchmark::State& s) {
  eval_loop(s, gilpy::gil::Policy::k27);
}
BENCHMARK(BM_eval_loop_310);
BENCHMARK(BM_eval_loop_39);
BENCHMARK(BM_eval_loop_27);

}  // namespace

BENCHMARK_MAIN();
