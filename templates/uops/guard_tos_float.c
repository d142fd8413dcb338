/* _GUARD_TOS_FLOAT: leave the trace unless the top of the stack is a float. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_float(sp[-1]));
    CONTINUE();
}
