/* _JUMP_ABSOLUTE: end of a side trace: continue in another trace, at the
 * address OPERAND (the first micro-op of the loop trace the side trace
 * branched from, whose guards check what it assumes). */
#define OPERAND_IS_CODE
#include "../jit.h"

UOP
{
    __attribute__((musttail)) return ((TesseraUop *)(uintptr_t)OPERAND)(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD);
}
