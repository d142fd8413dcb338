/* _GUARD_CALLABLE: leave the trace unless the CALL with OPARG arguments
 * (low 16 bits) is about to call the function OPERAND (its value word, kept
 * alive by the trace), with a self argument exactly when bit 16 of OPARG is
 * set: what the site called when the trace was projected, and so what
 * _PUSH_FRAME and the callee's inlined micro-ops assume. */
#include "../jit.h"

UOP
{
    int n = (int)(OPARG & 0xffff);
    int has_self = (int)((OPARG >> 16) & 1);
    EXIT_IF(sp[-n - 2] != OPERAND);
    EXIT_IF((sp[-n - 1] != TESSERA_NULL) != has_self);
    CONTINUE();
}
