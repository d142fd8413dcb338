/* _POP_JUMP_IF: pop a bool (or small int) and branch on its truth. OPARG is
 * the truth that stays on the trace; the other leaves through the jump
 * target. Values of other types leave at the instruction, unpopped, for the
 * interpreter's general truth test. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#define CACHED_BRANCH
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    int t;
    TRUTH_OR_EXIT(v, t);
    POP_INPUTS();
    if (t != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
