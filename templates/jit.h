/* jit.h: the calling convention and holes of tessera's micro-op templates.
 *
 * Every micro-op is one C function, _JIT_ENTRY, compiled ahead of time into
 * a stencil (see xtask and stencil-gen). Stencils are chained by tail jumps:
 * each ends with `CONTINUE()`, a musttail call of _JIT_CONTINUE, which the
 * runtime patches to the next stencil's address (or removes when the next
 * stencil follows directly). The preserve_none convention keeps the VM state
 * (frame, stack pointer, VM) in registers across the whole trace, with no
 * callee-saved registers to spill at each hop.
 *
 * Holes are the addresses of extern `_JIT_*` symbols. The stencil reads the
 * *address* of `_JIT_OPERAND` as its 64-bit operand; the runtime patches
 * that address to the value it wants, so constants cost no memory load.
 */
#ifndef TESSERA_JIT_H
#define TESSERA_JIT_H

#include <stdint.h>
#include "tessera.h"

/* A trace leaves with the bytecode index to resume the interpreter at. */
typedef uint64_t TesseraExit;

#define TESSERA_UOP __attribute__((preserve_none))

/* `c0` and `c1` are the stack cache: up to two values from the top of the
 * evaluation stack that a micro-op passes to the next in registers instead
 * of through the stack in memory (see "Stack caching" below). */
typedef TESSERA_UOP TesseraExit TesseraUop(TesseraFrame *frame, TesseraValue *sp, TesseraVm *vm, TesseraValue c0,
                                           TesseraValue c1);

/* Control-flow holes are hidden: the compiler then treats them as local to
 * the image, so jumps to them are direct (`jmp rel32`, `b`) instead of
 * going through a GOT slot the way calls of runtime helpers do. Value holes
 * are not: on x86_64 they become 64-bit immediates (`movabs`), and on
 * AArch64 loads from a GOT slot in the stencil's data, since a hidden symbol
 * would be addressed PC-relatively, which cannot reach an arbitrary value. */
#define HOLE __attribute__((visibility("hidden")))

/* Holes for small values (the oparg, a local's offset) are "small data"
 * on x86_64: an explicit section that is not `.ldata` takes them out of the
 * medium model's large data, so the compiler addresses them with 32-bit
 * absolute relocations. The oparg is then a `mov r32, imm32`, and a local
 * a `disp32` on the frame register: one load, where a 64-bit `movabs` of
 * the index and a scaled load took three instructions. On AArch64 they
 * load from GOT slots like every other value hole. */
#if defined(__x86_64__)
#define SMALL_HOLE __attribute__((section(".data.tessera_small_hole")))
#else
#define SMALL_HOLE
#endif

/* Holes for values: their addresses are patched to the value. They are
 * weak because a value may be zero: the address of an ordinary extern
 * symbol is never null as far as the compiler knows, so it would drop
 * tests such as `OPERAND != 0` (a loop over the bits of a mask operand ran
 * once for an empty mask). A weak symbol's address may be null; the code
 * the holes produce is otherwise the same. */
#define VALUE_HOLE __attribute__((weak))
/* Except where the operand is code to jump to (_JUMP_ABSOLUTE defines
 * OPERAND_IS_CODE): code is never at address zero, and the jump stays a
 * direct branch only to a symbol that is not weak. */
#ifdef OPERAND_IS_CODE
extern char _JIT_OPERAND[];
#else
extern VALUE_HOLE char _JIT_OPERAND[];
#endif
extern VALUE_HOLE char _JIT_OPERAND1[];
extern VALUE_HOLE SMALL_HOLE char _JIT_OPARG[];
extern VALUE_HOLE SMALL_HOLE char _JIT_LOCAL_OFFSET[];
extern VALUE_HOLE SMALL_HOLE char _JIT_LOCAL_OFFSET2[];
#define OPERAND ((uint64_t)(uintptr_t)&_JIT_OPERAND)
#define OPERAND1 ((uint64_t)(uintptr_t)&_JIT_OPERAND1)
/* The oparg as a 64-bit value: `mov r32, imm32` has zero-extended it
 * already, so no truncating move follows. */
#define OPARG ((uint64_t)(uintptr_t)&_JIT_OPARG)
/* OPERAND as the address of a structure whose fields the stencil reads
 * (a frame template, an inline cache's table, a deferred slice). The empty
 * asm hides that it is a symbol's address: the compiler then loads it into
 * a register once and reads each field at a displacement from it, where it
 * would otherwise give every field its own 64-bit immediate (`movabs` of
 * the hole plus the field's offset, 10 bytes each on x86_64: 13 of them in
 * the polymorphic attribute stencils). */
static inline uintptr_t tessera_opaque(uintptr_t v)
{
    __asm__("" : "+r"(v));
    return v;
}
#define OPERAND_PTR(type) ((type *)tessera_opaque(OPERAND))
/* Local `OPARG & 0xffff` of the frame, as an lvalue. */
#define LOCAL (*(TesseraValue *)((char *)tessera_localsplus(frame) + (uintptr_t)&_JIT_LOCAL_OFFSET))
/* Local `OPARG >> 16`, for micro-ops that read two locals. */
#define LOCAL2 (*(TesseraValue *)((char *)tessera_localsplus(frame) + (uintptr_t)&_JIT_LOCAL_OFFSET2))

/* Holes for control flow: the next stencil, a jump target inside the trace
 * (loops, branches), the side exit taken when a guard fails, and the exit
 * taken when a runtime helper raised an exception. */
extern HOLE TesseraUop _JIT_CONTINUE;
extern HOLE TesseraUop _JIT_JUMP_TARGET;
extern HOLE TesseraUop _JIT_EXIT_TARGET;
extern HOLE TesseraUop _JIT_ERROR_TARGET;

/* Stack caching. A trace keeps up to two values from the top of the
 * evaluation stack in registers, `c0` below `c1`: `sp` marks where the
 * stack in memory ends, and the cached values sit above it. How many are
 * cached between two stencils is decided when the trace is compiled, so
 * each micro-op that takes part has a stencil per depth it can start at
 * (`_LOAD_FAST_r01`: starts with none cached, leaves one; `_r12`, `_r22`,
 * ...), made from one template compiled with CACHE_IN set to that depth.
 * The template declares its stack effect before including this header
 * (CACHED_POPS, CACHED_PUSHES; CACHED_BRANCH for a micro-op that may take
 * its jump target, where nothing may stay cached), reads its inputs with
 * IN(i) (0 the deepest), pops them with POP_INPUTS() and pushes with
 * PUSH(v): inputs come from the cache first, then from memory; outputs
 * go to the cache, the deepest cached value moving to memory when both
 * registers are in use. Without CACHE_IN the same template makes the
 * micro-op's plain stencil, which keeps everything in memory (the form
 * every other micro-op has, and that `_SPILL_1`/`_SPILL_2` return to).
 *
 * Every way out of a trace (exits, errors, jumps) expects nothing cached:
 * EXIT_IF writes the cache to memory first, with the stack as the
 * micro-op found it (so it must come before POP_INPUTS), and branches
 * only jump once their pops have emptied the cache. Stencils with nothing
 * cached pass TESSERA_DEAD for the registers, undefined (an uninitialized
 * variable's: `__builtin_nondeterministic_value` would be materialized as
 * a zeroing `xor`), which costs no instruction and keeps no register alive across helper calls. */
#pragma clang diagnostic ignored "-Wuninitialized"
#define TESSERA_DEAD \
    ({ \
        TesseraValue dead_; \
        dead_; \
    })
#ifdef CACHED_POPS
#ifndef CACHE_IN
#define CACHE_IN 0
#define CACHE_LIMIT 0
#else
#define CACHE_LIMIT 2
#endif
/* Input `i` of CACHED_POPS, 0 the deepest. */
#define IN(i) CACHE_PEEK(CACHED_POPS - 1 - (i))
/* The value `t` places below the top of the stack (0 the top). */
#define CACHE_PEEK(t) \
    ((t) < CACHE_IN ? (CACHE_IN - 1 - (t) == 0 ? c0 : c1) : sp[-((t) - CACHE_IN + 1)])
/* Pops the inputs; `cached_` counts the values still cached. */
#define POP_INPUTS() \
    int cached_ = CACHED_POPS >= CACHE_IN ? 0 : CACHE_IN - CACHED_POPS; \
    sp -= CACHED_POPS > CACHE_IN ? CACHED_POPS - CACHE_IN : 0
#define PUSH(v) \
    do { \
        TesseraValue v_ = (v); \
        if (CACHE_LIMIT == 0) { \
            *sp++ = v_; \
        } else if (cached_ == 0) { \
            c0 = v_; \
            cached_ = 1; \
        } else if (cached_ == 1) { \
            c1 = v_; \
            cached_ = 2; \
        } else { \
            *sp++ = c0; \
            c0 = c1; \
            c1 = v_; \
        } \
    } while (0)
/* The depth the stencil leaves, which the registers passed on follow. It
 * is worked out here, not from `cached_`: LLVM folds `cached_ >= 1 ? c0 : undef` to
 * `c0`, which would keep a dead register alive across helper calls. */
#if CACHE_LIMIT == 0
#define CACHE_OUT 0
#elif (CACHE_IN > CACHED_POPS ? CACHE_IN - CACHED_POPS : 0) + CACHED_PUSHES >= 2
#define CACHE_OUT 2
#else
#define CACHE_OUT ((CACHE_IN > CACHED_POPS ? CACHE_IN - CACHED_POPS : 0) + CACHED_PUSHES)
#endif
/* After a helper left the micro-op's results in memory: takes the ones
 * the stencil leaves cached back into the registers. */
#define RELOAD_OUT() \
    do { \
        if (CACHE_OUT == 1) { \
            c0 = sp[-1]; \
        } else if (CACHE_OUT == 2) { \
            c0 = sp[-2]; \
            c1 = sp[-1]; \
        } \
        sp -= CACHE_OUT; \
    } while (0)
#if CACHE_OUT >= 1
#define CACHE_OUT0 c0
#else
#define CACHE_OUT0 TESSERA_DEAD
#endif
#if CACHE_OUT >= 2
#define CACHE_OUT1 c1
#else
#define CACHE_OUT1 TESSERA_DEAD
#endif
/* Writes the cache as the micro-op found it to memory. */
#define SPILL_ENTRY() \
    do { \
        if (CACHE_IN >= 1) { \
            sp[0] = c0; \
        } \
        if (CACHE_IN >= 2) { \
            sp[1] = c1; \
        } \
        sp += CACHE_IN; \
    } while (0)
#else
#define CACHE_OUT0 TESSERA_DEAD
#define CACHE_OUT1 TESSERA_DEAD
#define SPILL_ENTRY() \
    do { \
    } while (0)
#define RELOAD_OUT() \
    do { \
    } while (0)
#endif

#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(frame, sp, vm, CACHE_OUT0, CACHE_OUT1)
#define JUMP_TO_JUMP_TARGET() \
    __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD)
/* Leaves the trace with the stack as it is in memory. */
#define EXIT_NOW() __attribute__((musttail)) return _JIT_EXIT_TARGET(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD)
#define EXIT_IF(cond) \
    do { \
        if (__builtin_expect(cond, 0)) { \
            SPILL_ENTRY(); \
            EXIT_NOW(); \
        } \
    } while (0)

#define ERROR_IF(cond) \
    do { \
        if (__builtin_expect(cond, 0)) { \
            __attribute__((musttail)) return _JIT_ERROR_TARGET(frame, sp, vm, TESSERA_DEAD, TESSERA_DEAD); \
        } \
    } while (0)

/* Sets `t` to the truth of a bool or small int `v`; other values leave the
 * trace at the instruction (the interpreter's general truth test). */
#define TRUTH_OR_EXIT(v, t) \
    do { \
        if ((v) == TESSERA_TRUE) { \
            (t) = 1; \
        } else if ((v) == TESSERA_FALSE) { \
            (t) = 0; \
        } else { \
            EXIT_IF(!tessera_is_small_int(v)); \
            (t) = tessera_small_int(v) != 0; \
        } \
    } while (0)

/* Runtime helpers (Rust `extern "C"` functions, linked into tessera). */

/* The helpers that do a whole bytecode instruction's general case: they
 * take the stack as the instruction finds it, and return the stack pointer
 * as the instruction leaves it, or null if it raised (the exception is
 * kept in the VM and the stack is untouched). `pc` is the index after the
 * instruction, which the helper stores in the frame (with the depth) before
 * it runs anything that can look at the frame. */
typedef TesseraValue *TesseraHelper(TesseraVm *vm, TesseraFrame *frame, TesseraValue *sp, uint32_t oparg,
                                    uint64_t operand, uint32_t pc);

/* Ends a micro-op with its instruction's general case: the helper `fn`
 * (OPERAND1 is the pc after the instruction), then the next stencil or the
 * error exit. A cached stencil writes its cache to memory first (so it
 * must come before POP_INPUTS) and takes the results it leaves cached
 * back. */
#define GENERAL_CASE(fn) \
    do { \
        SPILL_ENTRY(); \
        TesseraValue *r_ = fn(vm, frame, sp, OPARG, OPERAND, (uint32_t)OPERAND1); \
        ERROR_IF(r_ == 0); \
        sp = r_; \
        RELOAD_OUT(); \
        CONTINUE(); \
    } while (0)

/* Frees an object whose count a stencil dropped to zero. Freeing can run
 * Python code (`__del__`), so the helper first records the stack depth `sp`
 * marks in the frame: whatever then looks at the frame sees its live
 * values only. */
extern void tessera_jit_dealloc(TesseraFrame *frame, TesseraValue *sp, TesseraHeader *object);
/* Steps a range iterator: 1 and the next int in *out, 0 when it is
 * exhausted, or 2, changing nothing, when it is not a range iterator. */
extern int tessera_jit_for_iter_range(TesseraValue iterator, TesseraValue *out);
/* The same for list and tuple iterators (*out is a new reference). */
extern int tessera_jit_for_iter_seq(TesseraValue iterator, TesseraValue *out);
/* Steps an enumerate over a list, tuple or range: 1 with the item in
 * out[0] (a new reference) and the count in out[1], 0 when it is
 * exhausted, or 2, changing nothing, when it is not such an enumerate or
 * its count leaves small ints. */
extern int tessera_jit_for_iter_enumerate(TesseraValue iterator, TesseraValue *out);
/* After a `for` loop's step `r` (above) that gave no item: an exhausted
 * iterator is popped, as the interpreter pops it, and the trace leaves at
 * the loop's end (the jump target), where a continuation side trace can
 * take over; an iterator of another kind leaves at the FOR_ITER. */
#define FOR_ITER_END_OR_EXIT(r) \
    do { \
        if (__builtin_expect((r) != 1, 0)) { \
            if ((r) == 0) { \
                TesseraValue it_ = *--sp; \
                DECREF(it_); \
                JUMP_TO_JUMP_TARGET(); \
            } \
            EXIT_NOW(); \
        } \
    } while (0)
/* Fast paths (0 or TESSERA_NULL when the case does not apply; nothing is
 * changed then): a list or tuple item by small int (a new reference); a
 * list item stored by small int (the value's reference moves into the
 * list, the replaced item comes back in *old); a tuple or list of exactly
 * n items unpacked into dst[0..n], last first (new references). */
extern TesseraValue tessera_jit_subscr_seq_int(TesseraValue seq, TesseraValue key);
extern int tessera_jit_store_list_int(TesseraValue list, TesseraValue key, TesseraValue value, TesseraValue *old);
extern int tessera_jit_unpack_exact(TesseraValue seq, uint32_t n, TesseraValue *dst);
/* An instance's slot, under a guard on its shape and its class's version
 * (the snapshot of a LoadAttrInstance / StoreAttrInstance cache): the value
 * (a new reference) or TESSERA_NULL; a store moves the value in and gives
 * the old one back in *old, or returns 0 and changes nothing. */
extern TesseraValue tessera_jit_load_slot(TesseraValue obj, uint64_t shape, uint64_t version, uint32_t index);
extern int tessera_jit_store_slot(TesseraValue obj, uint64_t shape, uint64_t version, uint32_t index,
                                  TesseraValue value, TesseraValue *old);
/* Moves a yielded value into the innermost collect sink (the items a
 * `set(genexpr)` drain gathers): 1, or 0 with nothing taken when there is
 * no sink. */
extern int tessera_jit_collect(TesseraVm *vm, TesseraValue v);
/* Nonzero while a signal (Ctrl-C) waits to be handled. */
extern volatile uint8_t tessera_jit_signal_pending;

static inline void tessera_incref(TesseraValue v)
{
    if (tessera_is_ptr(v)) {
        ((TesseraHeader *)tessera_ptr(v))->rc++;
    }
}

/* Releases a reference; `sp` must mark the live stack (see
 * tessera_jit_dealloc). In a cached stencil the `cached` values still in
 * registers are written above `sp` before an object is freed, so the
 * frame shows them live. */
static inline void tessera_decref_cached(TesseraFrame *frame, TesseraValue *sp, TesseraValue v, int cached,
                                         TesseraValue c0, TesseraValue c1)
{
    if (tessera_is_ptr(v)) {
        TesseraHeader *h = (TesseraHeader *)tessera_ptr(v);
        if (--h->rc == 0) {
            if (cached >= 1) {
                sp[0] = c0;
            }
            if (cached >= 2) {
                sp[1] = c1;
            }
            tessera_jit_dealloc(frame, sp + cached, h);
        }
    }
}
/* Releases a reference with nothing cached. */
static inline void tessera_decref(TesseraFrame *frame, TesseraValue *sp, TesseraValue v)
{
    tessera_decref_cached(frame, sp, v, 0, 0, 0);
}
#if defined(CACHED_POPS)
#define DECREF(v) tessera_decref_cached(frame, sp, (v), cached_, c0, c1)
#else
#define DECREF(v) tessera_decref(frame, sp, (v))
#endif

/* Fills the header of a frame a trace pushes for a call inline, from the
 * callee's frame template: its function (a reference the frame takes), its
 * `locals` word and flags; the caller is `frame`, whose builtins it shares. */
static inline void tessera_init_callee(TesseraFrame *callee, TesseraFrame *frame, const TesseraFrameTemplate *t,
                                       TesseraValue func, TesseraValue locals, uint32_t flags)
{
    callee->previous = frame;
    callee->func = func;
    callee->code = t->code;
    callee->code_obj = t->code_obj;
    callee->globals = t->globals;
    callee->builtins = frame->builtins;
    callee->locals = locals;
    callee->pc = 0;
    callee->depth = 0;
    callee->generator = 0;
    callee->flags = flags;
    callee->nlocalsplus = t->nlocalsplus;
}

/* The entry of a polymorphic attribute cache's table (one per receiver
 * type: class version, shape, slot) for instance `obj`'s shape and class
 * version, or 0 when none matches or `obj` is no instance. With STORE, only
 * an entry for an attribute the shape has already (`extra2` zero; entries
 * that add the attribute along a shape transition are the helper's). The
 * entries are compared unrolled: each is two loads and compares. */
static inline const TesseraInlineCache *tessera_poly_entry(TesseraValue obj, const TesseraInlineCache *e, int store)
{
    if (__builtin_expect(tessera_is_ptr(obj), 1)) {
        const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
        if (__builtin_expect(h->kind == TESSERA_KIND_INSTANCE, 1)) {
            uint64_t shape = tessera_shape_of(h);
            uint64_t version = tessera_class_version_of(h);
#pragma clang loop unroll(full)
            for (int i = 0; i < TESSERA_POLY_ENTRIES; i++) {
                if (e[i].extra == shape && e[i].guard == version && (!store || e[i].extra2 == 0)) {
                    return &e[i];
                }
            }
        }
    }
    return 0;
}

/* The slot the table names for instance `obj` (see tessera_poly_entry),
 * or TESSERA_NULL when no entry matches or the slot is empty. */
static inline TesseraValue tessera_poly_slot(TesseraValue obj, const TesseraInlineCache *e)
{
    const TesseraInlineCache *hit = tessera_poly_entry(obj, e, 0);
    return hit ? tessera_instance_slots_of(obj)[hit->index] : TESSERA_NULL;
}

/* The slot an assignment to instance `obj` replaces, or 0 (see
 * tessera_poly_entry). */
static inline TesseraValue *tessera_poly_store_slot(TesseraValue obj, const TesseraInlineCache *e)
{
    const TesseraInlineCache *hit = tessera_poly_entry(obj, e, 1);
    return hit ? &tessera_instance_slots_of(obj)[hit->index] : 0;
}

/* Releases a reference to a value something else also holds (the
 * optimizer proved it): the count drops, never to zero. */
static inline void tessera_release_held(TesseraValue v)
{
    if (tessera_is_ptr(v)) {
        ((TesseraHeader *)tessera_ptr(v))->rc--;
    }
}

/* The slot of `slots` whose byte offset is the second local-offset hole
 * (8 x OPARG >> 16), for the attribute micro-ops that also read a local. */
#define SLOT2(slots) (*(TesseraValue *)((char *)(slots) + (uintptr_t)&_JIT_LOCAL_OFFSET2))

/* Moves the value on top of the stack into the slot `*(p)`, releasing the
 * value the slot held (none if it was empty). */
#define STORE_TOP_INTO_SLOT(p) \
    do { \
        TesseraValue *slot_ = (p); \
        TesseraValue old_ = *slot_; \
        *slot_ = *--sp; \
        if (old_ != TESSERA_NULL) { \
            DECREF(old_); \
        } \
    } while (0)

#define UOP \
    TESSERA_UOP TesseraExit _JIT_ENTRY(TesseraFrame *frame, TesseraValue *sp, TesseraVm *vm, TesseraValue c0, \
                                       TesseraValue c1)

#endif /* TESSERA_JIT_H */
