// Tests of the embedding API (interpreter/include/gilpy/gilpy.hpp).
#include <gtest/gtest.h>

#include "gilpy/gilpy.hpp"

namespace {

TEST(GilpyApi, RunsSourceAndKeepsState) {
  gilpy::Interpreter interp;
  auto r = interp.run("x = 6 * 7\n");
  ASSERT_TRUE(r.ok) << r.error_type << ": " << r.error_message;
  auto v = interp.eval("x + 1");
  ASSERT_TRUE(v.ok);
  EXPECT_EQ(v.value, "43");
}

TEST(GilpyApi, ReportsExceptions) {
  gilpy::Interpreter interp;
  auto r = interp.run("1 // 0\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error_type, "ZeroDivisionError");
  EXPECT_EQ(r.error_message, "integer division or modulo by zero");
  EXPECT_EQ(r.exit_code, 1);
}

TEST(GilpyApi, ReportsSyntaxErrors) {
  gilpy::Interpreter interp;
  auto r = interp.run("def (:\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error_type, "SyntaxError");
}

TEST(GilpyApi, SystemExitCode) {
  gilpy::Interpreter interp;
  auto r = interp.run("import sys\nsys.exit(4)\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.exit_code, 4);
}

TEST(GilpyApi, EvalReprOfValues) {
  gilpy::Interpreter interp;
  EXPECT_EQ(interp.eval("[1, 'a', 2.5, None]").value, "[1, 'a', 2.5, None]");
  EXPECT_EQ(interp.eval("2 ** 70").value, "1180591620717411303424");
}

}  // namespace
