/* _LOAD_FAST_NOREF: push local OPARG, which the optimizer proved to be an
 * int or a float: no reference to take. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    POP_INPUTS();
    PUSH(LOCAL);
    CONTINUE();
}
