/* _POP_TOP: drop the top of the stack. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    POP_INPUTS();
    DECREF(v);
    CONTINUE();
}
