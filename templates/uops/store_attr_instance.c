/* _STORE_ATTR_INSTANCE: `obj.attr = value` (stack: value, obj) into slot
 * OPARG, under the guard of _LOAD_ATTR_INSTANCE; otherwise leave the trace
 * at the instruction. */
#include "../jit.h"

UOP
{
    TesseraValue old;
    EXIT_IF(!tessera_jit_store_slot(sp[-1], OPERAND, OPERAND1, OPARG, sp[-2], &old));
    TesseraValue obj = sp[-1];
    sp -= 2; /* the value moved into the slot */
    DECREF(obj);
    DECREF(old);
    CONTINUE();
}
