/* _POP_TOP: drop the top of the stack. */
#include "../jit.h"

UOP
{
    TesseraValue v = *--sp;
    tessera_decref(v);
    CONTINUE();
}
