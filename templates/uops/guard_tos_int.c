/* _GUARD_TOS_INT: leave the trace unless the top of the stack is a small int. */
#define CACHED_POPS 1
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue a = IN(0);
    EXIT_IF(!tessera_is_small_int(a));
    POP_INPUTS();
    PUSH(a);
    CONTINUE();
}
