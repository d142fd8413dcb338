/* _JUMP_TO_TRACE: the trace reached the back edge of another loop of its
 * frame, one that has a trace: continue in that trace at its first
 * micro-op (whose guards check what it assumes), as the interpreter would
 * enter it there. OPERAND is the address of the word in the back edge's
 * inline cache holding that micro-op's address, OPERAND1 the address of
 * the word holding the trace's index: read when the jump runs, so a trace
 * discarded since (its address zeroed) makes this an exit at the back
 * edge, and a trace compiled again is jumped to. The index goes to the VM
 * so exits are counted for the trace they leave from. */
#include "../jit.h"

UOP
{
    uint64_t body = *(const uint64_t *)OPERAND;
    EXIT_IF(body == 0);
    vm->trace = *(const uint32_t *)OPERAND1;
    __attribute__((musttail)) return ((TesseraUop *)(uintptr_t)body)(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD);
}
