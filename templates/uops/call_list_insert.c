/* _CALL_LIST_INSERT: `lst.insert(i, x)` for a small int i (see
 * list_call.h), clamped to the list as CPython does: the items from i on
 * move up one, when the list has room (growing it is the helper's). */
#include "../list_call.h"

UOP
{
    TesseraValue callable = sp[-4], self = sp[-3], i = sp[-2], x = sp[-1];
    TesseraHeader *l = tessera_list_call_receiver(callable, self, OPERAND);
    if (l && tessera_is_small_int(i)) {
        int64_t len = tessera_seq_len(l, 1);
        if (__builtin_expect(len < tessera_list_cap(l), 1)) {
            int64_t j = tessera_small_int(i);
            if (j < 0) {
                j += len;
                if (j < 0) {
                    j = 0;
                }
            } else if (j > len) {
                j = len;
            }
            TesseraValue *items = tessera_seq_items(l, 1);
            for (int64_t k = len; k > j; k--) {
                items[k] = items[k - 1];
            }
            /* x's reference moves into the list. */
            items[j] = x;
            tessera_list_set_len(l, len + 1);
            LIST_CALL_DONE(2, TESSERA_NONE, callable, self);
        }
    }
    GENERAL_CASE(tessera_jit_call);
}
