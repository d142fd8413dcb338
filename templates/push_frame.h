/* push_frame.h: the body of the _PUSH_FRAME micro-ops.
 *
 * _PUSH_FRAME: the call _GUARD_CALLABLE checked, made inline, as the
 * interpreter's CALL does but without calling into the runtime: OPERAND is
 * the callee's frame template (FrameTemplate), OPARG the number of
 * arguments (low 16 bits) and whether a self argument comes first (bit
 * 16), OPERAND1 the caller's pc after the call. The new frame is carved
 * from the data stack, the callable's reference moves into its `func` and
 * the arguments into its first locals; the other locals start unbound.
 * The trace then runs the callee's micro-ops on the new frame. Leaves the
 * trace at the CALL, nothing changed, when the recursion limit or the
 * data stack says no (the interpreter then raises RecursionError or
 * MemoryError itself).
 *
 * A template may define PUSH_NARGS, the number of arguments (self
 * included) it is for: the trace then uses it for calls with that many,
 * and the copy of the arguments is straight-line code, with no count to
 * decode. */
#ifndef TESSERA_PUSH_FRAME_H
#define TESSERA_PUSH_FRAME_H

#include "jit.h"

UOP
{
    const TesseraFrameTemplate *t = OPERAND_PTR(const TesseraFrameTemplate);
#ifdef PUSH_NARGS
    const uint32_t nargs = PUSH_NARGS;
    /* The callable is below the self slot, filled or not. */
    TesseraValue *callable = sp - nargs - 2 + (uint32_t)((OPARG >> 16) & 1);
#else
    uint32_t n = (uint32_t)(OPARG & 0xffff);
    uint32_t nargs = n + (uint32_t)((OPARG >> 16) & 1);
    TesseraValue *callable = sp - n - 2;
#endif
    EXIT_IF(vm->depth >= vm->recursion_limit);
    uint64_t *top = vm->stack_top;
    EXIT_IF(t->words > (uint64_t)(vm->stack_limit - top));
    vm->stack_top = top + t->words;
    TesseraFrame *callee = (TesseraFrame *)top;
    tessera_init_callee(callee, frame, t, *callable, TESSERA_NULL, 0);
    TesseraValue *locals = tessera_localsplus(callee);
    const TesseraValue *args = sp - nargs;
    uint32_t i = 0;
    /* A call has a few arguments and locals: plain loops, which vector
     * code (a length check and a constant pool) would only slow down. */
#ifdef PUSH_NARGS
    for (; i < nargs; i++) {
        locals[i] = args[i];
    }
#else
#pragma clang loop vectorize(disable) unroll(disable)
    for (; i < nargs; i++) {
        locals[i] = args[i];
    }
#endif
#pragma clang loop vectorize(disable) unroll(disable)
    for (; i < t->nlocalsplus; i++) {
        locals[i] = TESSERA_NULL;
    }
    frame->pc = (uint32_t)OPERAND1;
    frame->depth = (uint32_t)(callable - (tessera_localsplus(frame) + frame->nlocalsplus));
    vm->depth++;
    vm->frame = callee;
    frame = callee;
    sp = locals + t->nlocalsplus;
    CONTINUE();
}

#endif /* TESSERA_PUSH_FRAME_H */
