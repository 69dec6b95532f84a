// Tests of compare/load/python_repr: repr(str) and repr(float) as CPython prints them.
#include "compare/load/python_repr.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare {
namespace {

TEST(PythonRepr, Strings) {
  EXPECT_EQ(python_repr("nope"), "'nope'");
  EXPECT_EQ(python_repr("it's"), "\"it's\"");
  EXPECT_EQ(python_repr("a'b\"c"), "'a\\'b\"c'");
  EXPECT_EQ(python_repr("a\\b\n\t\x01"), "'a\\\\b\\n\\t\\x01'");
  EXPECT_EQ(python_repr("\xc3\xa9t\xc3\xa9"), "'\xc3\xa9t\xc3\xa9'");
}

TEST(PythonRepr, Floats) {
  EXPECT_EQ(python_float_repr(1.0), "1.0");
  EXPECT_EQ(python_float_repr(110.1), "110.1");
  EXPECT_EQ(python_float_repr(1.7638342073763937), "1.7638342073763937");
  EXPECT_EQ(python_float_repr(0.0), "0.0");
  EXPECT_EQ(python_float_repr(-0.0), "-0.0");
  EXPECT_EQ(python_float_repr(1e-06), "1e-06");
  EXPECT_EQ(python_float_repr(0.0001), "0.0001");
  EXPECT_EQ(python_float_repr(2.087224121094522e-06), "2.087224121094522e-06");
  EXPECT_EQ(python_float_repr(1e16), "1e+16");
  EXPECT_EQ(python_float_repr(1234567890123456.0), "1234567890123456.0");
  EXPECT_EQ(python_float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(python_float_repr(20000.0), "20000.0");
  EXPECT_EQ(python_float_repr(-2.5), "-2.5");
  EXPECT_EQ(python_float_repr(1.0 / 0.0), "inf");
}

}  // namespace
}  // namespace gilbench::compare
