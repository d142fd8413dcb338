/* _STORE_ATTR_SLOT_LOCAL: _STORE_ATTR_INSTANCE_LOCAL where the optimizer
 * knows the local's instance has the shape and class version already (a
 * guard on the same value passed, and nothing since could change them):
 * store the value on the stack into slot OPARG >> 16 of the instance in
 * local OPARG & 0xffff (its byte offset is the second local-offset hole),
 * releasing what the slot held. Never leaves. */
#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    POP_INPUTS();
    TesseraValue *slot = &SLOT2(tessera_instance_slots_of(LOCAL));
    TesseraValue old = *slot;
    *slot = v;
    if (old != TESSERA_NULL) {
        DECREF(old);
    }
    CONTINUE();
}
