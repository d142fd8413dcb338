/* _BINARY_OP_MUL_INT: small int * small int (guarded by _GUARD_BOTH_INT);
 * leaves the trace on overflow of the small-int range. */
#include "../jit.h"

UOP
{
    int64_t r;
    EXIT_IF(__builtin_mul_overflow(tessera_small_int_hi(sp[-2]), tessera_small_int(sp[-1]), &r));
    sp[-2] = tessera_from_small_int_hi(r);
    sp--;
    CONTINUE();
}
