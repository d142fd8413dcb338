/* _POP_TOP_NOREF: drop the top of the stack, which the optimizer proved to
 * be an int or a float. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    POP_INPUTS();
    CONTINUE();
}
