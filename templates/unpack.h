/* unpack.h: the body of the _UNPACK_SEQUENCE micro-ops: unpack the top
 * into OPARG values. A tuple or list of exactly that length is unpacked
 * inline (last item deepest first, as the interpreter leaves them);
 * everything else goes to the general helper (tessera_jit_unpack_sequence).
 * A template may define UNPACK_N, the count it is for (OPARG then equals
 * it), so the copy is straight-line code instead of a loop. */
#ifndef TESSERA_UNPACK_H
#define TESSERA_UNPACK_H

#include "jit.h"

extern TesseraHelper tessera_jit_unpack_sequence;

#ifdef UNPACK_N
#define UNPACK_COUNT ((uint32_t)UNPACK_N)
#else
#define UNPACK_COUNT OPARG
#endif

UOP
{
    TesseraValue seq = sp[-1];
    if (__builtin_expect(tessera_is_ptr(seq), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(seq);
        int is_list = h->kind == TESSERA_KIND_LIST;
        if ((is_list || h->kind == TESSERA_KIND_TUPLE) && tessera_seq_len(h, is_list) == (int64_t)UNPACK_COUNT) {
            const TesseraValue *items = tessera_seq_items(h, is_list);
            TesseraValue *dst = sp - 1;
            for (uint32_t k = 0; k < UNPACK_COUNT; k++) {
                TesseraValue v = items[UNPACK_COUNT - 1 - k];
                tessera_incref(v);
                dst[k] = v;
            }
            sp = dst + UNPACK_COUNT;
            DECREF(seq);
            CONTINUE();
        }
    }
    GENERAL_CASE(tessera_jit_unpack_sequence);
}

#endif /* TESSERA_UNPACK_H */
