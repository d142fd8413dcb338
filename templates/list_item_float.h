/* list_item_float.h: the body of the _LIST_ITEM_*_FLOAT micro-ops,
 * `local[k] op= x` on a list of floats in one step: the optimizer fuses
 * `_LOAD_FAST; _LOAD_CONST; _BINARY_SUBSCR_KEEP_LIST_CONST; <x>;
 * _GUARD_NOS_FLOAT; _BINARY_OP_<op>_FLOAT; _STORE_SUBSCR_UNDER_LIST_CONST`
 * into `<x>; _LIST_ITEM_<op>_FLOAT` when computing x can neither leave the
 * trace nor touch anything but the stack (see fuse_list_items in
 * optimizer.rs). The list is read from its local in place (the local holds
 * it throughout), the item is replaced by the float result (floats own
 * nothing, so there is no count to move) and x, a float, is popped.
 *
 * Anything else (no list, too short, an item that is no float) leaves the
 * trace at the subscript the fused uops began with, with the stack it
 * found there (the list, a new reference, and the key): the interpreter
 * then computes x again, which had no effects, and does the rest in full.
 *
 * A template defines LIST_ITEM_OP as the C operator. OPARG is the local
 * (low half) and the index (high half). */
#ifndef TESSERA_LIST_ITEM_FLOAT_H
#define TESSERA_LIST_ITEM_FLOAT_H

#define CACHED_POPS 1
#define CACHED_PUSHES 0
#include "jit.h"
#include "subscr.h"

UOP
{
    TesseraValue container = LOCAL;
    uint64_t i = OPARG >> 16;
    const TesseraHeader *h = tessera_as_list(container);
    if (__builtin_expect(h != 0 && i < (uint64_t)tessera_seq_len(h, 1), 1)) {
        TesseraValue *item = &tessera_seq_items(h, 1)[i];
        if (__builtin_expect(tessera_is_float(*item), 1)) {
            *item = tessera_from_float(tessera_float(*item) LIST_ITEM_OP tessera_float(IN(0)));
            POP_INPUTS();
            CONTINUE();
        }
    }
    tessera_incref(container);
    SPILL_ENTRY();
    sp[-1] = container;
    *sp++ = tessera_from_small_int((int64_t)i);
    EXIT_NOW();
}

#endif /* TESSERA_LIST_ITEM_FLOAT_H */
