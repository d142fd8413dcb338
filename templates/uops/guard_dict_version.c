/* _GUARD_DICT_VERSION: leave the trace unless the dict whose version word is
 * at OPERAND still has version OPERAND1: a global the trace read as a
 * constant has not been rebound (nor a builtin shadowed). */
#define CACHED_POPS 0
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    EXIT_IF(*(volatile uint64_t *)OPERAND != OPERAND1);
    POP_INPUTS();
    CONTINUE();
}
