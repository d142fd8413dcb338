/* _GUARD_BOTH_FLOAT: leave the trace unless the two top values are floats. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_float(sp[-1]) || !tessera_is_float(sp[-2]));
    CONTINUE();
}
