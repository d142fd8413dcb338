/* list_call.h: what _CALL_LIST_APPEND, _CALL_LIST_INSERT and _CALL_LIST_POP
 * share: finding the list a call of one list method is made on. Their
 * stack is the CALL's (callable, self-or-NULL, arguments); OPERAND is the
 * address of the method's Rust function, which the call site has only
 * ever called (interp::CALLEE_LIST_METHOD). Anything else (another
 * callable, a list subclass, an index that is not a small int, no room
 * left) is the general call's, by tessera_jit_call: nothing leaves the
 * trace. */
#ifndef TESSERA_LIST_CALL_H
#define TESSERA_LIST_CALL_H

#include "jit.h"

extern TesseraHelper tessera_jit_call;

/* Whether `f` is the native function of the list method `method`, not
 * bound to a receiver of its own. */
static inline int tessera_is_list_method(TesseraValue f, uint64_t method)
{
    if (!tessera_is_ptr(f)) {
        return 0;
    }
    const char *p = (const char *)tessera_ptr(f);
    return ((const TesseraHeader *)p)->kind == TESSERA_KIND_NATIVE_FUNCTION &&
           *(const uint64_t *)(p + TESSERA_NATIVE_FUNC_OFFSET) == method &&
           *(const TesseraValue *)(p + TESSERA_NATIVE_BOUND_OFFSET) == TESSERA_NULL;
}

/* The list the method `method` is called on, or null: either `callable`
 * is that method's function and the list is in the self slot
 * (`lst.append(x)`), or `callable` is a bound method of it and the self
 * slot is NULL (`f = lst.append; f(x)`); the list must be exactly a list. */
static inline TesseraHeader *tessera_list_call_receiver(TesseraValue callable, TesseraValue self, uint64_t method)
{
    if (!tessera_is_ptr(callable)) {
        return 0;
    }
    const char *c = (const char *)tessera_ptr(callable);
    TesseraValue receiver;
    if (self == TESSERA_NULL) {
        if (((const TesseraHeader *)c)->kind != TESSERA_KIND_BOUND_METHOD ||
            !tessera_is_list_method(*(const TesseraValue *)(c + TESSERA_BOUND_FUNC_OFFSET), method)) {
            return 0;
        }
        receiver = *(const TesseraValue *)(c + TESSERA_BOUND_RECEIVER_OFFSET);
    } else {
        if (!tessera_is_list_method(callable, method)) {
            return 0;
        }
        receiver = self;
    }
    if (!tessera_is_ptr(receiver)) {
        return 0;
    }
    TesseraHeader *h = (TesseraHeader *)tessera_ptr(receiver);
    return h->kind == TESSERA_KIND_LIST ? h : 0;
}

/* Ends a list method run inline: the call's `n` + 2 stack words become
 * `result`, and the callable and self slot are released (the arguments'
 * references went into the list, or were small ints). */
#define LIST_CALL_DONE(n, result, callable, self) \
    do { \
        sp -= (n) + 2; \
        *sp++ = (result); \
        DECREF(self); \
        DECREF(callable); \
        CONTINUE(); \
    } while (0)

#endif /* TESSERA_LIST_CALL_H */
