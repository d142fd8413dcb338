/* _PUSH_INIT_FRAME: the class call _GUARD_CLASS_VERSION checked, made
 * inline as the interpreter makes it (stack: class, NULL, arguments): the
 * runtime allocates the instance (`object.__new__`), and the stencil
 * pushes a frame for `__init__` from its frame template (OPERAND; the
 * function itself is OPERAND1), with the instance as `self` and as the
 * frame's result (FRAME_INIT, kept in `locals`), the arguments (OPARG &
 * 0xff of them) moved in and the other locals unbound; the class is
 * released and the caller's pc becomes OPARG >> 8. The trace then runs
 * `__init__`'s micro-ops on the new frame. Leaves the trace at the CALL,
 * nothing changed, when the recursion limit or the data stack says no, or
 * the allocation fails (the interpreter then makes the call and raises). */
#include "../jit.h"

extern TesseraValue tessera_jit_new_instance(TesseraVm *vm, TesseraValue cls);

UOP
{
    const TesseraFrameTemplate *t = OPERAND_PTR(const TesseraFrameTemplate);
    const uint32_t n = (uint32_t)(OPARG & 0xff);
    TesseraValue *cls_slot = sp - n - 2;
    EXIT_IF(vm->depth >= vm->recursion_limit);
    uint64_t *top = vm->stack_top;
    EXIT_IF(t->words > (uint64_t)(vm->stack_limit - top));
    TesseraValue inst = tessera_jit_new_instance(vm, *cls_slot);
    EXIT_IF(inst == TESSERA_NULL);
    vm->stack_top = top + t->words;
    TesseraFrame *callee = (TesseraFrame *)top;
    TesseraValue init = (TesseraValue)OPERAND1;
    tessera_incref(init);
    /* One reference for `self`, one for the frame's result. */
    ((TesseraHeader *)tessera_ptr(inst))->rc++;
    tessera_init_callee(callee, frame, t, init, inst, TESSERA_FRAME_INIT);
    TesseraValue *locals = tessera_localsplus(callee);
    locals[0] = inst;
    const TesseraValue *args = sp - n;
    uint32_t i = 0;
#pragma clang loop vectorize(disable) unroll(disable)
    for (; i < n; i++) {
        locals[i + 1] = args[i];
    }
#pragma clang loop vectorize(disable) unroll(disable)
    for (i = n + 1; i < t->nlocalsplus; i++) {
        locals[i] = TESSERA_NULL;
    }
    frame->pc = (uint32_t)(OPARG >> 8);
    frame->depth = (uint32_t)(cls_slot - (tessera_localsplus(frame) + frame->nlocalsplus));
    /* The class's reference goes (its module holds it); the caller's stack
     * now ends below it. */
    tessera_decref(frame, cls_slot, *cls_slot);
    vm->depth++;
    vm->frame = callee;
    frame = callee;
    sp = locals + t->nlocalsplus;
    CONTINUE();
}
