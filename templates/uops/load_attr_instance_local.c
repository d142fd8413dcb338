/* _LOAD_ATTR_INSTANCE_LOCAL: _LOAD_FAST of local OPARG & 0xffff fused with
 * _LOAD_ATTR_INSTANCE of slot OPARG >> 16: push the slot of the
 * instance the local holds, if it has the shape OPERAND and its class the
 * version OPERAND1, without touching the instance's count. Otherwise (or if
 * the slot is empty) push the instance as _LOAD_FAST would have and leave
 * the trace at the attribute instruction. The slot's byte offset is the
 * second local-offset hole (8 x OPARG >> 16): one load, no shift. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    if (__builtin_expect(tessera_instance_is(obj, OPERAND, OPERAND1), 1)) {
        TesseraValue v = SLOT2(tessera_instance_slots_of(obj));
        if (__builtin_expect(v != TESSERA_NULL, 1)) {
            tessera_incref(v);
            POP_INPUTS();
            PUSH(v);
            CONTINUE();
        }
    }
    tessera_incref(obj);
    SPILL_ENTRY();
    *sp++ = obj;
    EXIT_NOW();
}
