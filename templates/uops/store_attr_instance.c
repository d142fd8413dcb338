/* _STORE_ATTR_INSTANCE: `obj.attr = value` (stack: value, obj) into slot
 * OPARG, under the guard of _LOAD_ATTR_INSTANCE, written inline; otherwise
 * leave the trace at the instruction. */
#include "../jit.h"

UOP
{
    TesseraValue obj = sp[-1];
    TesseraValue *slots = tessera_instance_slots(obj, OPERAND, OPERAND1);
    EXIT_IF(slots == 0);
    TesseraValue old = slots[OPARG];
    slots[OPARG] = sp[-2]; /* the value's reference moves into the slot */
    sp -= 2;
    DECREF(obj);
    if (old != TESSERA_NULL) {
        DECREF(old);
    }
    CONTINUE();
}
