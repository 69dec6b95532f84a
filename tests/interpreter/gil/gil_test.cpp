// Property tests of the GIL primitives (src/gil/ceval_gil.cpp) driven by plain threads:
// the drop request, FORCE_SWITCHING, the switch interval, the 2.7 lock. No assertion
// depends on elapsed time; threads wait for each other through the GIL's own counters.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "gil/gil.hpp"

namespace gilpy::gil {
namespace {

struct Fixture : ::testing::Test {
  std::atomic<uint32_t> breaker{0};
  Gil gil;
  int holder_a = 0, holder_b = 0;  // identities
  const void* A = &holder_a;
  const void* B = &holder_b;
  void SetUp() override { create_gil(&gil, &breaker); }
};

// Spin (yielding) until pred() holds: ordering without clocks.
template <class P>
void await(P pred) {
  while (!pred()) std::this_thread::yield();
}

TEST_F(Fixture, UncontendedTakeDropNeverRequests) {
  for (int i = 0; i < 1000; i++) {
    take_gil(&gil, A);
    drop_gil(&gil, A);
  }
  GilStatsSnapshot s = snapshot(gil.stats);
  EXPECT_EQ(s.acquisitions, 1000u);
  EXPECT_EQ(s.drop_requests, 0u);
  EXPECT_EQ(s.forced_switches, 0u);
  EXPECT_EQ(s.waits, 0u);
  EXPECT_EQ(s.switches, 1u);  // only the first take changes last_holder
  EXPECT_EQ(gil.locked.load(), 0);
}

TEST_F(Fixture, WaiterPostsDropRequestOnlyWhileHeld) {
  set_switch_interval(&gil, 1e-6);
  take_gil(&gil, A);
  std::thread w([&] {
    take_gil(&gil, B);
    drop_gil(&gil, B);
  });
  await([&] { return gil_drop_request(&gil); });  // B timed out with A holding
  EXPECT_GE(gil.stats.drop_requests.load(), 1u);  // posted after a timed-out wait
  drop_gil(&gil, A);  // FORCE_SWITCHING: returns only once B took the GIL
  EXPECT_NE(gil.last_holder.load(), A);
  w.join();
  EXPECT_FALSE(gil_drop_request(&gil));  // the taker (or the forced dropper) cleared it
}

// The holder's poll loop, as the eval loop's check points: a request is honoured at the
// first poll that sees it, and every honoured request is a real hand-off.
TEST_F(Fixture, DropRequestHonouredAtFirstPoll) {
  set_switch_interval(&gil, 1e-6);
  constexpr int kHandoffs = 200;
  std::atomic<int> b_turns{0};
  std::atomic<bool> done{false};
  int polls_seeing_request = 0, honoured = 0;
  take_gil(&gil, A);
  std::thread w([&] {
    while (!done.load()) {
      take_gil(&gil, B);
      b_turns.fetch_add(1);
      drop_gil(&gil, B);
    }
  });
  while (honoured < kHandoffs) {
    if (gil_drop_request(&gil)) {  // check point
      polls_seeing_request++;
      unsigned long before = gil.switch_number.load();
      int turns = b_turns.load();
      drop_gil(&gil, A);
      take_gil(&gil, A);
      EXPECT_GE(gil.switch_number.load(), before + 2);  // A -> B -> A
      EXPECT_GT(b_turns.load(), turns);                 // B really ran in between
      honoured++;
    }
  }
  done.store(true);
  drop_gil(&gil, A);
  w.join();
  EXPECT_EQ(polls_seeing_request, kHandoffs);  // no request needed a second poll
}

TEST_F(Fixture, ReleaseWithoutRequestReturnsAndRetakes) {
  take_gil(&gil, A);
  unsigned long sn = gil.switch_number.load();
  drop_gil(&gil, A);  // nobody asked: no hand-off wait
  take_gil(&gil, A);
  EXPECT_EQ(gil.switch_number.load(), sn);
  EXPECT_EQ(gil.stats.forced_switches.load(), 0u);
  drop_gil(&gil, A);
}

TEST_F(Fixture, ForcedDropHandsOffToTheWaiter) {
  gil.interval.store(1000000000ul);  // B waits without asking
  take_gil(&gil, A);
  std::atomic<bool> b_in{false};
  std::thread w([&] {
    take_gil(&gil, B);
    b_in.store(true);
    drop_gil(&gil, B);
  });
  await([&] { return gil.stats.waits.load() == 1; });  // B is waiting
  set_gil_drop_request(&gil);                          // as if a third thread had asked
  drop_gil(&gil, A);  // forced hand-off: returns once B has the GIL
  EXPECT_NE(gil.last_holder.load(), A);
  w.join();
  EXPECT_TRUE(b_in.load());
  EXPECT_FALSE(gil_drop_request(&gil));  // cleared by the forced dropper or by B's take
  // 0 when B took the GIL (and cleared the request) before A looked at it again.
  EXPECT_LE(gil.stats.forced_switches.load(), 1u);
}

TEST_F(Fixture, StressRequestsAtOnce) {
  gil.stress.store(true);
  gil.interval.store(1000000000ul);  // 1000 s: only stress can explain a request
  take_gil(&gil, A);
  std::thread w([&] {
    take_gil(&gil, B);
    drop_gil(&gil, B);
  });
  await([&] { return gil_drop_request(&gil); });
  drop_gil(&gil, A);
  EXPECT_NE(gil.last_holder.load(), A);
  w.join();
}

TEST(SwitchInterval, TruncatesToMicroseconds) {
  Gil gil;
  set_switch_interval(&gil, 0.005);
  EXPECT_EQ(gil.interval.load(), 5000u);
  EXPECT_DOUBLE_EQ(get_switch_interval(&gil), 0.005);
  set_switch_interval(&gil, 1e-7);  // as CPython: stored as 0, reported as 0.0
  EXPECT_EQ(gil.interval.load(), 0u);
  EXPECT_EQ(get_switch_interval(&gil), 0.0);
  set_switch_interval(&gil, 2.5e-6);
  EXPECT_EQ(gil.interval.load(), 2u);
}

TEST(SwitchInterval, ZeroIntervalStillWaitsAndRequests) {
  std::atomic<uint32_t> breaker{0};
  Gil gil;
  create_gil(&gil, &breaker);
  set_switch_interval(&gil, 1e-7);  // clamped to 1 µs at use
  int a, b;
  take_gil(&gil, &a);
  std::thread w([&] {
    take_gil(&gil, &b);
    drop_gil(&gil, &b);
  });
  await([&] { return gil_drop_request(&gil); });
  drop_gil(&gil, &a);
  w.join();
  EXPECT_GE(gil.stats.drop_requests.load(), 1u);
}

TEST(Gil27, ReleaseReacquireWithoutHandoff) {
  Gil27 gil;
  create_gil27(&gil);
  int a;
  take_gil27(&gil, &a);
  for (int i = 0; i < 100; i++) {  // a lone thread's tick: release, re-take at once
    drop_gil27(&gil);
    take_gil27(&gil, &a);
  }
  drop_gil27(&gil);
  EXPECT_EQ(gil.stats.acquisitions.load(), 101u);
  EXPECT_EQ(gil.stats.waits.load(), 0u);
  EXPECT_EQ(gil.stats.drop_requests.load(), 0u);
}

TEST(Gil27, MutualExclusion) {
  Gil27 gil;
  create_gil27(&gil);
  int counter = 0;  // protected by the lock only
  auto work = [&](const void* me) {
    for (int i = 0; i < 20000; i++) {
      take_gil27(&gil, me);
      counter++;
      drop_gil27(&gil);
    }
  };
  int a, b;
  std::thread t1(work, &a), t2(work, &b);
  t1.join();
  t2.join();
  EXPECT_EQ(counter, 40000);
}

TEST(Gil, MutualExclusionUnderContention) {
  std::atomic<uint32_t> breaker{0};
  Gil gil;
  create_gil(&gil, &breaker);
  set_switch_interval(&gil, 1e-6);
  int counter = 0;  // protected by the GIL only
  auto work = [&](const void* me) {
    take_gil(&gil, me);
    for (int i = 0; i < 20000; i++) {
      counter++;
      if (gil_drop_request(&gil)) {
        drop_gil(&gil, me);
        take_gil(&gil, me);
      }
    }
    drop_gil(&gil, me);
  };
  int a, b, c;
  std::thread t1(work, &a), t2(work, &b), t3(work, &c);
  t1.join();
  t2.join();
  t3.join();
  EXPECT_EQ(counter, 60000);
}

}  // namespace
}  // namespace gilpy::gil
