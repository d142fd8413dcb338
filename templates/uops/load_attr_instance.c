/* _LOAD_ATTR_INSTANCE: replace the instance on top of the stack by its slot
 * OPARG, if it still has the shape OPERAND and its class the version
 * OPERAND1 (the instruction's inline cache when the trace was projected),
 * read inline (tessera_instance_slots); otherwise leave the trace at the
 * instruction. */
#include "../jit.h"

UOP
{
    TesseraValue obj = sp[-1];
    TesseraValue *slots = tessera_instance_slots(obj, OPERAND, OPERAND1);
    EXIT_IF(slots == 0);
    TesseraValue v = slots[OPARG];
    EXIT_IF(v == TESSERA_NULL); /* deleted: the interpreter raises */
    tessera_incref(v);
    sp[-1] = v;
    DECREF(obj);
    CONTINUE();
}
