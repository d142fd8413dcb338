/* _POP_JUMP_IF: pop a bool (or small int) and branch on its truth. OPARG is
 * the truth that stays on the trace; the other leaves through the jump
 * target. Values of other types leave at the instruction, unpopped, for the
 * interpreter's general truth test. */
#include "../jit.h"

UOP
{
    TesseraValue v = sp[-1];
    int t;
    if (v == TESSERA_TRUE) {
        t = 1;
    } else if (v == TESSERA_FALSE) {
        t = 0;
    } else {
        EXIT_IF(!tessera_is_small_int(v));
        t = tessera_small_int(v) != 0;
    }
    sp--;
    if (t != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
