/* _BINARY_OP_SUB_FLOAT: float - float (guarded by _GUARD_BOTH_FLOAT). Floats
 * are their own bits in the value word, so nothing is unboxed or allocated. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    double r = tessera_float(IN(0)) - tessera_float(IN(1));
    POP_INPUTS();
    PUSH(tessera_from_float(r));
    CONTINUE();
}
