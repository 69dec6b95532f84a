// Tests for runtime/float_format.hpp: repr, float(), format() and printf-style
// conversions against output of CPython 3.11 (data/gen_format_cases.py wrote
// data/format_cases.inc).
#include "runtime/float_format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace gilpy {
namespace {

enum Status { kOk, kValueError, kOverflowError };

struct ReprCase {
  double value;
  const char* repr;
};

struct FormatCase {
  double value;
  const char* spec;
  Status status;
  const char* expected;
  const char* text = "";  // the str operand of kStringCases
};

struct IntFormatCase {
  const char* value;  // hex, as BigInt::parse(…, 0) reads it
  const char* spec;
  Status status;
  const char* expected;
};

struct PrintfCase {
  double value;
  const char* operand;    // int (hex) or str operand; empty for floats
  const char* directive;  // "%-10.3f|": one conversion and an optional literal tail
  const char* expected;
};

struct ParseFloatCase {
  const char* text;
  bool valid;
  double value;
};

#include "data/format_cases.inc"

bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return a == b && std::signbit(a) == std::signbit(b);
}

// Runs format_fn(spec) the way format() would and reports "!ValueError" etc.
template <typename Fn>
std::string run_format(const char* spec_text, Fn format_fn) {
  std::string error;
  auto spec = parse_format_spec(spec_text, &error);
  if (!spec) return "!ValueError";
  try {
    return format_fn(*spec);
  } catch (const std::invalid_argument&) {
    return "!ValueError";
  } catch (const std::overflow_error&) {
    return "!OverflowError";
  }
}

std::string expected_of(Status status, const char* text) {
  switch (status) {
    case kValueError:
      return "!ValueError";
    case kOverflowError:
      return "!OverflowError";
    default:
      return text;
  }
}

// Parses "%[flags][width][.precision]conv<tail>" into a PrintfSpec.
PrintfSpec parse_directive(std::string_view d, std::string* tail) {
  PrintfSpec spec;
  size_t pos = 1;
  for (; pos < d.size() && std::string_view("-+ #0").find(d[pos]) != std::string_view::npos;
       ++pos) {
    spec.left |= d[pos] == '-';
    spec.plus |= d[pos] == '+';
    spec.space |= d[pos] == ' ';
    spec.alternate |= d[pos] == '#';
    spec.zero |= d[pos] == '0';
  }
  auto number = [&]() {
    int64_t n = 0;
    while (pos < d.size() && std::isdigit(static_cast<unsigned char>(d[pos]))) {
      n = n * 10 + (d[pos++] - '0');
    }
    return n;
  };
  if (pos < d.size() && std::isdigit(static_cast<unsigned char>(d[pos]))) spec.width = number();
  if (pos < d.size() && d[pos] == '.') {
    ++pos;
    spec.precision = number();
  }
  spec.conversion = d[pos++];
  *tail = std::string(d.substr(pos));
  return spec;
}

TEST(FloatFormatTest, ReprMatchesCPython) {
  for (const auto& c : kReprCases) {
    EXPECT_EQ(float_repr(c.value), c.repr);
    if (!std::isnan(c.value)) {
      auto back = parse_float(c.repr);
      ASSERT_TRUE(back.has_value()) << c.repr;
      EXPECT_TRUE(same_double(*back, c.value)) << c.repr;
    }
  }
}

TEST(FloatFormatTest, ParseFloatFollowsPythonRules) {
  for (const auto& c : kParseFloatCases) {
    auto v = parse_float(c.text);
    EXPECT_EQ(v.has_value(), c.valid) << '"' << c.text << '"';
    if (v && c.valid) {
      EXPECT_TRUE(same_double(*v, c.value)) << '"' << c.text << "\" gave " << *v;
    }
  }
}

TEST(FloatFormatTest, FormatFloatMatchesCPython) {
  for (const auto& c : kFloatCases) {
    std::string got =
        run_format(c.spec, [&](const FormatSpec& s) { return format_double(c.value, s); });
    EXPECT_EQ(got, expected_of(c.status, c.expected))
        << "format(" << float_repr(c.value) << ", '" << c.spec << "')";
  }
}

TEST(FloatFormatTest, FormatIntMatchesCPython) {
  for (const auto& c : kIntCases) {
    BigInt n = *BigInt::parse(c.value, 0);
    std::string want = expected_of(c.status, c.expected);
    std::string got = run_format(c.spec, [&](const FormatSpec& s) { return format_bigint(n, s); });
    EXPECT_EQ(got, want) << "format(" << n.to_string() << ", '" << c.spec << "')";
    if (n.fits_int64()) {
      got = run_format(c.spec, [&](const FormatSpec& s) { return format_int64(n.to_int64(), s); });
      EXPECT_EQ(got, want) << "format_int64(" << n.to_string() << ", '" << c.spec << "')";
    }
  }
}

TEST(FloatFormatTest, FormatStringMatchesCPython) {
  for (const auto& c : kStringCases) {
    std::string got =
        run_format(c.spec, [&](const FormatSpec& s) { return format_string(c.text, s); });
    EXPECT_EQ(got, expected_of(c.status, c.expected))
        << "format('" << c.text << "', '" << c.spec << "')";
  }
}

TEST(FloatFormatTest, PrintfFloatMatchesCPython) {
  for (const auto& c : kPrintfFloatCases) {
    std::string tail;
    PrintfSpec spec = parse_directive(c.directive, &tail);
    EXPECT_EQ(printf_format_double(c.value, spec) + tail, c.expected)
        << c.directive << " % " << float_repr(c.value);
  }
}

TEST(FloatFormatTest, PrintfIntMatchesCPython) {
  for (const auto& c : kPrintfIntCases) {
    std::string tail;
    PrintfSpec spec = parse_directive(c.directive, &tail);
    BigInt n = *BigInt::parse(c.operand, 0);
    EXPECT_EQ(printf_format_bigint(n, spec) + tail, c.expected)
        << c.directive << " % " << c.operand;
    if (n.fits_int64()) {
      EXPECT_EQ(printf_format_int64(n.to_int64(), spec) + tail, c.expected)
          << c.directive << " % " << c.operand;
    }
  }
}

TEST(FloatFormatTest, PrintfStringMatchesCPython) {
  for (const auto& c : kPrintfStringCases) {
    std::string tail;
    PrintfSpec spec = parse_directive(c.directive, &tail);
    EXPECT_EQ(printf_format_string(c.operand, spec) + tail, c.expected)
        << c.directive << " % '" << c.operand << "'";
  }
}

TEST(FloatFormatTest, SpecParserRecordsEveryField) {
  std::string error;
  auto spec = parse_format_spec("*^+z#012_.3f", &error);
  ASSERT_TRUE(spec.has_value()) << error;
  EXPECT_EQ(spec->fill, "*");
  EXPECT_EQ(spec->align, '^');
  EXPECT_EQ(spec->sign, '+');
  EXPECT_TRUE(spec->no_neg_zero);
  EXPECT_TRUE(spec->alternate);
  EXPECT_FALSE(spec->zero_pad);  // an explicit fill makes '0' part of the width
  EXPECT_EQ(spec->width, 12);
  EXPECT_EQ(spec->grouping, '_');
  EXPECT_EQ(spec->precision, 3);
  EXPECT_EQ(spec->type, 'f');
  EXPECT_FALSE(parse_format_spec(".f", &error));
  EXPECT_EQ(error, "Format specifier missing precision");
  EXPECT_FALSE(parse_format_spec("99999999999999999999", &error));
  EXPECT_EQ(error, "Too many decimal digits in format string");
}

TEST(FloatFormatTest, Utf8Helpers) {
  EXPECT_EQ(utf8_encode(65), "A");
  EXPECT_EQ(utf8_encode(0xE9), "\xC3\xA9");
  EXPECT_EQ(utf8_encode(0x20AC), "\xE2\x82\xAC");
  EXPECT_EQ(utf8_encode(0x1F600), "\xF0\x9F\x98\x80");
  EXPECT_THROW(utf8_encode(0x110000), std::overflow_error);
  EXPECT_THROW(utf8_encode(-1), std::overflow_error);
  EXPECT_EQ(utf8_length("h\xC3\xA9llo"), 5U);
}

}  // namespace
}  // namespace gilpy
