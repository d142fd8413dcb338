/* _LOAD_FAST_NOREF: push local OPARG, which the optimizer proved to be an
 * int or a float: no reference to take. */
#include "../jit.h"

UOP
{
    *sp++ = LOCAL;
    CONTINUE();
}
