// gilpy: the command-line interpreter (`gilpy [--dis] script.py [args]`, `gilpy -c CODE`).
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "compiler.hpp"
#include "errors.hpp"
#include "gil/runtime_gil.hpp"
#include "gilpy/gilpy.hpp"
#include "lexer.hpp"
#include "thread_state.hpp"
#include "vm.hpp"

namespace gilpy {
void disassemble(CodeObject* co, std::FILE* out);
void set_executable(const std::string& path);
void threading_shutdown();  // modules/thread.cpp: join non-daemon threads

}  // namespace gilpy

using namespace gilpy;

namespace {

void print_syntax_error(const SyntaxErr& e, const std::string& filename, const std::string& src) {
  std::fflush(stdout);
  std::fprintf(stderr, "  File \"%s\", line %d\n", filename.c_str(), e.line);
  std::istringstream in(src);
  std::string line;
  for (int i = 1; std::getline(in, line); i++)
    if (i == e.line) {
      size_t b = line.find_first_not_of(" \t");
      if (b != std::string::npos) std::fprintf(stderr, "    %s\n", line.substr(b).c_str());
      break;
    }
  std::fprintf(stderr, "SyntaxError: %s\n", e.msg.c_str());
}

int usage() {
  std::fprintf(stderr, "usage: gilpy [--dis] [-X opt] [-c cmd | file] [arg] ...\n");
  return 2;
}

int exit_code_of(Value exc) {
  auto* e = as<ExceptionObject>(exc);
  Value code = e->args && !e->args->items.empty() ? e->args->items[0] : Value::none();
  int64_t c;
  if (code.is_none()) return 0;
  if (is_intlike_small(code, c)) return int(c);
  std::fflush(stdout);
  std::fprintf(stderr, "%s\n", str(code).c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  bool dis = false;
  std::string code_arg;
  bool have_code = false;
  int i = 1;
  for (; i < argc; i++) {
    if (!std::strcmp(argv[i], "--dis"))
      dis = true;
    else if (!std::strncmp(argv[i], "-X", 2)) {
      // -X NAME[=VALUE] or -XNAME[=VALUE]: GIL settings (gil/runtime_gil.hpp).
      const char* opt = argv[i][2] ? argv[i] + 2 : (i + 1 < argc ? argv[++i] : nullptr);
      std::string err;
      if (!opt) return usage();
      if (!gil::apply_xoption(opt, &err)) {
        std::fprintf(stderr, "gilpy: %s\n", err.c_str());
        return usage();
      }
    } else if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-V")) {
      std::printf("gilpy %s (Python 3.11 subset; GIL %s)\n", version(), gil::build_name());
      return 0;
    } else if (!std::strcmp(argv[i], "-c")) {
      if (i + 1 >= argc) return usage();
      code_arg = argv[++i];
      have_code = true;
      i++;
      break;
    } else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) {
      std::printf(
          "usage: gilpy [--dis] [-c cmd | file] [arg] ...\n  --dis      print the bytecode instead "
          "of running\n  -X switchinterval=S | checkpoints=310|39|27 | gilstress | gilcreate=racy "
          "| checkinterval=N\n  -c cmd     run cmd\n  --version  print the version\n");
      return 0;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      std::fprintf(stderr, "gilpy: unknown option %s\n", argv[i]);
      return usage();
    } else {
      break;
    }
  }
  std::string filename, src;
  if (have_code) {
    filename = "<string>";
    src = code_arg;
  } else {
    if (i >= argc) return usage();
    filename = argv[i];
    std::ifstream in(filename, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "gilpy: can't open file '%s': [Errno 2] No such file or directory\n",
                   filename.c_str());
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    src = ss.str();
  }
  static char outbuf[1 << 16];
  std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  set_executable(argv[0]);
  Interpreter interp;
  gil_ensure();  // the main thread runs Python from here to exit
  std::vector<std::string> args;
  args.push_back(have_code ? "-c" : filename);
  for (int k = i + 1; k < argc; k++) args.push_back(argv[k]);
  interp.set_argv(args);
  std::string dir =
      have_code
          ? ""
          : filename.substr(0, filename.rfind('/') == std::string::npos ? 0 : filename.rfind('/'));
  rt().sys_path->items.push_back(new_str(dir));

  CodeObject* code;
  try {
    code = compile_source(src, filename);
  } catch (SyntaxErr& e) {
    print_syntax_error(e, filename, src);
    return 1;
  }
  if (dis) {
    disassemble(code, stdout);
    std::fflush(stdout);
    return 0;
  }
  Value main_mod = rt().modules->get_str(intern("__main__"));
  DictObject* globals = as<ModuleObject>(main_mod)->dict;
  globals->set(Value::from_obj(intern("__file__")), new_str(filename));
  int rc = 0;
  try {
    Pin pin(Value::from_obj(code));
    run_code(code, globals);
  } catch (PyError& e) {
    if (isinstance(e.exc, rt().SystemExit))
      rc = exit_code_of(e.exc);
    else {
      print_exception(e.exc, stderr);
      rc = 1;
    }
  }
  // As CPython Py_FinalizeEx -> threading._shutdown: wait for the non-daemon threads. Main
  // keeps the GIL from here on, so daemon threads stay parked in take_gil until exit.
  threading_shutdown();
  std::fflush(stdout);
  std::fflush(stderr);
  return rc;
}
