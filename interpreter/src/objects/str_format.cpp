// String formatting: `%` (printf-style) and str.format(), delegating number layout to
// the C library's snprintf (glibc rounds exactly as CPython does). To be switched to the
// runtime's format-spec applier once gilpy-numeric lands it.
#include <cmath>
#include <cstdio>

#include "native.hpp"
#include "objects/int.hpp"
#include "runtime/float_format.hpp"

namespace gilpy {

// Apply a format spec ([[fill]align][sign][#][0][width][,][.prec][type]) to v, through
// the runtime's mini-language implementation.
std::string format_value(Value v, const std::string& spec) {
  TypeObject* t = type_of(v);
  if (!t->builtin) {
    Value m = t->lookup(intern("__format__"));
    if (!m.is_null()) return str(call2(m, v, new_str(spec)));
  }
  if (spec.empty()) return str(v);
  std::string error;
  auto parsed = parse_format_spec(spec, &error);
  if (!parsed) raise(rt().ValueError, error);
  const FormatSpec& fs = *parsed;
  if (v.is_double()) return format_double(v.as_double(), fs);
  int64_t i;
  if (is_intlike_small(v, i)) return format_int64(i, fs);
  if (is_kind(v, Kind::Int)) return format_bigint(as<IntObject>(v)->v, fs);
  if (is_kind(v, Kind::Str)) return format_string(as<StrObject>(v)->s, fs);
  if (!t->builtin)
    raisef(rt().TypeError, "unsupported format string passed to {}.__format__", t->name);
  return format_string(str(v), fs);
}

Value str_mod(Value fmtv, Value args) {
  const std::string& f = as<StrObject>(fmtv)->s;
  std::vector<Value> items;
  bool is_tuple = is_kind(args, Kind::Tuple);
  bool is_map =
      is_kind(args, Kind::Dict) ||
      (!type_of(args)->builtin && !type_of(args)->lookup(intern("__getitem__")).is_null());
  if (is_tuple)
    items = as<TupleObject>(args)->items;
  else
    items.push_back(args);
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
    PrintfSpec ps;
    ps.left = flags.find('-') != std::string::npos;
    ps.plus = flags.find('+') != std::string::npos;
    ps.space = flags.find(' ') != std::string::npos;
    ps.alternate = flags.find('#') != std::string::npos;
    ps.zero = flags.find('0') != std::string::npos;
    ps.width = width > 0 ? width : -1;
    ps.precision = prec;
    ps.conversion = conv;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
        out += printf_format_string(conv == 's' ? str(v) : repr(v), ps);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        Value iv = v;
        if (v.is_double()) {
          if (conv != 'd' && conv != 'i' && conv != 'u')
            raisef(rt().TypeError, "%{} format: an integer is required, not float", conv);
          iv = int_from_double(v.as_double());
        } else if (!is_int(v)) {
          raisef(rt().TypeError, "%{} format: {} is required, not {}", conv,
                 (conv == 'x' || conv == 'X' || conv == 'o') ? "an integer" : "a real number",
                 type_name(v));
        }
        int64_t small;
        out += is_intlike_small(iv, small) ? printf_format_int64(small, ps)
                                           : printf_format_bigint(as<IntObject>(iv)->v, ps);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        if (!v.is_double() && !is_int(v))
          raisef(rt().TypeError, "must be real number, not {}", type_name(v));
        out += printf_format_double(to_double(v), ps);
        break;
      case 'c': {
        std::string body = is_kind(v, Kind::Str) ? as<StrObject>(v)->s : utf8_encode(to_index(v));
        out += printf_format_string(body, ps);
        break;
      }
      default:
        raisef(rt().ValueError, "unsupported format character '{}' (0x{:x}) at index {}", conv,
               int(conv), i);
    }
  }
  if (ai < items.size() && !is_map)
    raise(rt().TypeError, "not all arguments converted during string formatting");
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
      if (auto_idx + 1 >= a.n)
        raisef(rt().IndexError, "Replacement index {} out of range for positional args tuple",
               auto_idx);
      v = a.v[1 + auto_idx++];
    } else if (isdigit((unsigned char)head[0])) {
      int idx = std::stoi(head);
      if (idx + 1 >= a.n)
        raisef(rt().IndexError, "Replacement index {} out of range for positional args tuple", idx);
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
        Value k = (!key.empty() && isdigit((unsigned char)key[0])) ? new_int(std::stoll(key))
                                                                   : new_str(key);
        v = get_item(v, k);
        p = q + 1;
      }
    }
    if (conv == 'r')
      v = new_str(repr(v));
    else if (conv == 's')
      v = new_str(str(v));
    out += format_value(v, spec);
  }
  return new_str(std::move(out));
}

}  // namespace gilpy
