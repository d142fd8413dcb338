/* _INT_TO_FLOAT_NOS: _INT_TO_FLOAT_TOS for the value under the top of the
 * stack (an int on the left of a float operation). */
#include "../jit.h"

UOP
{
    sp[-2] = tessera_from_float((double)tessera_small_int(sp[-2]));
    CONTINUE();
}
