// libFuzzer target over lexer + parser + symbol tables + compiler: any input must either
// compile or raise SyntaxErr, never crash, hang or leak (code objects are collected).
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler.hpp"
#include "gilpy/gilpy.hpp"
#include "lexer.hpp"
#include "object.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static gilpy::Interpreter interp;  // the runtime (types, intern table) the compiler needs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string src(reinterpret_cast<const char*>(data), size);
  try {
    gilpy::compile_source(src, "<fuzz>");
  } catch (const gilpy::SyntaxErr&) {
  }
  static int runs = 0;
  if (++runs % 1000 == 0) gilpy::gc_collect();  // nothing is rooted: all code objects go
  return 0;
}
