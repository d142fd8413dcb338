/* _LOAD_ATTR_SLOT_LOCAL: _LOAD_ATTR_INSTANCE_LOCAL where the optimizer
 * knows the local's instance has the shape and class version already (a
 * guard on the same value passed, and nothing since could change them):
 * push slot OPARG >> 16 of the instance in local OPARG & 0xffff (its byte
 * offset is the second local-offset hole). An empty slot leaves as there
 * (the instance pushed, at the attribute instruction). OPERAND is unused;
 * OPERAND1 neither. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    TesseraValue v = SLOT2(tessera_instance_slots_of(obj));
    if (__builtin_expect(v == TESSERA_NULL, 0)) {
        tessera_incref(obj);
        SPILL_ENTRY();
        *sp++ = obj;
        EXIT_NOW();
    }
    tessera_incref(v);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
