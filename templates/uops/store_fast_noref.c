/* _STORE_FAST_NOREF: pop into local OPARG, whose old value the optimizer
 * proved to be an int or a float: nothing to release. */
#include "../jit.h"

UOP
{
    LOCAL = *--sp;
    CONTINUE();
}
