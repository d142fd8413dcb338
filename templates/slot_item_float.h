/* slot_item_float.h: the body of the _SLOT_ITEM_*_FLOAT micro-ops,
 * `local.attr op= x` on an instance attribute holding a float, in one
 * step: the optimizer fuses `_LOAD_FAST n; _LOAD_ATTR_SLOT_LOCAL n k; <x>;
 * [_GUARD_NOS_FLOAT;] _BINARY_OP_<op>_FLOAT; _STORE_ATTR_SLOT_LOCAL n k;
 * _POP_TOP` into `<x>; _SLOT_ITEM_<op>_FLOAT` when computing x can neither
 * leave the trace nor touch anything but the stack (see fuse_slot_items in
 * optimizer.rs). The optimizer knows the instance's shape and class (the
 * `_SLOT_` uops need it), so slot k is read from the local's instance in
 * place, replaced by the float result (floats own nothing: no count to
 * move) and x, a float, is popped.
 *
 * Anything else (an empty slot, a value that is no float, a zero divisor)
 * leaves the trace at the attribute's load, with the stack it had there
 * (the instance twice: the augmented assignment's own reference and the
 * copy the load takes): the interpreter then computes x again, which had
 * no effects, and does the rest in full, raising what Python raises.
 *
 * A template defines SLOT_ITEM_OP as the C operator. OPARG is the local
 * (low half) and the slot (high half; its byte offset is the second
 * local-offset hole). */
#ifndef TESSERA_SLOT_ITEM_FLOAT_H
#define TESSERA_SLOT_ITEM_FLOAT_H

#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "jit.h"

UOP
{
    TesseraValue obj = LOCAL;
    TesseraValue *slot = &SLOT2(tessera_instance_slots_of(obj));
    double x = tessera_float(IN(0));
#ifdef SLOT_ITEM_DIV
    int ok = x != 0.0;
#else
    int ok = 1;
#endif
    if (__builtin_expect(ok && tessera_is_float(*slot), 1)) {
        *slot = tessera_from_float(tessera_float(*slot) SLOT_ITEM_OP x);
        POP_INPUTS();
        CONTINUE();
    }
    tessera_incref(obj);
    tessera_incref(obj);
    SPILL_ENTRY();
    sp[-1] = obj;
    *sp++ = obj;
    EXIT_NOW();
}

#endif /* TESSERA_SLOT_ITEM_FLOAT_H */
