/* _GUARD_NOS_FLOAT: leave the trace unless the value under the top is a float. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_float(sp[-2]));
    CONTINUE();
}
