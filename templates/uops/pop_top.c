/* _POP_TOP: drop the top of the stack. */
#include "../jit.h"

UOP
{
    TesseraValue v = *--sp;
    DECREF(v);
    CONTINUE();
}
