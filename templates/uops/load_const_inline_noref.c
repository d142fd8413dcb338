/* _LOAD_CONST_INLINE_NOREF: push the constant OPERAND, which the optimizer
 * found is no heap object (an int, a float, None, a bool): nothing to
 * count, so the push is a move. */
#include "../jit.h"

UOP
{
    *sp++ = OPERAND;
    CONTINUE();
}
