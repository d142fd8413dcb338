/* _BINARY_OP_ADD_INT: small int + small int (guarded by _GUARD_BOTH_INT); leaves the
 * trace when the result does not fit a small int. */
#include "../jit.h"

UOP
{
    int64_t r;
    EXIT_IF(__builtin_add_overflow(tessera_small_int_hi(sp[-2]), tessera_small_int_hi(sp[-1]), &r));
    sp[-2] = tessera_from_small_int_hi(r);
    sp--;
    CONTINUE();
}
