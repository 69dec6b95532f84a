// Foreign (non-Python) threads entering gilpy through gil_ensure/gil_release (CPython's
// PyGILState_Ensure/Release, bpo-20891). Built twice: gil_foreign_test_eager and
// gil_foreign_test_ondemand (GILPY_GIL_BUILD), and again under ThreadSanitizer.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "gilpy/gilpy.hpp"

namespace {

gilpy::Interpreter& interp() {
  static gilpy::Interpreter i;
  return i;
}

std::string value(const std::string& expr) {
  gilpy::RunResult r = interp().eval(expr);
  EXPECT_TRUE(r.ok) << r.error_type << ": " << r.error_message;
  return r.value;
}

TEST(ForeignThread, GilExistsPerBuild) {
  interp();
  bool ondemand = std::string(gilpy::gil_build()) == "ondemand";
  ASSERT_TRUE(interp().run("import sys").ok);
  // Eager: created at start-up. On demand: nothing created by running Python alone.
  EXPECT_EQ(value("sys._gil_exists()"), ondemand ? "False" : "True");
  std::thread t([] {
    gilpy::GilGuard g;
    interp().run("x = 1");
  });
  t.join();
  EXPECT_EQ(value("sys._gil_exists()"), "True");
}

// A std::thread enters before any Python thread exists, runs Python code and leaves,
// 10,000 times: no crash, no deadlock, every update kept.
TEST(ForeignThread, EnterRunLeave10000Times) {
  ASSERT_TRUE(interp().run("n = 0").ok);
  for (int i = 0; i < 10000; i++) {
    std::thread t([] {
      gilpy::GilState s = gilpy::gil_ensure();
      gilpy::RunResult r = interp().run("n += 1");
      EXPECT_TRUE(r.ok);
      gilpy::gil_release(s);
    });
    t.join();
  }
  EXPECT_EQ(value("n"), "10000");
}

// The same while the main thread runs Python (a CPU-bound loop that only stops when the
// last foreign thread says so): each entry waits for the GIL like any waiter.
TEST(ForeignThread, EnterWhileMainRunsPython) {
  ASSERT_TRUE(
      interp().run("import sys\nsys.setswitchinterval(1e-5)\nk = 0\nspins = 0\nstop = False").ok);
  constexpr int kEntries = 2000;
  std::thread foreign([] {
    for (int i = 0; i < kEntries; i++) {
      std::thread t([i] {
        gilpy::GilGuard g;
        interp().run(i == kEntries - 1 ? "k += 1\nstop = True" : "k += 1");
      });
      t.join();
    }
  });
  gilpy::RunResult r = interp().run("while not stop:\n    spins += 1\n");
  foreign.join();
  ASSERT_TRUE(r.ok) << r.error_message;
  EXPECT_EQ(value("k"), std::to_string(kEntries));
  EXPECT_NE(value("spins"), "0");
}

// Nested ensure from a thread that already holds the GIL is a no-op.
TEST(ForeignThread, NestedEnsure) {
  interp();
  std::thread t([] {
    gilpy::GilState outer = gilpy::gil_ensure();
    gilpy::GilState inner = gilpy::gil_ensure();
    EXPECT_EQ(outer, gilpy::GilState::released);
    EXPECT_EQ(inner, gilpy::GilState::held);
    EXPECT_TRUE(interp().run("y = 2").ok);
    gilpy::gil_release(inner);
    EXPECT_TRUE(interp().run("y += 1").ok);
    gilpy::gil_release(outer);
  });
  t.join();
  EXPECT_EQ(value("y"), "3");
}

}  // namespace
