/* _SPILL_2: write both cached values (see "Stack caching" in jit.h) to the
 * stack in memory, before a micro-op that has no cached stencils. */
#include "../jit.h"

UOP
{
    sp[0] = c0;
    sp[1] = c1;
    sp += 2;
    CONTINUE();
}
