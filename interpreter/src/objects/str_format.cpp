// String formatting: `%` (printf-style) and str.format(), delegating number layout to
// the C library's snprintf (glibc rounds exactly as CPython does). To be switched to the
// runtime's format-spec applier once gilpy-numeric lands it.
#include <cmath>
#include <cstdio>

#include "native.hpp"
#include "objects/int.hpp"

namespace gilpy {

std::string float_repr_str(double d);  // objects/float.cpp

namespace {

std::string fmt_double(char conv, int prec, double d, const std::string& flags, int width) {
  if (std::isinf(d) || std::isnan(d)) {
    std::string s = std::isnan(d) ? "nan" : (d < 0 ? "-inf" : "inf");
    if (std::isinf(d) && d > 0 && flags.find('+') != std::string::npos) s = "+inf";
    if (conv == 'F' || conv == 'E' || conv == 'G') for (char& c : s) c = char(toupper(c));
    if (int(s.size()) < width) s = flags.find('-') != std::string::npos ? s + std::string(size_t(width) - s.size(), ' ') : std::string(size_t(width) - s.size(), ' ') + s;
    return s;
  }
  std::string spec = "%" + flags + (width > 0 ? std::to_string(width) : "") + "." + std::to_string(prec) + conv;
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, spec.c_str(), d);
  if (n >= int(sizeof buf)) {
    std::string big(size_t(n) + 1, '\0');
    std::snprintf(big.data(), big.size(), spec.c_str(), d);
    big.resize(size_t(n));
    return big;
  }
  return std::string(buf, size_t(n));
}

std::string pad_to(std::string s, int width, char align, char fill) {
  if (width <= int(s.size())) return s;
  size_t total = size_t(width) - s.size();
  if (align == '<') return s + std::string(total, fill);
  if (align == '^') return std::string(total / 2, fill) + s + std::string(total - total / 2, fill);
  if (align == '=') {
    size_t at = (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) ? 1 : 0;
    return s.substr(0, at) + std::string(total, fill) + s.substr(at);
  }
  return std::string(total, fill) + s;
}

std::string int_to_base(Value v, int base, bool upper) {
  BigInt b = int_to_big(v);
  std::string s = b.abs().to_string(base);
  if (upper) for (char& c : s) c = char(toupper(c));
  return (b.is_negative() ? "-" : "") + s;
}

std::string group(std::string digits, char sep) {
  size_t start = (!digits.empty() && digits[0] == '-') ? 1 : 0;
  size_t end = digits.find('.');
  if (end == std::string::npos) end = digits.size();
  std::string out = digits.substr(end);
  int cnt = 0;
  for (size_t i = end; i > start; i--) {
    if (cnt == 3) {
      out.insert(out.begin(), sep);
      cnt = 0;
    }
    out.insert(out.begin(), digits[i - 1]);
    cnt++;
  }
  return digits.substr(0, start) + out;
}

}  // namespace

// Apply a format spec ([[fill]align][sign][#][0][width][,][.prec][type]) to v.
std::string format_value(Value v, const std::string& spec) {
  if (!type_of(v)->builtin) {
    Value m = type_of(v)->lookup(intern("__format__"));
    if (!m.is_null()) return str(call2(m, v, new_str(spec)));
    if (spec.empty()) return str(v);
  }
  size_t i = 0;
  char fill = ' ', align = 0, sign = '-';
  bool alt = false, zero = false;
  char grouping = 0;
  int width = -1, prec = -1;
  char type = 0;
  if (spec.size() >= 2 && strchr("<>=^", spec[1])) {
    fill = spec[0];
    align = spec[1];
    i = 2;
  } else if (!spec.empty() && strchr("<>=^", spec[0])) {
    align = spec[0];
    i = 1;
  }
  if (i < spec.size() && strchr("+- ", spec[i])) sign = spec[i++];
  if (i < spec.size() && spec[i] == '#') {
    alt = true;
    i++;
  }
  if (i < spec.size() && spec[i] == '0') {
    zero = true;
    i++;
  }
  while (i < spec.size() && isdigit((unsigned char)spec[i])) width = std::max(width, 0) * 10 + (spec[i++] - '0');
  if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) grouping = spec[i++];
  if (i < spec.size() && spec[i] == '.') {
    i++;
    prec = 0;
    if (i >= spec.size() || !isdigit((unsigned char)spec[i])) raise(rt().ValueError, "Format specifier missing precision");
    while (i < spec.size() && isdigit((unsigned char)spec[i])) prec = prec * 10 + (spec[i++] - '0');
  }
  if (i < spec.size()) type = spec[i++];
  if (i != spec.size()) raise(rt().ValueError, "Invalid format specifier");
  if (zero && !align) {
    fill = '0';
    align = '=';
  }
  std::string body;
  bool numeric = v.is_double() || is_int(v);
  if (is_kind(v, Kind::Str) || (!numeric && type == 0) || type == 's') {
    if (numeric && type == 's') raisef(rt().ValueError, "Unknown format code 's' for object of type '{}'", type_name(v));
    body = is_kind(v, Kind::Str) ? as<StrObject>(v)->s : str(v);
    if (prec >= 0 && int(body.size()) > prec) body = body.substr(0, size_t(prec));
    return pad_to(body, width, align ? align : '<', fill);
  }
  if (is_int(v) && (type == 0 || type == 'd' || type == 'x' || type == 'X' || type == 'o' || type == 'b' || type == 'c' || type == 'n')) {
    if (type == 'c') return pad_to(std::string(1, char(to_index(v))), width, align ? align : '>', fill);
    int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
    std::string digits = int_to_base(v, base, type == 'X');
    bool neg = digits[0] == '-';
    if (neg) digits = digits.substr(1);
    if (grouping) digits = group(digits, grouping);
    std::string prefix = neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    if (alt && base != 10) prefix += base == 16 ? (type == 'X' ? "0X" : "0x") : base == 8 ? "0o" : "0b";
    if (align == '=' || (!align && zero)) {
      int w = width - int(prefix.size());
      if (w > int(digits.size())) digits = std::string(size_t(w) - digits.size(), fill) + digits;
      return prefix + digits;
    }
    return pad_to(prefix + digits, width, align ? align : '>', fill);
  }
  if (!numeric) raisef(rt().ValueError, "Unknown format code '{}' for object of type '{}'", type, type_name(v));
  double d = to_double(v);
  std::string flags;
  if (sign == '+') flags += '+';
  if (sign == ' ') flags += ' ';
  if (alt) flags += '#';
  if (type == 0 && prec < 0) {
    body = float_repr_str(d);
    if (is_int(v)) body = str(v);
    if (sign == '+' && d >= 0) body = "+" + body;
    if (sign == ' ' && d >= 0) body = " " + body;
  } else {
    char conv = type == 0 ? 'g' : type == '%' ? 'f' : type == 'n' ? 'g' : type;
    if (!strchr("eEfFgG", conv)) raisef(rt().ValueError, "Unknown format code '{}' for object of type '{}'", type, type_name(v));
    if (type == '%') d *= 100;
    body = fmt_double(conv, prec < 0 ? 6 : prec, d, flags, 0);
    if (type == 0 && body.find_first_of(".en") == std::string::npos) body += ".0";
    if (type == '%') body += '%';
  }
  if (grouping) body = group(body, grouping);
  if (align == '=') {
    size_t at = (!body.empty() && strchr("+- ", body[0])) ? 1 : 0;
    if (width > int(body.size())) body.insert(at, std::string(size_t(width) - body.size(), fill));
    return body;
  }
  return pad_to(body, width, align ? align : '>', fill);
}

Value str_mod(Value fmtv, Value args) {
  const std::string& f = as<StrObject>(fmtv)->s;
  std::vector<Value> items;
  bool is_tuple = is_kind(args, Kind::Tuple);
  bool is_map = is_kind(args, Kind::Dict) || (!type_of(args)->builtin && !type_of(args)->lookup(intern("__getitem__")).is_null());
  if (is_tuple) items = as<TupleObject>(args)->items;
  else items.push_back(args);
  size_t ai = 0;
  std::string out;
  auto next = [&]() -> Value {
    if (ai >= items.size()) raise(rt().TypeError, "not enough arguments for format string");
    return items[ai++];
  };
  for (size_t i = 0; i < f.size(); i++) {
    char c = f[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= f.size()) raise(rt().ValueError, "incomplete format");
    Value mapped = Value::null();
    if (f[i] == '(') {
      size_t e = f.find(')', i);
      if (e == std::string::npos) raise(rt().ValueError, "incomplete format key");
      if (!is_map) raise(rt().TypeError, "format requires a mapping");
      mapped = get_item(args, new_str(f.substr(i + 1, e - i - 1)));
      i = e + 1;
    }
    std::string flags;
    while (i < f.size() && strchr("-+ #0", f[i])) flags += f[i++];
    int width = 0, prec = -1;
    if (i < f.size() && f[i] == '*') {
      width = int(to_index(next()));
      i++;
    }
    while (i < f.size() && isdigit((unsigned char)f[i])) width = width * 10 + (f[i++] - '0');
    if (i < f.size() && f[i] == '.') {
      i++;
      prec = 0;
      if (i < f.size() && f[i] == '*') {
        prec = int(to_index(next()));
        i++;
      }
      while (i < f.size() && isdigit((unsigned char)f[i])) prec = prec * 10 + (f[i++] - '0');
    }
    if (i >= f.size()) raise(rt().ValueError, "incomplete format");
    char conv = f[i];
    if (conv == '%') {
      out += '%';
      continue;
    }
    Value v = mapped.is_null() ? next() : mapped;
    bool left = flags.find('-') != std::string::npos;
    std::string body;
    switch (conv) {
      case 's': case 'r': case 'a':
        body = conv == 's' ? str(v) : repr(v);
        if (prec >= 0 && int(body.size()) > prec) body = body.substr(0, size_t(prec));
        break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Value iv = v;
        if (v.is_double()) iv = int_from_double(v.as_double());
        else if (!is_int(v)) raisef(rt().TypeError, "%{} format: a real number is required, not {}", conv, type_name(v));
        int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
        std::string digits = int_to_base(iv, base, conv == 'X');
        bool neg = digits[0] == '-';
        if (neg) digits = digits.substr(1);
        if (prec >= 0 && int(digits.size()) < prec) digits = std::string(size_t(prec) - digits.size(), '0') + digits;
        std::string prefix = neg ? "-" : flags.find('+') != std::string::npos ? "+" : flags.find(' ') != std::string::npos ? " " : "";
        if (flags.find('#') != std::string::npos && base != 10) prefix += base == 16 ? (conv == 'X' ? "0X" : "0x") : "0o";
        if (flags.find('0') != std::string::npos && !left && width > int(prefix.size() + digits.size()))
          digits = std::string(size_t(width) - prefix.size() - digits.size(), '0') + digits;
        body = prefix + digits;
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        if (!v.is_double() && !is_int(v)) raisef(rt().TypeError, "must be real number, not {}", type_name(v));
        std::string fl;
        for (char ch : flags)
          if (ch != '-') fl += ch;
        body = fmt_double(conv, prec < 0 ? 6 : prec, to_double(v), fl, left ? 0 : width);
        break;
      }
      case 'c':
        body = is_kind(v, Kind::Str) ? as<StrObject>(v)->s : std::string(1, char(to_index(v)));
        break;
      default:
        raisef(rt().ValueError, "unsupported format character '{}' (0x{:x}) at index {}", conv, int(conv), i);
    }
    if (int(body.size()) < width) body = left ? body + std::string(size_t(width) - body.size(), ' ') : std::string(size_t(width) - body.size(), ' ') + body;
    out += body;
  }
  if (ai < items.size() && !is_map) raise(rt().TypeError, "not all arguments converted during string formatting");
  return new_str(std::move(out));
}

Value str_format_method(const Args& a) {
  const std::string& f = as<StrObject>(a.v[0])->s;
  std::string out;
  int auto_idx = 0;
  for (size_t i = 0; i < f.size(); i++) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out += '}';
        i++;
        continue;
      }
      raise(rt().ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      i++;
      continue;
    }
    size_t e = i + 1;
    int depth = 1;
    while (e < f.size() && depth) {
      if (f[e] == '{') depth++;
      if (f[e] == '}') depth--;
      if (depth) e++;
    }
    if (e >= f.size()) raise(rt().ValueError, "expected '}' before end of string");
    std::string field = f.substr(i + 1, e - i - 1);
    i = e;
    std::string spec;
    char conv = 0;
    size_t colon = field.find(':');
    if (colon != std::string::npos) {
      spec = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    size_t bang = field.find('!');
    if (bang != std::string::npos) {
      conv = bang + 1 < field.size() ? field[bang + 1] : 0;
      field = field.substr(0, bang);
    }
    // field name: [arg_name] ("." attr | "[" key "]")*
    size_t p = 0;
    while (p < field.size() && field[p] != '.' && field[p] != '[') p++;
    std::string head = field.substr(0, p);
    Value v;
    if (head.empty()) {
      if (auto_idx + 1 >= a.n) raisef(rt().IndexError, "Replacement index {} out of range for positional args tuple", auto_idx);
      v = a.v[1 + auto_idx++];
    } else if (isdigit((unsigned char)head[0])) {
      int idx = std::stoi(head);
      if (idx + 1 >= a.n) raisef(rt().IndexError, "Replacement index {} out of range for positional args tuple", idx);
      v = a.v[1 + idx];
    } else {
      v = a.kw(head);
      if (v.is_null()) raise(rt().KeyError, "'" + head + "'");
    }
    while (p < field.size()) {
      if (field[p] == '.') {
        size_t q = p + 1;
        while (q < field.size() && field[q] != '.' && field[q] != '[') q++;
        v = get_attr(v, intern(field.substr(p + 1, q - p - 1)));
        p = q;
      } else {
        size_t q = field.find(']', p);
        std::string key = field.substr(p + 1, q - p - 1);
        Value k = (!key.empty() && isdigit((unsigned char)key[0])) ? new_int(std::stoll(key)) : new_str(key);
        v = get_item(v, k);
        p = q + 1;
      }
    }
    if (conv == 'r') v = new_str(repr(v));
    else if (conv == 's') v = new_str(str(v));
    out += format_value(v, spec);
  }
  return new_str(std::move(out));
}

}  // namespace gilpy
