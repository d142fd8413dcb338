/* _POP_JUMP_IF_NONE: pop a value and branch on whether it is None. OPARG is
 * the answer that stays on the trace; the other leaves through the jump
 * target. */
#include "../jit.h"

UOP
{
    TesseraValue v = *--sp;
    int none = v == TESSERA_NONE;
    DECREF(v);
    if (none != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
