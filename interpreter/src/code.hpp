// Code objects, frames and instruction encoding shared by the compiler, the VM and --dis.
#pragma once
#include <cstdlib>
#include <string>
#include <vector>

#include "object.hpp"

namespace gilpy {

enum Opcode : uint8_t {
#define OP(name, eff, jeff, doc) name,
#include "opcodes.def"
#undef OP
  kOpcodeCount
};
extern const char* const kOpcodeNames[];

// One instruction is a 32-bit word: opcode in the low 8 bits, argument in the high 24.
inline uint32_t make_instr(int op, uint32_t arg) {
  return uint32_t(op) | (arg << 8);
}
inline int instr_op(uint32_t w) {
  return int(w & 0xFF);
}
inline uint32_t instr_arg(uint32_t w) {
  return w >> 8;
}

enum CodeFlags : int {
  kCoVarArgs = 1,     // has *args
  kCoVarKw = 2,       // has **kwargs
  kCoGenerator = 4,   // calling creates a generator
  kCoFunction = 8,    // fast locals (not a module or class body)
  kCoClassBody = 16,  // class body: returns its __class__ cell
};

struct CodeObject : Object {
  std::vector<uint32_t> code;        // instructions
  std::vector<int32_t> lines;        // source line of each instruction
  std::vector<Value> consts;         // constants (ints, floats, strs, code objects, tuples)
  std::vector<StrObject*> names;     // global/attribute/module names
  std::vector<StrObject*> varnames;  // fast locals, parameters first
  std::vector<StrObject*> cellvars;  // locals captured by inner functions
  std::vector<StrObject*> freevars;  // variables of enclosing functions
  std::vector<int> cell_arg;         // per cellvar: parameter index to copy in, or -1
  int argcount = 0;                  // positional parameters (without *args/**kwargs)
  int flags = 0;                     // CodeFlags
  int stacksize = 0;                 // maximum value-stack depth
  int firstline = 1;                 // line of the def
  StrObject* name = nullptr;         // function name (<module>, <lambda>, <listcomp>...)
  StrObject* filename = nullptr;     // source file for tracebacks
  CodeObject();
  void trace() override;
  int nlocals() const { return int(varnames.size()); }
  int ncells() const { return int(cellvars.size() + freevars.size()); }
};

// A handler block of a frame (try/except, try/finally, an except body being run).
struct Block {
  uint32_t handler;    // instruction index of the handler
  uint32_t level;      // value-stack depth to restore
  uint32_t exc_depth;  // ThreadState::exc_stack depth to restore
  uint8_t kind;        // kBlockSetup or kBlockHandler
};
enum : uint8_t { kBlockSetup = 1, kBlockHandler = 2 };
constexpr int kMaxBlocks = 20;  // as CPython's CO_MAXBLOCKS

// An activation record. Frames are not heap objects: the thread's chain and the owning
// generator mark them (gc.cpp); a returning frame is freed at once unless a generator owns it.
struct Frame {
  CodeObject* code;      // what runs
  FunctionObject* func;  // the function (null for module code)
  DictObject* globals;   // module namespace
  DictObject* locals;    // namespace of module/class bodies (null in functions)
  Frame* back;           // caller
  const uint32_t* ip;    // next instruction (saved when the frame is not running)
  Value* sp;             // top of the value stack (saved likewise)
  GeneratorObject* gen;  // owning generator, if any
  bool entry;            // the eval loop returns to C++ when this frame returns
  int nblocks;           // handler blocks in use
  Block blocks[kMaxBlocks];
  int nslots;      // locals + cells + stack
  Value slots[1];  // locals, then cells, then the value stack

  Value* cells() { return slots + code->nlocals(); }
  Value* stack_base() { return slots + code->nlocals() + code->ncells(); }
  int line() const;  // current source line
};

Frame* frame_new(CodeObject* code, FunctionObject* func, DictObject* globals, DictObject* locals);
void frame_free(Frame* f);
void frame_trace(Frame* f);

}  // namespace gilpy
