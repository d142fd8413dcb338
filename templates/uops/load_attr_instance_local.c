/* _LOAD_ATTR_INSTANCE_LOCAL: _LOAD_FAST of local OPARG & 0xffff fused with
 * _LOAD_ATTR_INSTANCE of slot OPARG >> 16: push the slot of the
 * instance the local holds, if it has the shape OPERAND and its class the
 * version OPERAND1, without touching the instance's count. Otherwise (or if
 * the slot is empty) push the instance as _LOAD_FAST would have and leave
 * the trace at the attribute instruction. The slot's byte offset is the
 * second local-offset hole (8 x OPARG >> 16): one load, no shift. */
#include "../jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    /* tessera_instance_slots' checks, written out: its null result for a
     * failed guard would cost a test of the slots' address. */
    if (__builtin_expect(tessera_is_ptr(obj), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
        if (__builtin_expect(h->kind == TESSERA_KIND_INSTANCE &&
                                 *(const uint64_t *)((const char *)h + TESSERA_INSTANCE_SHAPE_OFFSET) == OPERAND &&
                                 *(const uint64_t *)((const char *)h->ty + TESSERA_CLASS_VERSION_OFFSET) == OPERAND1,
                             1)) {
            TesseraValue *slots = *(TesseraValue *const *)((const char *)h + TESSERA_INSTANCE_SLOTS_OFFSET);
            TesseraValue v = *(TesseraValue *)((char *)slots + (uintptr_t)&_JIT_LOCAL_OFFSET2);
            if (__builtin_expect(v != TESSERA_NULL, 1)) {
                tessera_incref(v);
                *sp++ = v;
                CONTINUE();
            }
        }
    }
    tessera_incref(obj);
    *sp++ = obj;
    __attribute__((musttail)) return _JIT_EXIT_TARGET(frame, sp, vm);
}
