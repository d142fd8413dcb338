/* _STORE_ATTR_INSTANCE_ADD: `obj.attr = value` (stack: value, obj) that
 * adds the instance's next attribute, as the interpreter's
 * StoreAttrInstanceAdd does: _GUARD_INSTANCE before it checked the shape
 * and the class's version; the instance must have OPARG slots, the new
 * value goes in slot OPARG, and the shape becomes OPERAND (the cached
 * transition). A full slot vector is grown by a helper first. An instance
 * with another number of slots leaves the trace at the instruction,
 * nothing changed. */
#include "../jit.h"

/* Makes room for one more slot in the instance `h` (which has as many as
 * it has room for). */
extern void tessera_jit_reserve_slot(TesseraHeader *h);

UOP
{
    TesseraValue obj = sp[-1];
    char *h = (char *)tessera_ptr(obj);
    uint64_t len = *(uint64_t *)(h + TESSERA_INSTANCE_SLOTS_LEN_OFFSET);
    EXIT_IF(len != OPARG);
    if (__builtin_expect(len == *(uint64_t *)(h + TESSERA_INSTANCE_SLOTS_CAP_OFFSET), 0)) {
        tessera_jit_reserve_slot((TesseraHeader *)h);
    }
    TesseraValue *slots = *(TesseraValue **)(h + TESSERA_INSTANCE_SLOTS_OFFSET);
    slots[len] = sp[-2]; /* the value's reference moves into the slot */
    *(uint64_t *)(h + TESSERA_INSTANCE_SLOTS_LEN_OFFSET) = len + 1;
    *(uint64_t *)(h + TESSERA_INSTANCE_SHAPE_OFFSET) = OPERAND;
    sp -= 2;
    DECREF(obj);
    CONTINUE();
}
