/* _STORE_FAST_NOREF: pop into local OPARG, whose old value the optimizer
 * proved to be an int or a float: nothing to release. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    POP_INPUTS();
    LOCAL = v;
    CONTINUE();
}
