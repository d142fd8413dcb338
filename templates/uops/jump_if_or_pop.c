/* _JUMP_IF_OR_POP: `and` / `or` on a bool or small int on top of the
 * stack. OPARG is the truth that stays on the trace, popping the value;
 * the other truth leaves through the jump target with the value kept (the
 * expression's result). Other types leave at the instruction. */
#include "../jit.h"

UOP
{
    TesseraValue v = sp[-1];
    int t;
    TRUTH_OR_EXIT(v, t);
    if (t != (int)OPARG) {
        JUMP_TO_JUMP_TARGET();
    }
    sp--;
    CONTINUE();
}
