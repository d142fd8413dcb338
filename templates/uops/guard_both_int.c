/* _GUARD_BOTH_INT: leave the trace unless the two top values are small ints. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_small_int(sp[-1]) || !tessera_is_small_int(sp[-2]));
    CONTINUE();
}
