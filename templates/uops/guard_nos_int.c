/* _GUARD_NOS_INT: leave the trace unless the value under the top is a small int. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_is_small_int(sp[-2]));
    CONTINUE();
}
