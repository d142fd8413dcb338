/* _GUARD_TOS_INT: leave the trace unless the top of the stack is a small int. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_small_int(sp[-1]));
    CONTINUE();
}
