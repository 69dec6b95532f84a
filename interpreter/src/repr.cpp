// repr() and str() of every value, with CPython's layouts.
#include <cstdio>
#include <unordered_set>

#include "code.hpp"
#include "names.hpp"
#include "native.hpp"
#include "objects/int.hpp"
#include "thread_state.hpp"

namespace gilpy {

std::string float_repr_str(double d);

std::string str_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c == (unsigned char)q) {
          out += '\\';
          out += char(c);
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  out += q;
  return out;
}

namespace {

std::unordered_set<Object*> in_progress;  // containers being printed (for [...])

struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* x) : o(x), entered(in_progress.insert(x).second) {}
  ~ReprGuard() {
    if (entered) in_progress.erase(o);
  }
};

std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", (unsigned long long)(uintptr_t)p);
  return buf;
}

std::string class_name(TypeObject* t) {
  Value mod = t->dict->get_str(names().__module__);
  if (!mod.is_null() && is_kind(mod, Kind::Str) && as<StrObject>(mod)->s != "builtins")
    return as<StrObject>(mod)->s + "." + t->name;
  return t->name;
}

std::string seq(const std::vector<Value>& items, const char* open, const char* close) {
  std::string out = open;
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += ", ";
    out += repr(items[i]);
  }
  return out + close;
}

}  // namespace

std::string object_default_repr(Value v) {
  return "<" + class_name(type_of(v)) + " object at " + addr(v.obj()) + ">";
}

std::string repr(Value v) {
  if (v.is_double()) return float_repr_str(v.as_double());
  if (v.is_small()) return std::to_string(v.as_small());
  if (v.is_bool()) return v.is_true() ? "True" : "False";
  if (v.is_none()) return "None";
  if (v.is_null()) return "<NULL>";
  Object* o = v.obj();
  TypeObject* t = o->type;
  switch (t->kind) {
    case Kind::Str:
      return str_repr(static_cast<StrObject*>(o)->s);
    case Kind::Int:
      return int_repr(v);
    case Kind::List: {
      ReprGuard g(o);
      if (!g.entered) return "[...]";
      return seq(static_cast<ListObject*>(o)->items, "[", "]");
    }
    case Kind::Tuple: {
      auto& items = static_cast<TupleObject*>(o)->items;
      if (items.size() == 1) return "(" + repr(items[0]) + ",)";
      return seq(items, "(", ")");
    }
    case Kind::Dict: {
      ReprGuard g(o);
      if (!g.entered) return "{...}";
      std::string out = "{";
      bool first = true;
      for (auto& e : static_cast<DictObject*>(o)->map.entries) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        out += repr(e.key) + ": " + repr(e.value);
      }
      return out + "}";
    }
    case Kind::Set:
    case Kind::FrozenSet: {
      auto& m = static_cast<SetObject*>(o)->map;
      bool frozen = t->kind == Kind::FrozenSet;
      if (m.size() == 0) return frozen ? "frozenset()" : "set()";
      std::vector<Value> keys;
      for (auto& e : m.entries)
        if (!e.key.is_null()) keys.push_back(e.key);
      std::string body = seq(keys, "{", "}");
      return frozen ? "frozenset(" + body + ")" : body;
    }
    case Kind::Range: {
      auto* r = static_cast<RangeObject*>(o);
      if (r->step == 1)
        return "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) + ")";
      return "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) + ", " +
             std::to_string(r->step) + ")";
    }
    case Kind::Slice: {
      auto* s = static_cast<SliceObject*>(o);
      return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
    }
    case Kind::Function:
      return "<function " + static_cast<FunctionObject*>(o)->name->s + " at " + addr(o) + ">";
    case Kind::Builtin: {
      auto* b = static_cast<BuiltinObject*>(o);
      if (!b->self.is_null())
        return "<built-in method " + std::string(b->name) + " of " + type_name(b->self) +
               " object at " + addr(b->self.is_obj() ? b->self.obj() : nullptr) + ">";
      return "<built-in function " + std::string(b->name) + ">";
    }
    case Kind::Method: {
      auto* m = static_cast<MethodObject*>(o);
      std::string fname = is_kind(m->fn, Kind::Function) ? as<FunctionObject>(m->fn)->name->s : "?";
      return "<bound method " + type_name(m->self) + "." + fname + " of " + repr(m->self) + ">";
    }
    case Kind::Type:
      return "<class '" + class_name(static_cast<TypeObject*>(o)) + "'>";
    case Kind::Module:
      return "<module '" + static_cast<ModuleObject*>(o)->name->s + "' (built-in)>";
    case Kind::Generator:
      return "<generator object " + static_cast<GeneratorObject*>(o)->name->s + " at " + addr(o) +
             ">";
    case Kind::Code:
      return "<code object " + static_cast<CodeObject*>(o)->name->s + ">";
    case Kind::Cell:
      return "<cell at " + addr(o) + ">";
    case Kind::NotImplemented:
      return "NotImplemented";
    case Kind::DictView: {
      auto* dv = static_cast<DictViewObject*>(o);
      static const char* names_[] = {"dict_keys", "dict_values", "dict_items"};
      Value items = new_list(to_vector(v));
      Pin pin(items);
      return std::string(names_[dv->what]) + "(" + repr(items) + ")";
    }
    case Kind::Instance:
    case Kind::Exception: {
      if (!t->builtin) {
        Value m = t->lookup(names().__repr__);
        if (!m.is_null()) {
          ReprGuard g(o);
          if (!g.entered) return "...";
          Value r = call1(m, v);
          if (!is_kind(r, Kind::Str))
            raisef(rt().TypeError, "__repr__ returned non-string (type {})", type_name(r));
          return as<StrObject>(r)->s;
        }
      }
      if (t->kind == Kind::Exception) {
        auto* e = static_cast<ExceptionObject*>(o);
        std::string args = e->args ? repr(Value::from_obj(e->args)) : "()";
        if (e->args && e->args->items.size() == 1) args = "(" + repr(e->args->items[0]) + ")";
        return t->name + args;
      }
      return object_default_repr(v);
    }
    default:
      return "<" + t->name + " object at " + addr(o) + ">";
  }
}

std::string str(Value v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    TypeObject* t = o->type;
    if (t->kind == Kind::Str) return static_cast<StrObject*>(o)->s;
    if ((t->kind == Kind::Instance || t->kind == Kind::Exception) && !t->builtin) {
      Value m = t->lookup(names().__str__);
      if (!m.is_null()) {
        Value r = call1(m, v);
        if (!is_kind(r, Kind::Str))
          raisef(rt().TypeError, "__str__ returned non-string (type {})", type_name(r));
        return as<StrObject>(r)->s;
      }
      if (t->kind == Kind::Exception) return exception_message(v);
    }
  }
  return repr(v);
}

}  // namespace gilpy
