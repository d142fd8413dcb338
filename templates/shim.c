/* _SHIM: the entry into a trace. The runtime calls it with the C ABI; it
 * calls the trace's first stencil in the preserve_none convention (so this
 * function saves the callee-saved registers the trace may clobber) and
 * returns the trace's exit: the bytecode index to resume at. */
#include "jit.h"

TesseraExit _JIT_ENTRY(TesseraFrame *frame, TesseraValue *sp, TesseraVm *vm)
{
    return _JIT_CONTINUE(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD);
}
