// Micro-benchmarks of the GIL primitives (interpreter/src/gil/gil.hpp): an uncontended
// take+drop, the 2.7 lock's release+re-acquire, polling the eval breaker, and the latency of
// a hand-off between two threads (drop request -> FORCE_SWITCHING -> the waiter runs).
#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>

#include "gil/gil.hpp"

namespace gilpy::gil {
namespace {

void BM_take_drop_uncontended(benchmark::State& state) {
  std::atomic<uint32_t> breaker{0};
  Gil gil;
  create_gil(&gil, &breaker);
  int me;
  for (auto _ : state) {
    take_gil(&gil, &me);
    drop_gil(&gil, &me);
  }
}
BENCHMARK(BM_take_drop_uncontended);

void BM_gil27_take_drop_uncontended(benchmark::State& state) {
  Gil27 gil;
  create_gil27(&gil);
  int me;
  for (auto _ : state) {
    take_gil27(&gil, &me);
    drop_gil27(&gil);
  }
}
BENCHMARK(BM_gil27_take_drop_uncontended);

// What a check point costs when nothing is requested: one relaxed load and a branch.
void BM_eval_breaker_poll(benchmark::State& state) {
  std::atomic<uint32_t> breaker{0};
  uint64_t handled = 0;
  for (auto _ : state) {
    if (__builtin_expect(breaker.load(std::memory_order_relaxed) != 0, 0)) handled++;
    benchmark::DoNotOptimize(handled);
  }
}
BENCHMARK(BM_eval_breaker_poll);

// Two threads that both want the GIL all the time, as under -X gilstress: each iteration
// is a round trip A -> B -> A, i.e. two hand-offs. Reported per hand-off (counter).
// Arg 0: the holders spin between polls (a CPU-bound holder: on a loaded 2-vCPU machine the
// woken waiter often needs a scheduler tick to get a CPU). Arg 1: they yield between polls,
// which leaves the CPU to the woken thread and shows the mechanism's own latency.
void BM_handoff_latency(benchmark::State& state) {
  const bool yield = state.range(0) != 0;
  std::atomic<uint32_t> breaker{0};
  Gil gil;
  create_gil(&gil, &breaker);
  gil.stress.store(true);  // a waiter asks at once: no interval in the measurement
  int a, b;
  std::atomic<bool> stop{false};
  take_gil(&gil, &a);
  std::thread other([&] {
    take_gil(&gil, &b);
    while (!stop.load(std::memory_order_relaxed)) {
      if (yield) std::this_thread::yield();
      if (gil_drop_request(&gil)) {  // B's check point
        drop_gil(&gil, &b);
        take_gil(&gil, &b);
      }
    }
    drop_gil(&gil, &b);
  });
  for (auto _ : state) {
    while (!gil_drop_request(&gil))  // A's check points until B asks
      if (yield) std::this_thread::yield();
    drop_gil(&gil, &a);  // hands off to B (FORCE_SWITCHING)
    take_gil(&gil, &a);  // asks at once; B hands back at its next poll
  }
  stop.store(true);
  drop_gil(&gil, &a);
  other.join();
  // Seconds per hand-off (rate of hand-offs, inverted).
  state.counters["per_handoff"] = benchmark::Counter(
      double(state.iterations()) * 2, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_handoff_latency)->Arg(0)->Arg(1)->UseRealTime();

}  // namespace
}  // namespace gilpy::gil

BENCHMARK_MAIN();
