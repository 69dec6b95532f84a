// bpo-20891 in the on-demand build: a foreign thread enters while the main thread runs
// bytecode and the GIL does not exist yet. Safe creation (default): the main thread makes
// no progress while the foreign thread holds the GIL. -X gilcreate=racy (3.6's creation):
// both run at once. Not run under ThreadSanitizer: the racy case is a data race by design.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "gilpy/gilpy.hpp"

namespace {

// Main loops in Python; a foreign thread enters once the loop runs, reads the counter,
// keeps the GIL for 100 ms (a C++ sleep standing for C code that does not release it),
// reads again and stops the loop. Returns the main thread's progress in that window.
long progress_while_foreign_holds(gilpy::Interpreter& interp) {
  EXPECT_TRUE(interp.run("n = 0\nseen = -1\nafter = -1\ndone = False").ok);
  std::thread foreign([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let main enter the loop
    gilpy::GilGuard g;
    interp.run("seen = n");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    interp.run("after = n\ndone = True");
  });
  gilpy::RunResult r = interp.run("while not done:\n    n += 1\n");
  foreign.join();
  EXPECT_TRUE(r.ok) << r.error_message;
  long seen = std::stol(interp.eval("seen").value);
  long after = std::stol(interp.eval("after").value);
  EXPECT_GT(seen, 0) << "the main loop had not started";
  return after - seen;
}

TEST(Bpo20891, SafeCreationBlocksTheMainThread) {
  gilpy::Interpreter interp;
  ASSERT_TRUE(interp.run("import sys").ok);
  EXPECT_EQ(interp.eval("sys._gil_exists()").value, "False");
  EXPECT_EQ(progress_while_foreign_holds(interp), 0);
}

TEST(Bpo20891, RacyCreationLetsBothRun) {
  ASSERT_TRUE(gilpy::set_option("gilcreate=racy"));
  gilpy::Interpreter interp;
  EXPECT_GT(progress_while_foreign_holds(interp), 0);
}

}  // namespace
