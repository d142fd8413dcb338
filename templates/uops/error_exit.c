/* _ERROR_EXIT: leave the trace because a helper raised. The helper has
 * already stored the stack depth its instruction leaves when raising (the
 * operands it popped are gone); this stores the resume pc (the instruction)
 * and returns it with the top bit set, so the interpreter raises the
 * exception the helper kept. */
#include "../jit.h"

UOP
{
    frame->pc = (uint32_t)OPERAND;
    return OPERAND | (1ull << 63);
}
