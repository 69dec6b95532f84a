// Tests of compare/pyperf/number_format: every row of pyperf-spec §5.1, bytes (§5.2), the
// integer unit and the generic formatter (§5.3–5.4), ratio texts.
#include "compare/pyperf/number_format.hpp"

#include <gtest/gtest.h>

namespace gilbench::compare::pyperf {
namespace {

std::string seconds(double value) {
  return format_seconds({value})[0];
}

TEST(NumberFormat, SecondsTable) {
  EXPECT_EQ(seconds(123.0), "123 sec");
  EXPECT_EQ(seconds(15.93), "15.9 sec");
  EXPECT_EQ(seconds(1.0), "1.00 sec");
  EXPECT_EQ(seconds(0.316), "316 ms");
  EXPECT_EQ(seconds(0.0418), "41.8 ms");
  EXPECT_EQ(seconds(0.00316), "3.16 ms");
  EXPECT_EQ(seconds(313e-6), "313 us");
  EXPECT_EQ(seconds(51.6e-6), "51.6 us");
  EXPECT_EQ(seconds(7.3e-6), "7.30 us");
  EXPECT_EQ(seconds(750e-9), "750 ns");
  EXPECT_EQ(seconds(34.9e-9), "34.9 ns");
  EXPECT_EQ(seconds(8.52e-9), "8.52 ns");
  EXPECT_EQ(seconds(0.0), "0.00 ns");
  EXPECT_EQ(seconds(-2.0), "-2.00 sec");
}

TEST(NumberFormat, SecondsGroupUsesTheFirstScale) {
  EXPECT_EQ(format_seconds({142e-6, 10e-6}), (std::vector<std::string>{"142 us", "10 us"}));
  EXPECT_EQ(format_seconds({58123.0, 192.4}), (std::vector<std::string>{"58123 sec", "192 sec"}));
  EXPECT_EQ(format_seconds({0.1, 0.0}), (std::vector<std::string>{"100 ms", "0 ms"}));
  EXPECT_EQ(format_seconds({2.0e-6, 0.36e-6}), (std::vector<std::string>{"2.00 us", "0.36 us"}));
}

TEST(NumberFormat, SecondsEdges) {
  EXPECT_EQ(seconds(0.001), "1.00 ms");
  EXPECT_EQ(seconds(1e-6), "1.00 us");
  EXPECT_EQ(seconds(0.0099999), "10.00 ms");  // scale chosen before rounding
  EXPECT_EQ(seconds(100.0), "100 sec");
  EXPECT_EQ(seconds(1e-9), "1.00 ns");
}

TEST(NumberFormat, Bytes) {
  EXPECT_EQ(format_bytes(1), "1 byte");
  EXPECT_EQ(format_bytes(0), "0 bytes");
  EXPECT_EQ(format_bytes(10239), "10239 bytes");
  EXPECT_EQ(format_bytes(10240), "10.0 KiB");
  EXPECT_EQ(format_bytes(34304), "33.5 KiB");
  EXPECT_EQ(format_bytes(10485760), "10240.0 KiB");
  EXPECT_EQ(format_bytes(12573109), "12.0 MiB");
}

TEST(NumberFormat, GenericNumber) {
  EXPECT_EQ(format_number(PyNumber{std::int64_t{100}}), "100");
  EXPECT_EQ(format_number(PyNumber{110.1}), "110.1");
  EXPECT_EQ(format_number(PyNumber{1.7638342073763937}), "1.7638342073763937");
  EXPECT_EQ(format_number(PyNumber{0.0}), "0.0");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{10000}}), "10^4");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{20000}}), "10^4");  // pyperf's quirk
  EXPECT_EQ(format_number(PyNumber{std::int64_t{30000}}), "10^4");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{12000}}), "12000");
  EXPECT_EQ(format_number(PyNumber{20000.0}), "10^4");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{9999}}), "9999");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{8192}}), "8192");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{16384}}), "2^14");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{32768}}), "2^15");
  EXPECT_EQ(format_number(PyNumber{32768.0}), "32768.0");  // 2^k only for ints
}

TEST(NumberFormat, UnitWords) {
  EXPECT_EQ(format_number(PyNumber{std::int64_t{0}}, "warmup"), "0 warmups");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{1}}, "warmup"), "1 warmup");
  EXPECT_EQ(format_number(PyNumber{std::int64_t{32768}}, "loop"), "2^15 loops");
}

TEST(NumberFormat, Units) {
  EXPECT_EQ(format_values("integer", {PyNumber{std::int64_t{100}}, PyNumber{1.7638342073763937}}),
            (std::vector<std::string>{"100", "1.7638342073763937"}));
  EXPECT_EQ(format_values("byte", {PyNumber{12573109.0}, PyNumber{34304.0}}),
            (std::vector<std::string>{"12.0 MiB", "33.5 KiB"}));
  EXPECT_EQ(format_values("second", {PyNumber{0.0123}, PyNumber{0.0}}),
            (std::vector<std::string>{"12.3 ms", "0.0 ms"}));
}

TEST(NumberFormat, RatioText) {
  EXPECT_EQ(ratio_text(1.0), "no change");
  EXPECT_EQ(ratio_text(1.004), "1.00x slower");
  EXPECT_EQ(ratio_text(1.05), "1.05x slower");
  EXPECT_EQ(ratio_text(0.5), "2.00x faster");
  EXPECT_EQ(ratio_text(0.999), "1.00x faster");
}

}  // namespace
}  // namespace gilbench::compare::pyperf
