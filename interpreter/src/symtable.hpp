// Symbol tables: which names of each scope are fast locals, cells, free or global.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ast.hpp"

namespace gilpy {

enum class ScopeType { Module, Function, Class };
enum class Sym { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct Scope {
  ScopeType type;
  Node* node;  // FunctionDef, Lambda, ClassDef, comprehension or Module
  Scope* parent;
  std::string name;                   // code name
  std::vector<std::string> params;    // parameters in order (".0" for comprehensions)
  std::set<std::string> assigned;     // bound in this scope
  std::set<std::string> used;         // read in this scope
  std::set<std::string> globals;      // `global` declarations
  std::set<std::string> nonlocals;    // `nonlocal` declarations
  std::vector<std::string> locals;    // fast locals in slot order (params first)
  std::vector<std::string> cellvars;  // captured by children
  std::vector<std::string> freevars;  // captured from parents
  std::map<std::string, Sym> syms;    // resolved
  bool generator = false;             // contains yield
  bool needs_class_cell = false;      // class body: a method uses super()/__class__
  std::vector<Scope*> children;
  Sym lookup(const std::string& n) const;
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;  // owns every scope
  std::map<Node*, Scope*> by_node;             // scope of each scope-making node
  Scope* module = nullptr;
};

// Build and resolve the symbol tables of a module AST; throws SyntaxErr.
std::unique_ptr<SymbolTable> build_symtable(Node* module);

}  // namespace gilpy
