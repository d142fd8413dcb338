/* _BINARY_OP_MUL_FLOAT: float * float (guarded by _GUARD_BOTH_FLOAT). Floats
 * are their own bits in the value word, so nothing is unboxed or allocated. */
#include "../jit.h"

UOP
{
    double r = tessera_float(sp[-2]) * tessera_float(sp[-1]);
    sp[-2] = tessera_from_float(r);
    sp--;
    CONTINUE();
}
