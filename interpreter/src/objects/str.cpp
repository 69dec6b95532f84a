// str: immutable byte strings (UTF-8 passes through; the subset indexes bytes).
#include <algorithm>

#include "native.hpp"
#include "objects/int.hpp"
#include "thread_state.hpp"

namespace gilpy {

StrObject::StrObject(std::string v) : Object(rt().str_type), s(std::move(v)) {}

Value new_str(std::string s) {
  if (s.size() == 1) {
    static StrObject* chars[256] = {};
    unsigned char c = (unsigned char)s[0];
    if (!chars[c]) chars[c] = intern(s);
    return Value::from_obj(chars[c]);
  }
  if (s.empty()) return Value::from_obj(intern(""));
  return Value::from_obj(new StrObject(std::move(s)));
}

bool str_contains(StrObject* s, Value item) {
  if (!is_kind(item, Kind::Str))
    raisef(rt().TypeError, "'in <string>' requires string as left operand, not {}",
           type_name(item));
  return s->s.find(as<StrObject>(item)->s) != std::string::npos;
}

namespace {

const std::string& self_str(const Args& a) {
  return as<StrObject>(a.v[0])->s;
}

bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c ||
         c == 0x1d || c == 0x1e || c == 0x1f;
}

Value strip_impl(const Args& a, bool left, bool right, const char* name) {
  check_args(a, name, 1, 2);
  const std::string& s = self_str(a);
  std::string chars;
  bool ws = a.n < 2 || a.v[1].is_none();
  if (!ws) chars = arg_str(a.v[1], name)->s;
  auto strip_it = [&](char c) { return ws ? is_ws(c) : chars.find(c) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip_it(s[b])) b++;
  if (right)
    while (e > b && strip_it(s[e - 1])) e--;
  return new_str(s.substr(b, e - b));
}

Value str_strip(const Args& a) {
  return strip_impl(a, true, true, "strip");
}
Value str_lstrip(const Args& a) {
  return strip_impl(a, true, false, "lstrip");
}
Value str_rstrip(const Args& a) {
  return strip_impl(a, false, true, "rstrip");
}

Value str_split(const Args& a) {
  check_args(a, "split", 1, 3, true);
  const std::string& s = self_str(a);
  Value sepv = a.n > 1 ? a.v[1] : a.kw("sep");
  Value maxv = a.n > 2 ? a.v[2] : a.kw("maxsplit");
  int64_t maxsplit = maxv.is_null() ? -1 : to_index(maxv);
  std::vector<Value> out;
  if (sepv.is_null() || sepv.is_none()) {
    size_t i = 0, n = s.size();
    while (i < n) {
      while (i < n && is_ws(s[i])) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {
        size_t e = n;
        while (e > i && is_ws(s[e - 1])) e--;
        out.push_back(new_str(s.substr(i, e - i)));
        break;
      }
      size_t j = i;
      while (j < n && !is_ws(s[j])) j++;
      out.push_back(new_str(s.substr(i, j - i)));
      i = j;
    }
  } else {
    const std::string& sep = arg_str(sepv, "split")->s;
    if (sep.empty()) raise(rt().ValueError, "empty separator");
    size_t i = 0;
    for (;;) {
      if (maxsplit >= 0 && int64_t(out.size()) == maxsplit) {
        out.push_back(new_str(s.substr(i)));
        break;
      }
      size_t j = s.find(sep, i);
      if (j == std::string::npos) {
        out.push_back(new_str(s.substr(i)));
        break;
      }
      out.push_back(new_str(s.substr(i, j - i)));
      i = j + sep.size();
    }
  }
  return new_list(std::move(out));
}

Value str_splitlines(const Args& a) {
  check_args(a, "splitlines", 1, 2, true);
  const std::string& s = self_str(a);
  Value kv = a.n > 1 ? a.v[1] : a.kw("keepends");
  bool keep = !kv.is_null() && truthy(kv);
  std::vector<Value> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') j++;
    size_t e = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') j++;
      j++;
    }
    out.push_back(new_str(s.substr(i, (keep ? j : e) - i)));
    i = j;
  }
  return new_list(std::move(out));
}

Value str_join(const Args& a) {
  check_args(a, "join", 2, 2);
  const std::string& sep = self_str(a);
  std::vector<Value> items = to_vector(a.v[1]);
  std::string out;
  for (size_t i = 0; i < items.size(); i++) {
    if (!is_kind(items[i], Kind::Str))
      raisef(rt().TypeError, "sequence item {}: expected str instance, {} found", i,
             type_name(items[i]));
    if (i) out += sep;
    out += as<StrObject>(items[i])->s;
  }
  return new_str(std::move(out));
}

bool affix(const Args& a, const char* name, bool start) {
  check_args(a, name, 2, 4);
  const std::string& s = self_str(a);
  int64_t n = int64_t(s.size());
  int64_t b = 0, e = n;
  if (a.n > 2 && !a.v[2].is_none()) b = to_index(a.v[2]);
  if (a.n > 3 && !a.v[3].is_none()) e = to_index(a.v[3]);
  if (b < 0) b = std::max<int64_t>(0, b + n);
  if (e < 0) e = std::max<int64_t>(0, e + n);
  e = std::min(e, n);
  std::string_view sub =
      b <= e ? std::string_view(s).substr(size_t(b), size_t(e - b)) : std::string_view();
  auto test = [&](Value p) {
    const std::string& x = arg_str(p, name)->s;
    if (b > n) return false;
    if (x.size() > sub.size()) return false;
    return start ? sub.substr(0, x.size()) == x : sub.substr(sub.size() - x.size()) == x;
  };
  if (is_kind(a.v[1], Kind::Tuple)) {
    for (Value p : as<TupleObject>(a.v[1])->items)
      if (test(p)) return true;
    return false;
  }
  return test(a.v[1]);
}
Value str_startswith(const Args& a) {
  return Value::boolean(affix(a, "startswith", true));
}
Value str_endswith(const Args& a) {
  return Value::boolean(affix(a, "endswith", false));
}

Value str_replace(const Args& a) {
  check_args(a, "replace", 3, 4);
  const std::string& s = self_str(a);
  const std::string& from = arg_str(a.v[1], "replace")->s;
  const std::string& to = arg_str(a.v[2], "replace")->s;
  int64_t count = a.n > 3 ? to_index(a.v[3]) : -1;
  std::string out;
  if (from.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); i++) {
      if (count < 0 || done < count) {
        out += to;
        done++;
      }
      if (i < s.size()) out += s[i];
    }
    return new_str(out);
  }
  size_t i = 0;
  int64_t done = 0;
  for (;;) {
    size_t j = (count >= 0 && done >= count) ? std::string::npos : s.find(from, i);
    if (j == std::string::npos) {
      out.append(s, i, std::string::npos);
      break;
    }
    out.append(s, i, j - i);
    out += to;
    i = j + from.size();
    done++;
  }
  return new_str(std::move(out));
}

int64_t find_impl(const Args& a, const char* name, bool reverse) {
  check_args(a, name, 2, 4);
  const std::string& s = self_str(a);
  const std::string& sub = arg_str(a.v[1], name)->s;
  int64_t n = int64_t(s.size());
  int64_t b = 0, e = n;
  if (a.n > 2 && !a.v[2].is_none()) b = to_index(a.v[2]);
  if (a.n > 3 && !a.v[3].is_none()) e = to_index(a.v[3]);
  if (b < 0) b = std::max<int64_t>(0, b + n);
  if (e < 0) e = std::max<int64_t>(0, e + n);
  e = std::min(e, n);
  if (b > e || int64_t(sub.size()) > e - b) return -1;
  std::string_view w = std::string_view(s).substr(size_t(b), size_t(e - b));
  size_t r = reverse ? w.rfind(sub) : w.find(sub);
  return r == std::string::npos ? -1 : int64_t(r) + b;
}
Value str_find(const Args& a) {
  return Value::from_small(find_impl(a, "find", false));
}
Value str_rfind(const Args& a) {
  return Value::from_small(find_impl(a, "rfind", true));
}
Value str_index(const Args& a) {
  int64_t r = find_impl(a, "index", false);
  if (r < 0) raise(rt().ValueError, "substring not found");
  return Value::from_small(r);
}
Value str_count(const Args& a) {
  check_args(a, "count", 2, 2);
  const std::string& s = self_str(a);
  const std::string& sub = arg_str(a.v[1], "count")->s;
  if (sub.empty()) return Value::from_small(int64_t(s.size()) + 1);
  int64_t c = 0;
  for (size_t i = s.find(sub); i != std::string::npos; i = s.find(sub, i + sub.size())) c++;
  return Value::from_small(c);
}

Value map_chars(const Args& a, int (*f)(int)) {
  check_args(a, "case", 1, 1);
  std::string s = self_str(a);
  for (char& c : s) c = char(f((unsigned char)c));
  return new_str(std::move(s));
}
Value str_upper(const Args& a) {
  return map_chars(a, ::toupper);
}
Value str_lower(const Args& a) {
  return map_chars(a, ::tolower);
}
Value str_capitalize(const Args& a) {
  std::string s = self_str(a);
  for (size_t i = 0; i < s.size(); i++)
    s[i] = char(i ? tolower((unsigned char)s[i]) : toupper((unsigned char)s[i]));
  return new_str(std::move(s));
}

Value test_chars(const Args& a, int (*f)(int)) {
  const std::string& s = self_str(a);
  if (s.empty()) return Value::boolean(false);
  for (char c : s)
    if (!f((unsigned char)c)) return Value::boolean(false);
  return Value::boolean(true);
}
Value str_isdigit(const Args& a) {
  return test_chars(a, ::isdigit);
}
Value str_isalpha(const Args& a) {
  return test_chars(a, ::isalpha);
}
Value str_isalnum(const Args& a) {
  return test_chars(a, ::isalnum);
}
Value str_isspace(const Args& a) {
  return test_chars(a, ::isspace);
}
Value str_isupper(const Args& a) {
  const std::string& s = self_str(a);
  bool any = false;
  for (char c : s) {
    if (islower((unsigned char)c)) return Value::boolean(false);
    if (isupper((unsigned char)c)) any = true;
  }
  return Value::boolean(any);
}
Value str_islower(const Args& a) {
  const std::string& s = self_str(a);
  bool any = false;
  for (char c : s) {
    if (isupper((unsigned char)c)) return Value::boolean(false);
    if (islower((unsigned char)c)) any = true;
  }
  return Value::boolean(any);
}

Value pad(const Args& a, const char* name, int where) {
  check_args(a, name, 2, 3);
  const std::string& s = self_str(a);
  int64_t w = to_index(a.v[1]);
  char fill = ' ';
  if (a.n > 2) {
    const std::string& f = arg_str(a.v[2], name)->s;
    if (f.size() != 1)
      raise(rt().TypeError, "The fill character must be exactly one character long");
    fill = f[0];
  }
  if (w <= int64_t(s.size())) return a.v[0];
  size_t total = size_t(w) - s.size();
  size_t left = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & size_t(w) & 1);
  return new_str(std::string(left, fill) + s + std::string(total - left, fill));
}
Value str_ljust(const Args& a) {
  return pad(a, "ljust", 0);
}
Value str_rjust(const Args& a) {
  return pad(a, "rjust", 2);
}
Value str_center(const Args& a) {
  return pad(a, "center", 1);
}
Value str_zfill(const Args& a) {
  check_args(a, "zfill", 2, 2);
  std::string s = self_str(a);
  int64_t w = to_index(a.v[1]);
  if (w <= int64_t(s.size())) return a.v[0];
  size_t fill = size_t(w) - s.size();
  size_t at = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  s.insert(at, std::string(fill, '0'));
  return new_str(std::move(s));
}

Value str_partition(const Args& a) {
  check_args(a, "partition", 2, 2);
  const std::string& s = self_str(a);
  const std::string& sep = arg_str(a.v[1], "partition")->s;
  size_t i = s.find(sep);
  if (i == std::string::npos) return new_tuple({a.v[0], new_str(""), new_str("")});
  return new_tuple({new_str(s.substr(0, i)), a.v[1], new_str(s.substr(i + sep.size()))});
}

Value str_ctor(const Args& a) {
  check_args(a, "str", 0, 1);
  if (a.n == 0) return new_str("");
  if (is_type(a.v[0], rt().str_type)) return a.v[0];
  return new_str(str(a.v[0]));
}

}  // namespace

Value str_format_method(const Args& a);  // objects/str_format.cpp

void init_str_type() {
  TypeObject* t = rt().str_type;
  t->ctor = str_ctor;
  add_method(t, "strip", str_strip);
  add_method(t, "lstrip", str_lstrip);
  add_method(t, "rstrip", str_rstrip);
  add_method(t, "split", str_split);
  add_method(t, "splitlines", str_splitlines);
  add_method(t, "join", str_join);
  add_method(t, "startswith", str_startswith);
  add_method(t, "endswith", str_endswith);
  add_method(t, "replace", str_replace);
  add_method(t, "find", str_find);
  add_method(t, "rfind", str_rfind);
  add_method(t, "index", str_index);
  add_method(t, "count", str_count);
  add_method(t, "upper", str_upper);
  add_method(t, "lower", str_lower);
  add_method(t, "capitalize", str_capitalize);
  add_method(t, "isdigit", str_isdigit);
  add_method(t, "isalpha", str_isalpha);
  add_method(t, "isalnum", str_isalnum);
  add_method(t, "isspace", str_isspace);
  add_method(t, "isupper", str_isupper);
  add_method(t, "islower", str_islower);
  add_method(t, "ljust", str_ljust);
  add_method(t, "rjust", str_rjust);
  add_method(t, "center", str_center);
  add_method(t, "zfill", str_zfill);
  add_method(t, "partition", str_partition);
  add_method(t, "format", str_format_method);
}

}  // namespace gilpy
