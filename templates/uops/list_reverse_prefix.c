/* _LIST_REVERSE_PREFIX: `a[:k + 1] = a[k::-1]` with the list and k in
 * locals OPARG & 0xffff and OPARG >> 16 (fannkuch's flip): the first k + 1
 * items reversed in place, no count changed, nothing built. The optimizer
 * fuses the statement's twelve uops into this one (see fuse_reverse_prefix
 * in optimizer.rs). Anything else (no list, k no small int or out of
 * 0 <= k < len(a), where the two slices differ in length or order) leaves
 * the trace before the statement, which had done nothing yet: the
 * interpreter runs it in full. */
#include "../jit.h"
#include "../subscr.h"

UOP
{
    const TesseraHeader *h = tessera_as_list(LOCAL);
    TesseraValue k = LOCAL2;
    if (__builtin_expect(h != 0 && tessera_is_small_int(k), 1)) {
        int64_t n = tessera_small_int(k);
        if (__builtin_expect(n >= 0 && n < tessera_seq_len(h, 1), 1)) {
            TesseraValue *items = tessera_seq_items(h, 1);
            for (int64_t i = 0, j = n; i < j; i++, j--) {
                TesseraValue t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            CONTINUE();
        }
    }
    EXIT_NOW();
}
