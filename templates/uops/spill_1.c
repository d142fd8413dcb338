/* _SPILL_1: write the one cached value (see "Stack caching" in jit.h) to
 * the stack in memory, before a micro-op that has no cached stencils. */
#include "../jit.h"

UOP
{
    sp[0] = c0;
    sp += 1;
    CONTINUE();
}
