/* _GUARD_TOS_FLOAT: leave the trace unless the top of the stack is a float. */
#define CACHED_POPS 1
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue a = IN(0);
    EXIT_IF(!tessera_is_float(a));
    POP_INPUTS();
    PUSH(a);
    CONTINUE();
}
