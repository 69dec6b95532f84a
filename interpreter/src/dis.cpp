// --dis: a readable listing of code objects (it explains where the check points are).
#include <cstdio>

#include "code.hpp"

namespace gilpy {

namespace {
bool is_check_point(int op) {
  return op == RESUME || op == JUMP_BACKWARD || op == CALL || op == CALL_KW || op == CALL_METHOD ||
         op == CALL_METHOD_KW || op == CALL_EX;
}
}  // namespace

void disassemble(CodeObject* co, std::FILE* out) {
  std::fprintf(out, "Disassembly of %s (%s, line %d): %d locals, %d cells, stack %d%s\n",
               co->name->s.c_str(), co->filename->s.c_str(), co->firstline, co->nlocals(),
               co->ncells(), co->stacksize, (co->flags & kCoGenerator) ? ", generator" : "");
  int last_line = -1;
  for (size_t i = 0; i < co->code.size(); i++) {
    uint32_t w = co->code[i];
    int op = instr_op(w);
    uint32_t arg = instr_arg(w);
    std::string note;
    switch (op) {
      case LOAD_CONST:
        note = repr(co->consts[arg]);
        break;
      case LOAD_FAST:
      case STORE_FAST:
      case DELETE_FAST:
        note = co->varnames[arg]->s;
        break;
      case LOAD_DEREF:
      case STORE_DEREF:
      case LOAD_CLOSURE:
        note = arg < co->cellvars.size() ? co->cellvars[arg]->s
                                         : co->freevars[arg - co->cellvars.size()]->s;
        break;
      case LOAD_GLOBAL:
      case STORE_GLOBAL:
      case DELETE_GLOBAL:
      case LOAD_NAME:
      case STORE_NAME:
      case DELETE_NAME:
      case LOAD_ATTR:
      case STORE_ATTR:
      case DELETE_ATTR:
      case LOAD_METHOD:
      case IMPORT_NAME:
      case IMPORT_FROM:
        note = co->names[arg]->s;
        break;
      case BINARY_OP:
      case INPLACE_OP: {
        static const char* sym[] = {"+",  "-",  "*", "/", "//", "%", "**",
                                    "<<", ">>", "&", "|", "^",  "@"};
        note = std::string(sym[arg % kBinOpCount]) + (op == INPLACE_OP ? "=" : "");
        break;
      }
      case COMPARE_OP: {
        static const char* sym[] = {"<", "<=", "==", "!=", ">", ">="};
        note = sym[arg % 6];
        break;
      }
      case JUMP_FORWARD:
      case JUMP_BACKWARD:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP:
      case FOR_ITER:
      case SEND:
      case SETUP_EXCEPT:
      case SETUP_FINALLY:
        note = "to " + std::to_string(arg);
        if ((op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE) && arg <= i)
          note += " (check point when taken)";
        break;
      default:
        break;
    }
    if (is_check_point(op)) note += note.empty() ? "check point" : "; check point";
    int line = co->lines[i];
    if (line != last_line)
      std::fprintf(out, "%5d ", line);
    else
      std::fprintf(out, "      ");
    last_line = line;
    std::fprintf(out, "%5zu %-22s %-6u %s\n", i, kOpcodeNames[op], arg, note.c_str());
  }
  std::fprintf(out, "\n");
  for (Value c : co->consts)
    if (is_kind(c, Kind::Code)) disassemble(as<CodeObject>(c), out);
}

}  // namespace gilpy
