/* _POP_JUMP_IF_NONE: pop a value and branch on whether it is None. OPARG is
 * the answer that stays on the trace; the other leaves through the jump
 * target. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#define CACHED_BRANCH
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    POP_INPUTS();
    int none = v == TESSERA_NONE;
    DECREF(v);
    if (none != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
