/* _BINARY_OP_MUL_INT: small int * small int (guarded by _GUARD_BOTH_INT);
 * leaves the trace on overflow of the small-int range. */
#include "../jit.h"

UOP
{
    int64_t r;
    EXIT_IF(__builtin_mul_overflow(tessera_small_int(sp[-2]), tessera_small_int(sp[-1]), &r));
    EXIT_IF(r < TESSERA_SMALL_INT_MIN || r > TESSERA_SMALL_INT_MAX);
    sp[-2] = tessera_from_small_int(r);
    sp--;
    CONTINUE();
}
