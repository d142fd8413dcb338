/* _INT_TO_FLOAT_TOS: the small int on top of the stack becomes the float of
 * the same value (exact: a small int has at most 48 bits), so that a mixed
 * int and float operation can run as the float micro-op. Python converts the
 * int the same way before the float operation, so the result is the same. */
#include "../jit.h"

UOP
{
    sp[-1] = tessera_from_float((double)tessera_small_int(sp[-1]));
    CONTINUE();
}
