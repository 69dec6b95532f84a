// AST: one generic node struct; the meaning of each field per kind is listed below.
// Nodes are owned by the Ast arena, so a parse error never leaks.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace gilpy {

enum class NK {
  // expressions
  Name,       // s
  Const,      // op: 0 None, 1 True, 2 False, 3 Ellipsis
  Int,        // s: literal text (0x.. allowed)
  Float,      // f
  Str,        // s: decoded contents
  Bytes,      // s
  BinOp,      // op (BinOp), x, y
  UnaryOp,    // op (UnOp), x
  BoolOp,     // op: 0 and, 1 or; a: operands
  Compare,    // x: left; a: comparators; ops: operators (CmpOp, or 10 in, 11 not in, 12 is, 13 is
              // not)
  Call,       // x: function; a: positional (Starred allowed); b: Keyword nodes
  Keyword,    // s: name ("" for **x); x: value
  Attribute,  // x: object; s: name
  Subscript,  // x: object; y: index
  Slice,      // x, y, z: start, stop, step (each may be null)
  Tuple,
  List,
  Set,   // a: elements
  Dict,  // a: keys (null for **x); b: values
  ListComp,
  SetComp,
  GenExp,         // x: element; a: Comprehension nodes
  DictComp,       // x: key; y: value; a: Comprehension nodes
  Comprehension,  // x: target; y: iterable; a: conditions
  Lambda,         // a: Arg nodes; x: body
  Arg,            // s: name; x: default or null; op: 0 plain, 1 *args, 2 **kwargs
  IfExp,          // x: test; y: body; z: orelse
  Yield,          // x: value or null
  YieldFrom,      // x
  Starred,        // x
  // statements
  ExprStmt,   // x
  Assign,     // a: targets; x: value
  AugAssign,  // x: target; op (BinOp); y: value
  Del,        // a: targets
  Pass,
  Break,
  Continue,
  Return,  // x or null
  Raise,   // x: exception or null; y: cause or null
  Global,
  Nonlocal,       // names
  If,             // x: test; a: body; b: orelse
  While,          // x: test; a: body; b: orelse
  For,            // x: target; y: iterable; a: body; b: orelse
  Try,            // a: body; b: ExceptHandler nodes; c: orelse; d: finally body
  ExceptHandler,  // x: type or null; s: name or ""; a: body
  With,           // a: WithItem nodes; b: body
  WithItem,       // x: context expression; y: target or null
  FunctionDef,    // s: name; a: Arg nodes; b: body; c: decorators
  ClassDef,       // s: name; a: bases; b: body; c: decorators
  Import,         // names: dotted module names; names2: "as" names ("" when none)
  ImportFrom,     // s: module; names; names2 ("*" import is refused)
  Assert,         // x: test; y: message or null
  Module,         // a: body
};

struct Node {
  NK kind;
  int line;
  std::string s;
  int op = 0;
  double f = 0;
  Node* x = nullptr;
  Node* y = nullptr;
  Node* z = nullptr;
  std::vector<Node*> a, b, c, d;
  std::vector<int> ops;
  std::vector<std::string> names, names2;
};

struct Ast {
  std::vector<std::unique_ptr<Node>> arena;  // owns every node
  Node* root = nullptr;
  Node* make(NK k, int line) {
    arena.push_back(std::make_unique<Node>());
    Node* n = arena.back().get();
    n->kind = k;
    n->line = line;
    return n;
  }
};

// Parse a module; throws SyntaxErr.
std::unique_ptr<Ast> parse(const std::string& src);

}  // namespace gilpy
