/* _LOAD_ATTR_INSTANCE: replace the instance on top of the stack by its slot
 * OPARG, if it still has the shape OPERAND and its class the version
 * OPERAND1 (the instruction's inline cache when the trace was projected);
 * otherwise leave the trace at the instruction. */
#include "../jit.h"

UOP
{
    TesseraValue v = tessera_jit_load_slot(sp[-1], OPERAND, OPERAND1, OPARG);
    EXIT_IF(v == TESSERA_NULL);
    TesseraValue obj = sp[-1];
    sp[-1] = v;
    DECREF(obj);
    CONTINUE();
}
