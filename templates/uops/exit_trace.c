/* _EXIT_TRACE: leave the trace, resuming the interpreter at bytecode index
 * OPERAND with the evaluation stack as it is. */
#include "../jit.h"

UOP
{
    frame->depth = (uint32_t)(sp - (tessera_localsplus(frame) + frame->nlocalsplus));
    frame->pc = (uint32_t)OPERAND;
    return OPERAND;
}
