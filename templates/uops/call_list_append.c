/* _CALL_LIST_APPEND: `lst.append(x)` (see list_call.h): x is stored after
 * the last item when the list has room; growing it is the helper's. */
#include "../list_call.h"

UOP
{
    TesseraValue callable = sp[-3], self = sp[-2], x = sp[-1];
    TesseraHeader *l = tessera_list_call_receiver(callable, self, OPERAND);
    if (l) {
        int64_t len = tessera_seq_len(l, 1);
        if (__builtin_expect(len < tessera_list_cap(l), 1)) {
            /* x's reference moves into the list. */
            tessera_seq_items(l, 1)[len] = x;
            tessera_list_set_len(l, len + 1);
            LIST_CALL_DONE(1, TESSERA_NONE, callable, self);
        }
    }
    GENERAL_CASE(tessera_jit_call);
}
