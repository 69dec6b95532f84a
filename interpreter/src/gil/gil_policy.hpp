// Check-point placement per policy (-X checkpoints=310|39|27), used by the eval loop's
// dispatch tables (vm.cpp). gil-spec §3.
//
// 310: the loop itself polls at RESUME, taken backward jumps and after native calls; nothing
//      here is used.
// 39:  CPython 3.9 checks after every instruction that ends with DISPATCH(); the ones that
//      end with FAST_DISPATCH() never check (§3.2 table). gilpy checks *before* every
//      instruction that is not one of those fast ones, which places a check point between
//      any two checking instructions as 3.9 does (e.g. between the load and the store of
//      `g += 1`: LOAD_GLOBAL | LOAD_CONST | INPLACE_OP | STORE_GLOBAL).
// 27:  the same fast instructions do not tick (2.7's `goto fast_next_opcode`); every other
//      instruction decrements the shared ticker.
#pragma once
#include "code.hpp"
#include "gil/runtime_gil.hpp"

namespace gilpy::gil {

// Instructions that neither check (39) nor tick (27): 3.9's FAST_DISPATCH list, mapped to
// gilpy's opcodes (IS_OP and CONTAINS_OP are fast in 3.9; JUMP_FORWARD everywhere).
constexpr bool fast_opcode(unsigned op) {
  switch (op) {
    case NOP:
    case LOAD_FAST:
    case LOAD_CONST:
    case STORE_FAST:
    case POP_TOP:
    case ROT_TWO:
    case ROT_THREE:
    case ROT_FOUR:
    case DUP_TOP:
    case DUP_TOP_TWO:
    case JUMP_FORWARD:
    case IS_OP:
    case CONTAINS_OP:
    case LOAD_ASSERTION_ERROR:
      return true;
    default:
      return false;
  }
}

// The loop-top skip rule: no switch right before a try/finally (or with) block is set up,
// so the instruction before it and the setup are not separated (3.6-3.9, 2.7).
constexpr bool no_check_before(unsigned op) {
  return op == SETUP_FINALLY || op == SETUP_EXCEPT;
}

}  // namespace gilpy::gil
