/* _POP_TOP_NOREF: drop the top of the stack, which the optimizer proved to
 * be an int or a float. */
#include "../jit.h"

UOP
{
    sp--;
    CONTINUE();
}
