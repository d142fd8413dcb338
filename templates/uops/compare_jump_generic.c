/* _COMPARE_JUMP_GENERIC: a compare-and-branch whose site has compared
 * operands other than two small ints or two floats, which the typed
 * compare-jumps would leave the trace for: the runtime helper compares as
 * the interpreter does (rich comparison, then truth), pops both operands
 * and pushes the truth as a bool, which this pops to branch. OPARG is the
 * result that stays on the trace in bit 0 and the comparison above it;
 * OPERAND1 is the bytecode index after the instruction. The other result
 * leaves through the jump target, at the branch's destination; an
 * exception through the error exit. */
#include "../jit.h"

extern TesseraHelper tessera_jit_compare_jump;

UOP
{
    TesseraValue *r = tessera_jit_compare_jump(vm, frame, sp, (uint32_t)(OPARG >> 1), OPERAND, (uint32_t)OPERAND1);
    ERROR_IF(r == 0);
    sp = r - 1;
    if ((*sp == TESSERA_TRUE) != (int)(OPARG & 1)) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
