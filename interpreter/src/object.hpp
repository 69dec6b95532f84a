// Object model: the header every object file, the VM and the builtins share.
// One struct per built-in type (implemented one type per file in objects/), the
// runtime singleton holding the built-in types, and the generic protocols (ops.cpp).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "value.hpp"

namespace gilpy {

struct TypeObject;
struct StrObject;
struct DictObject;
struct TupleObject;
struct CodeObject;
struct Frame;

// Which C++ struct an object is; user classes inherit the kind of their built-in base.
enum class Kind : uint8_t {
  Object,
  Type,
  Int,
  Float,
  Bool,
  None,
  Str,
  List,
  Tuple,
  Dict,
  Set,
  FrozenSet,
  Range,
  Slice,
  Function,
  Builtin,
  Method,
  Code,
  Cell,
  Module,
  Generator,
  Instance,
  Exception,
  Property,
  ClassMethod,
  StaticMethod,
  Super,
  Iter,
  DictView,
  NotImplemented
};

// Every heap object. The collector (gc.cpp) threads all objects on one list.
struct Object {
  TypeObject* type;     // the object's class
  Object* gc_next;      // next object on the heap list
  bool marked = false;  // mark bit of the current collection
  explicit Object(TypeObject* t);
  virtual ~Object() = default;
  virtual void trace() {}  // mark() every Value/Object this object holds
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
};

void mark(Value v);
void mark(Object* o);
void gc_add_root(Value* v);  // a global Value the collector must treat as a root
size_t gc_collect();         // run a full collection now (check points only)

// Call arguments: n positional values, then one value per keyword name.
struct Args {
  Value* v;                        // positional values, then keyword values
  int n;                           // number of positional values
  TupleObject* kwnames = nullptr;  // names of the keyword values (null: none)
  int nkw() const;
  Value kw(std::string_view name) const;  // null() when absent
};
using NativeFn = Value (*)(const Args&);

// Insertion-ordered hash table shared by dict and set (tombstones keep the order).
struct HashMap {
  struct Entry {
    int64_t hash;  // cached hash of key
    Value key;     // null(): deleted entry
    Value value;   // None for sets
  };
  std::vector<Entry> entries;  // in insertion order
  std::vector<int32_t> index;  // open-addressing table of entry indices (-1: empty)
  size_t used = 0;             // live entries

  Entry* find(Value key, int64_t hash) const;
  Entry* find(Value key) const;
  Entry* find_str(StrObject* key) const;
  void set(Value key, Value value);
  void set_hashed(Value key, int64_t hash, Value value);
  bool erase(Value key);
  void clear();
  size_t size() const { return used; }
  void trace() const;

 private:
  void rebuild(size_t cap);
};

struct TypeObject : Object {
  std::string name;            // __name__
  TypeObject* base = nullptr;  // single inheritance: the one base (null for object)
  DictObject* dict = nullptr;  // class namespace
  Kind kind = Kind::Object;    // struct of the instances
  bool builtin = true;         // false for classes made by a class statement
  NativeFn ctor = nullptr;     // built-in constructor (type(...) calls it with the type first)
  TypeObject(TypeObject* meta, std::string n, TypeObject* b, Kind k);
  void trace() override;
  bool is_subtype(const TypeObject* other) const {
    for (const TypeObject* t = this; t; t = t->base)
      if (t == other) return true;
    return false;
  }
  Value lookup(StrObject* name) const;  // walk the base chain; null() when missing
};

struct IntObject;  // objects/int.cpp: ints outside the small range

struct StrObject : Object {
  std::string s;              // UTF-8 bytes; len() and indexing count bytes (ASCII subset)
  mutable int64_t hash = -1;  // cached hash (-1: not computed)
  bool interned = false;      // entry of the intern table
  StrObject(std::string v);
};

struct ListObject : Object {
  std::vector<Value> items;
  ListObject();
  void trace() override;
};

struct TupleObject : Object {
  std::vector<Value> items;
  TupleObject();
  void trace() override;
};

struct DictObject : Object {
  HashMap map;
  DictObject();
  void trace() override { map.trace(); }
  Value get(Value key) const;           // null() when missing
  Value get_str(StrObject* key) const;  // null() when missing
  void set(Value key, Value value) { map.set(key, value); }
};

struct SetObject : Object {
  HashMap map;
  explicit SetObject(bool frozen);
  void trace() override { map.trace(); }
};

struct RangeObject : Object {
  int64_t start, stop, step;
  RangeObject(int64_t a, int64_t b, int64_t c);
  int64_t length() const;
};

struct SliceObject : Object {
  Value start, stop, step;
  SliceObject(Value a, Value b, Value c);
  void trace() override;
};

struct CellObject : Object {
  Value v;  // null() while empty
  CellObject();
  void trace() override { mark(v); }
};

struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  TupleObject* defaults = nullptr;  // values of the last len(defaults) parameters
  TupleObject* closure = nullptr;   // cells for the code's free variables
  StrObject* name;
  DictObject* dict = nullptr;  // function attributes
  FunctionObject(CodeObject* c, DictObject* g);
  void trace() override;
};

struct BuiltinObject : Object {
  const char* name;         // for repr and errors
  NativeFn fn;              // the implementation; methods get self as args.v[0]
  Value self;               // bound receiver (null: unbound or plain function)
  bool check_after = true;  // eval-breaker check after the call (false: len, isinstance...)
  BuiltinObject(const char* n, NativeFn f, Value s = Value::null());
  void trace() override { mark(self); }
};

struct MethodObject : Object {
  Value fn;    // the function
  Value self;  // the receiver
  MethodObject(Value f, Value s);
  void trace() override;
};

struct ModuleObject : Object {
  StrObject* name;
  DictObject* dict;
  explicit ModuleObject(StrObject* n);
  void trace() override;
};

struct InstanceObject : Object {
  DictObject* dict;  // __dict__
  explicit InstanceObject(TypeObject* t);
  void trace() override;
};

struct TracebackEntry {
  CodeObject* code;  // where
  int line;          // line number
};

struct ExceptionObject : InstanceObject {
  TupleObject* args;                      // constructor arguments
  std::vector<TracebackEntry> traceback;  // innermost last
  Value cause;                            // raise ... from cause
  explicit ExceptionObject(TypeObject* t);
  void trace() override;
};

struct WrapperObject : Object {  // property, classmethod, staticmethod
  Value fn;                      // fget / function
  Value fset;                    // property setter
  WrapperObject(TypeObject* t, Value f);
  void trace() override;
};

struct SuperObject : Object {
  TypeObject* start;  // lookup begins after this class
  Value self;
  SuperObject(TypeObject* s, Value o);
  void trace() override;
};

// Native iterators (list, tuple, range, str, dict, enumerate, zip, map, reversed, ...).
struct IterObject : Object {
  using NextFn = bool (*)(IterObject*, Value& out);
  NextFn next;  // produce the next value, false when exhausted
  Value src;    // the iterated object (or first sub-iterator)
  Value extra;  // second object (map's function, zip's iterators, ...)
  int64_t i = 0, n = 0, step = 1;
  IterObject(TypeObject* t, NextFn f, Value s, Value e = Value::null());
  void trace() override;
};

struct DictViewObject : Object {
  DictObject* dict;
  int what;  // 0 keys, 1 values, 2 items
  DictViewObject(DictObject* d, int w);
  void trace() override;
};

struct GeneratorObject : Object {
  Frame* frame;  // owned; null once finished and released
  StrObject* name;
  bool running = false;  // "generator already executing"
  bool finished = false;
  GeneratorObject(Frame* f, StrObject* n);
  ~GeneratorObject() override;
  void trace() override;
};

// ---- the runtime singleton ---------------------------------------------------------

struct Names;  // interned names used by the VM (names.hpp)

struct Runtime {
  // Built-in types, created in types.cpp.
  TypeObject *type_type, *object_type, *int_type, *float_type, *bool_type, *none_type, *str_type,
      *list_type, *tuple_type, *dict_type, *set_type, *frozenset_type, *range_type, *slice_type,
      *function_type, *builtin_type, *method_type, *code_type, *cell_type, *module_type,
      *generator_type, *property_type, *classmethod_type, *staticmethod_type, *super_type,
      *iter_type, *dictview_type, *notimpl_type;
  // Exception classes.
  TypeObject *BaseException, *Exception, *StopIteration, *ArithmeticError, *ZeroDivisionError,
      *OverflowError, *LookupError, *IndexError, *KeyError, *ValueError, *TypeError,
      *AttributeError, *NameError, *UnboundLocalError, *RuntimeError, *RecursionError,
      *NotImplementedError, *AssertionError, *ImportError, *ModuleNotFoundError, *SystemExit,
      *KeyboardInterrupt, *OSError, *FileNotFoundError, *GeneratorExit, *SyntaxError, *MemoryError,
      *UnicodeError;
  DictObject* builtins;        // the builtins namespace
  DictObject* modules;         // sys.modules
  ListObject* sys_path;        // sys.path
  ListObject* argv;            // sys.argv
  Value not_implemented;       // the NotImplemented singleton
  int recursion_limit = 1000;  // sys.setrecursionlimit
  // The eval breaker: one word polled at check points (gil-spec §1.4). Bits below.
  std::atomic<uint32_t> eval_breaker{0};
};
enum : uint32_t {
  kBreakGC = 1u << 0,            // a collection is due (gc.cpp)
  kBreakGilDrop = 1u << 1,       // another thread asks for the GIL (GIL issue)
  kBreakPendingCalls = 1u << 2,  // Py_AddPendingCall equivalent (GIL issue)
  kBreakAsyncExc = 1u << 3,      // an exception to raise in this thread
};

Runtime& rt();
void runtime_init();

// ---- generic protocols (ops.cpp, objects/*.cpp) -----------------------------------

inline bool is_kind(Value v, Kind k) {
  return v.is_obj() && v.obj()->type->kind == k;
}
inline bool is_type(Value v, const TypeObject* t) {
  return v.is_obj() && v.obj()->type == t;
}
template <class T>
T* as(Value v) {
  return static_cast<T*>(v.obj());
}
TypeObject* type_of(Value v);

StrObject* intern(std::string_view s);
Value new_str(std::string s);
Value new_tuple(std::vector<Value> items);
Value new_list(std::vector<Value> items);
Value new_int(int64_t i);  // small or boxed
inline Value new_float(double d) {
  return Value::from_double(d);
}

bool is_int(Value v);                          // int or bool
bool is_intlike_small(Value v, int64_t& out);  // small int or bool
int64_t to_index(Value v);                     // int -> int64 (TypeError / OverflowError)
double to_double(Value v);                     // int or float -> double (TypeError)
bool truthy(Value v);
int64_t py_hash(Value v);
bool py_eq(Value a, Value b);
Value compare(int op, Value a, Value b);
bool compare_bool(int op, Value a, Value b);
Value binary_op(int op, Value a, Value b);
Value inplace_op(int op, Value a, Value b);
Value unary_op(int op, Value a);
bool contains(Value container, Value item);
std::string repr(Value v);
std::string str(Value v);
Value get_attr(Value obj, StrObject* name);
Value get_attr_opt(Value obj, StrObject* name);  // null() instead of AttributeError
void set_attr(Value obj, StrObject* name, Value v);
void del_attr(Value obj, StrObject* name);
Value get_item(Value obj, Value key);
void set_item(Value obj, Value key, Value v);
void del_item(Value obj, Value key);
Value get_iter(Value obj);
bool iter_next(Value it, Value& out);  // false when exhausted
std::vector<Value> to_vector(Value iterable);
int64_t py_len(Value v);
Value call(Value callable, const Args& args);
Value call0(Value callable);
Value call1(Value callable, Value a);
Value call2(Value callable, Value a, Value b);
bool isinstance(Value v, TypeObject* t);
std::string type_name(Value v);

// Binary operators, in the order of BINARY_OP's argument and the dunder table.
enum BinOp : int {
  kAdd,
  kSub,
  kMul,
  kTrueDiv,
  kFloorDiv,
  kMod,
  kPow,
  kLShift,
  kRShift,
  kAnd,
  kOr,
  kXor,
  kMatMul,
  kBinOpCount
};
enum CmpOp : int { kLt, kLe, kEq, kNe, kGt, kGe };
enum UnOp : int { kNeg, kPos, kInvert, kNot };

}  // namespace gilpy
