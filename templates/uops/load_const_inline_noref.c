/* _LOAD_CONST_INLINE_NOREF: push the constant OPERAND, which the optimizer
 * found is no heap object (an int, a float, None, a bool): nothing to
 * count, so the push is a move. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    POP_INPUTS();
    PUSH(OPERAND);
    CONTINUE();
}
