/* _GUARD_BOTH_FLOAT: leave the trace unless the two top values are floats. */
#define CACHED_POPS 2
#define CACHED_PUSHES 2
#include "../jit.h"

UOP
{
    TesseraValue a = IN(0);
    TesseraValue b = IN(1);
    EXIT_IF(!tessera_is_float(b) || !tessera_is_float(a));
    POP_INPUTS();
    PUSH(a);
    PUSH(b);
    CONTINUE();
}
