/* _GUARD_NOS_INT: leave the trace unless the value under the top is a small int. */
#define CACHED_POPS 2
#define CACHED_PUSHES 2
#include "../jit.h"

UOP
{
    TesseraValue a = IN(0);
    TesseraValue b = IN(1);
    EXIT_IF(!tessera_is_small_int(a));
    POP_INPUTS();
    PUSH(a);
    PUSH(b);
    CONTINUE();
}
