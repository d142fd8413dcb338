/* _LOAD_ATTR_INSTANCE_LOCAL: _LOAD_FAST of local OPARG & 0xffff fused with
 * _LOAD_ATTR_INSTANCE of slot OPARG >> 16: push the slot of the
 * instance the local holds, if it has the shape OPERAND and its class the
 * version OPERAND1, without touching the instance's count. Otherwise (or if
 * the slot is empty) push the instance as _LOAD_FAST would have and leave
 * the trace at the attribute instruction. */
#include "../jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    TesseraValue *slots = tessera_instance_slots(obj, OPERAND, OPERAND1);
    TesseraValue v = slots ? slots[OPARG >> 16] : TESSERA_NULL;
    if (__builtin_expect(v == TESSERA_NULL, 0)) {
        tessera_incref(obj);
        *sp++ = obj;
        __attribute__((musttail)) return _JIT_EXIT_TARGET(frame, sp, vm);
    }
    tessera_incref(v);
    *sp++ = v;
    CONTINUE();
}
