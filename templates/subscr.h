/* subscr.h: the inline fast paths of subscripts, shared by _BINARY_SUBSCR,
 * _BINARY_SUBSCR_KEEP, _STORE_SUBSCR and _STORE_SUBSCR_UNDER (which differ
 * only in where the operands lie on the stack and what happens to them). */
#ifndef TESSERA_SUBSCR_H
#define TESSERA_SUBSCR_H

#include "jit.h"

/* Item `key` (a small int, negative counting from the end) of the list or
 * tuple `h` (`is_list` says which): 1 with the item (a new reference) in
 * *out, 0 when out of range. */
static inline int tessera_seq_item_at(const TesseraHeader *h, int is_list, TesseraValue key, TesseraValue *out)
{
    int64_t n = tessera_seq_len(h, is_list);
    int64_t i = tessera_small_int(key);
    if (i < 0) {
        i += n;
    }
    if (__builtin_expect((uint64_t)i < (uint64_t)n, 1)) {
        TesseraValue v = tessera_seq_items(h, is_list)[i];
        tessera_incref(v);
        *out = v;
        return 1;
    }
    return 0;
}

/* container[key] for a list or tuple and an in-range small int: 1 with the
 * item (a new reference) in *out; 0 when the case does not apply. */
static inline int tessera_seq_item_fast(TesseraValue container, TesseraValue key, TesseraValue *out)
{
    if (__builtin_expect(tessera_is_ptr(container) && tessera_is_small_int(key), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(container);
        int is_list = h->kind == TESSERA_KIND_LIST;
        if (is_list || h->kind == TESSERA_KIND_TUPLE) {
            return tessera_seq_item_at(h, is_list, key, out);
        }
    }
    return 0;
}

/* The same for one kind only (`is_list` a constant: lists for the
 * `_..._LIST_INT` micro-ops, tuples for _BINARY_SUBSCR_TUPLE_INT), at sites
 * where the interpreter saw that kind: one kind to test, no selection
 * between the list's and the tuple's offsets. */
static inline int tessera_kind_item_fast(TesseraValue container, TesseraValue key, int is_list, TesseraValue *out)
{
    if (__builtin_expect(tessera_is_ptr(container) && tessera_is_small_int(key), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(container);
        if (h->kind == (is_list ? TESSERA_KIND_LIST : TESSERA_KIND_TUPLE)) {
            return tessera_seq_item_at(h, is_list, key, out);
        }
    }
    return 0;
}
static inline int tessera_list_item_fast(TesseraValue container, TesseraValue key, TesseraValue *out)
{
    return tessera_kind_item_fast(container, key, 1, out);
}

/* The list `container`, if it is one, else null. */
static inline const TesseraHeader *tessera_as_list(TesseraValue container)
{
    if (__builtin_expect(tessera_is_ptr(container), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(container);
        if (h->kind == TESSERA_KIND_LIST) {
            return h;
        }
    }
    return 0;
}

/* Stores `value` at index `i` (not negative) of the list `h` if in range:
 * 1 with the replaced item in *old (the value's reference moved in), 0,
 * changing nothing, when out of range. */
static inline int tessera_list_store_at(const TesseraHeader *h, uint64_t i, TesseraValue value, TesseraValue *old)
{
    if (__builtin_expect(i < (uint64_t)tessera_seq_len(h, 1), 1)) {
        TesseraValue *items = tessera_seq_items(h, 1);
        *old = items[i];
        items[i] = value;
        return 1;
    }
    return 0;
}

/* container[key] = value for a list and an in-range small int: 1 when
 * stored (the value's reference moved into the list, the replaced item's
 * in *old); 0, changing nothing, when the case does not apply. */
static inline int tessera_list_store_fast(TesseraValue container, TesseraValue key, TesseraValue value,
                                          TesseraValue *old)
{
    const TesseraHeader *h = tessera_as_list(container);
    if (__builtin_expect(h != 0 && tessera_is_small_int(key), 1)) {
        int64_t i = tessera_small_int(key);
        if (i < 0) {
            i += tessera_seq_len(h, 1);
        }
        return tessera_list_store_at(h, (uint64_t)i, value, old);
    }
    return 0;
}

/* Item `i` (a constant index, not negative) of the list `container`: 1
 * with the item (a new reference) in *out; 0 when `container` is no list
 * or `i` is out of range. */
static inline int tessera_list_item_const(TesseraValue container, uint64_t i, TesseraValue *out)
{
    const TesseraHeader *h = tessera_as_list(container);
    if (__builtin_expect(h != 0 && i < (uint64_t)tessera_seq_len(h, 1), 1)) {
        TesseraValue v = tessera_seq_items(h, 1)[i];
        tessera_incref(v);
        *out = v;
        return 1;
    }
    return 0;
}

#endif /* TESSERA_SUBSCR_H */
