// Compiler: AST to code objects (symbol tables, then code generation).
#pragma once
#include <string>

#include "code.hpp"

namespace gilpy {

// Compile a module's source; throws SyntaxErr (lexer, parser or compiler).
CodeObject* compile_source(const std::string& src, const std::string& filename);

}  // namespace gilpy
