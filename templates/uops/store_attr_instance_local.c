/* _STORE_ATTR_INSTANCE_LOCAL: _LOAD_FAST of local OPARG & 0xffff fused with
 * _STORE_ATTR_INSTANCE of slot OPARG >> 16 (stack: value): store the value
 * into the slot of the instance the local holds, if it has the shape
 * OPERAND and its class the version OPERAND1, without touching the
 * instance's count. Otherwise push the instance as _LOAD_FAST would have
 * and leave the trace at the attribute instruction. The slot's byte offset
 * is the second local-offset hole (8 x OPARG >> 16). */
#include "../jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    if (__builtin_expect(tessera_instance_is(obj, OPERAND, OPERAND1), 1)) {
        STORE_TOP_INTO_SLOT(&SLOT2(tessera_instance_slots_of(obj)));
        CONTINUE();
    }
    tessera_incref(obj);
    *sp++ = obj;
    EXIT_NOW();
}
