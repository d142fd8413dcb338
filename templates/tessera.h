/* tessera.h: the runtime's value word, object header and frame layout, for
 * the JIT's C templates.
 *
 * This is the C mirror of runtime/src/value.rs, object.rs and frame.rs. The
 * test runtime/tests/layout.rs parses the constants and offsets below and
 * checks them against the Rust definitions, so the two cannot drift apart.
 */
#ifndef TESSERA_H
#define TESSERA_H

#include <stdint.h>

/* -- The value word (NaN-boxing) ------------------------------------------- */

typedef uint64_t TesseraValue;

/* A heap pointer is stored complemented (~address): every word at or above
 * TESSERA_TAG_PTR is one, and tessera_ptr() recovers the address. */
#define TESSERA_TAG_PTR       0xFFFF000000000000ull
#define TESSERA_TAG_INT       0xFFF9000000000000ull
#define TESSERA_TAG_SPECIAL   0xFFFA000000000000ull
#define TESSERA_TAG_MASK      0xFFFF000000000000ull
#define TESSERA_BOXED_MASK    0xFFF8000000000000ull
#define TESSERA_PAYLOAD_MASK  0x0000FFFFFFFFFFFFull
#define TESSERA_CANONICAL_NAN 0x7FF8000000000000ull
#define TESSERA_SMALL_INT_MIN (-(1ll << 47))
#define TESSERA_SMALL_INT_MAX ((1ll << 47) - 1)
#define TESSERA_NULL  (TESSERA_TAG_SPECIAL | 0)
#define TESSERA_NONE  (TESSERA_TAG_SPECIAL | 1)
#define TESSERA_FALSE (TESSERA_TAG_SPECIAL | 2)
#define TESSERA_TRUE  (TESSERA_TAG_SPECIAL | 3)

static inline int tessera_is_float(TesseraValue v) { return (v & TESSERA_BOXED_MASK) != TESSERA_BOXED_MASK; }
static inline int tessera_is_small_int(TesseraValue v) { return (v & TESSERA_TAG_MASK) == TESSERA_TAG_INT; }
static inline int tessera_is_ptr(TesseraValue v) { return v >= TESSERA_TAG_PTR; }
static inline void *tessera_ptr(TesseraValue v) { return (void *)~v; }
static inline TesseraValue tessera_from_ptr(const void *p) { return ~(TesseraValue)p; }
static inline double tessera_float(TesseraValue v) { double d; __builtin_memcpy(&d, &v, sizeof d); return d; }
/* Every stored NaN is the canonical one. The test is a branch, not the
 * `cmov` LLVM would choose: a NaN is rare and the branch predicted, while
 * a `cmov` puts the compare on the dependency chain of every float result
 * (the empty volatile asm keeps LLVM from turning the branch into a
 * select). */
static inline TesseraValue tessera_from_float(double d)
{
    TesseraValue v;
    if (__builtin_expect(d != d, 0)) {
        __asm__ volatile("");
        return TESSERA_CANONICAL_NAN;
    }
    __builtin_memcpy(&v, &d, sizeof v);
    return v;
}
static inline int64_t tessera_small_int(TesseraValue v) { return ((int64_t)(v << 16)) >> 16; }
static inline TesseraValue tessera_from_small_int(int64_t i) { return TESSERA_TAG_INT | ((uint64_t)i & TESSERA_PAYLOAD_MASK); }
/* A small int scaled by 2^16 (its 48-bit payload in the top bits). Sums,
 * differences and products (by an unscaled int) of scaled ints overflow
 * int64 exactly when the small-int result would not fit 48 bits, so the
 * CPU's overflow flag is the range check, and no sign extension or
 * masking is needed on either side: shift, add, branch on overflow, shift
 * back and tag. */
static inline int64_t tessera_small_int_hi(TesseraValue v) { return (int64_t)(v << 16); }
static inline TesseraValue tessera_from_small_int_hi(int64_t hi) { return TESSERA_TAG_INT | ((uint64_t)hi >> 16); }

/* -- The object header -------------------------------------------------------- */

typedef struct TesseraHeader {
    uint32_t rc;        /* reference count */
    uint32_t gc_index;  /* cycle-collector registry slot, or UINT32_MAX */
    const struct TesseraHeader *ty; /* the object's class */
    uint8_t kind;       /* which payload follows (ObjKind) */
    uint8_t gc_flags;
    uint8_t pad[6];
} TesseraHeader;

#define TESSERA_HEADER_SIZE 24
#define TESSERA_HEADER_OFFSET_RC 0
#define TESSERA_HEADER_OFFSET_GC_INDEX 4
#define TESSERA_HEADER_OFFSET_TY 8
#define TESSERA_HEADER_OFFSET_KIND 16

/* -- Frames -------------------------------------------------------------------- */

typedef struct TesseraFrame {
    struct TesseraFrame *previous;
    TesseraValue func;
    const void *code;
    TesseraValue code_obj;
    TesseraValue globals;
    TesseraValue builtins;
    TesseraValue locals;
    uint32_t pc;
    uint32_t depth;
    const TesseraHeader *generator;
    uint32_t flags;
    uint32_t nlocalsplus;
    /* TesseraValue localsplus[nlocalsplus]; then the evaluation stack. */
} TesseraFrame;

#define TESSERA_FRAME_SIZE 80
#define TESSERA_FRAME_OFFSET_PREVIOUS 0
#define TESSERA_FRAME_OFFSET_FUNC 8
#define TESSERA_FRAME_OFFSET_CODE 16
#define TESSERA_FRAME_OFFSET_GLOBALS 32
#define TESSERA_FRAME_OFFSET_PC 56
#define TESSERA_FRAME_OFFSET_DEPTH 60
#define TESSERA_FRAME_OFFSET_NLOCALSPLUS 76
#define TESSERA_FRAME_OFFSET_FLAGS 72
/* Frame flags (interp::FRAME_INIT, interp::FRAME_INLINE_GEN,
 * interp::FRAME_COLLECT): an `__init__` whose return yields the instance
 * (kept in the frame's `locals`), a generator run inline by a `for` loop,
 * and one drained by a collecting consumer such as `set(genexpr)`. */
#define TESSERA_FRAME_INIT 2
#define TESSERA_FRAME_INLINE_GEN 8
#define TESSERA_FRAME_COLLECT 16

static inline TesseraValue *tessera_localsplus(TesseraFrame *f) { return (TesseraValue *)(f + 1); }

/* What a frame for one function starts as (FrameTemplate in frame.rs):
 * the `_PUSH_FRAME` stencil copies it into the frames it pushes. */
typedef struct TesseraFrameTemplate {
    const void *code;
    TesseraValue code_obj;
    TesseraValue globals;
    uint32_t words;       /* the frame's size in 8-byte words */
    uint32_t nlocalsplus;
} TesseraFrameTemplate;

#define TESSERA_FRAME_TEMPLATE_OFFSET_CODE_OBJ 8
#define TESSERA_FRAME_TEMPLATE_OFFSET_WORDS 24
#define TESSERA_FRAME_TEMPLATE_OFFSET_NLOCALSPLUS 28

/* -- Inline caches ----------------------------------------------------------- */

/* One instruction's inline cache (InlineCache in bytecode.rs, `repr(C)`),
 * as a polymorphic attribute cache's entries hold them: for an instance
 * attribute, `guard` is the class's version, `extra` the shape and `index`
 * the slot; for a method, `guard` is the class's version, `extra` the
 * method, `extra2` the shape the instance had (with no attribute of the
 * method's name) and `aux` 1 for a classmethod. A `*Poly` instruction's
 * table has TESSERA_POLY_ENTRIES of them; unused ones are zero, which no
 * shape is. */
typedef struct TesseraInlineCache {
    uint16_t counter;
    uint16_t aux;
    uint32_t index;
    uint64_t guard;
    uint64_t extra;
    uint64_t extra2;
} TesseraInlineCache;

#define TESSERA_INLINE_CACHE_SIZE 32
#define TESSERA_INLINE_CACHE_OFFSET_INDEX 4
#define TESSERA_INLINE_CACHE_OFFSET_GUARD 8
#define TESSERA_INLINE_CACHE_OFFSET_EXTRA 16
#define TESSERA_INLINE_CACHE_OFFSET_EXTRA2 24
#define TESSERA_INLINE_CACHE_OFFSET_AUX 2
#define TESSERA_POLY_ENTRIES 4

/* -- The VM ------------------------------------------------------------------ */

/* The fields of the VM stencils touch, which come first in the Rust struct
 * (`repr(C)`): the innermost frame, the Python call depth and its limit,
 * the index of the running trace (`_JUMP_TO_TRACE` sets it when one trace
 * continues in another), and the data stack frames are pushed on.
 * Everything after them is for runtime helpers only. */
typedef struct TesseraVm {
    TesseraFrame *frame;
    uint32_t depth;
    uint32_t recursion_limit;
    uint64_t trace;
    uint64_t *stack_base;
    uint64_t *stack_top;
    uint64_t *stack_limit;
} TesseraVm;

#define TESSERA_VM_OFFSET_FRAME 0
#define TESSERA_VM_OFFSET_DEPTH 8
#define TESSERA_VM_OFFSET_RECURSION_LIMIT 12
#define TESSERA_VM_OFFSET_TRACE 16
#define TESSERA_VM_OFFSET_STACK_TOP 32
#define TESSERA_VM_OFFSET_STACK_LIMIT 40

/* Lists and tuples, as stencils read them inline: the object kinds (the
 * header's `kind` byte) and, from the start of the header, the word holding
 * the address of the items and the word holding their number. Rust does
 * not fix the field order of the Vec and boxed slice behind these, so the
 * runtime checks these offsets against the real layout before it enables
 * tier 2 (runtime/src/jit/layout.rs), and runtime/tests/layout.rs checks
 * them too. */
#define TESSERA_KIND_LIST 5
#define TESSERA_KIND_TUPLE 6
#define TESSERA_LIST_ITEMS_OFFSET 32
#define TESSERA_LIST_LEN_OFFSET 40
#define TESSERA_LIST_CAP_OFFSET 24
#define TESSERA_TUPLE_ITEMS_OFFSET 24
#define TESSERA_TUPLE_LEN_OFFSET 32

/* Native functions and bound methods, as the list-method micro-ops check
 * them: the kinds; a native function's Rust function (its address) and
 * bound receiver (NULL for an unbound method); a bound method's function
 * and receiver. Both payloads are repr(C); checked at compile time
 * (runtime/src/jit/layout.rs). */
#define TESSERA_KIND_NATIVE_FUNCTION 13
#define TESSERA_KIND_BOUND_METHOD 14
#define TESSERA_NATIVE_FUNC_OFFSET 24
#define TESSERA_NATIVE_BOUND_OFFSET 32
#define TESSERA_BOUND_FUNC_OFFSET 24
#define TESSERA_BOUND_RECEIVER_OFFSET 32

/* A closure cell: its kind and the word holding its value (NULL while
 * unbound). Checked at compile time (runtime/src/jit/layout.rs). */
#define TESSERA_KIND_CELL 15
#define TESSERA_CELL_VALUE_OFFSET 24

/* Instances of Python classes, as the attribute micro-ops read them: the
 * kind, the class's version word (from the class object's header), and the
 * instance's shape pointer, the address, number and room of its slots and
 * its dict word, NULL unless its attributes live in a dict (from the
 * instance's header). Checked like the offsets above. */
#define TESSERA_KIND_CLASS 16
#define TESSERA_KIND_INSTANCE 17
#define TESSERA_CLASS_VERSION_OFFSET 96
#define TESSERA_INSTANCE_SHAPE_OFFSET 24
#define TESSERA_INSTANCE_SLOTS_OFFSET 40
#define TESSERA_INSTANCE_SLOTS_LEN_OFFSET 48
#define TESSERA_INSTANCE_SLOTS_CAP_OFFSET 32
#define TESSERA_INSTANCE_DICT_OFFSET 56

/* The slots of `obj` if it is an instance with shape `shape` whose class has
 * version `version` (what a specialized attribute instruction's inline cache
 * recorded), else null. */
static inline TesseraValue *tessera_instance_slots(TesseraValue obj, uint64_t shape, uint64_t version)
{
    if (!tessera_is_ptr(obj)) {
        return 0;
    }
    const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
    if (h->kind != TESSERA_KIND_INSTANCE || *(const uint64_t *)((const char *)h + TESSERA_INSTANCE_SHAPE_OFFSET) != shape ||
        *(const uint64_t *)((const char *)h->ty + TESSERA_CLASS_VERSION_OFFSET) != version) {
        return 0;
    }
    return *(TesseraValue *const *)((const char *)h + TESSERA_INSTANCE_SLOTS_OFFSET);
}

/* An instance's shape word and its class's version word, from its header. */
static inline uint64_t tessera_shape_of(const TesseraHeader *h)
{
    return *(const uint64_t *)((const char *)h + TESSERA_INSTANCE_SHAPE_OFFSET);
}
static inline uint64_t tessera_class_version_of(const TesseraHeader *h)
{
    return *(const uint64_t *)((const char *)h->ty + TESSERA_CLASS_VERSION_OFFSET);
}

/* tessera_instance_slots' checks as a truth value, for micro-ops that
 * branch on them: a null result for a failed guard would cost a test of
 * the slots' address. */
static inline int tessera_instance_is(TesseraValue obj, uint64_t shape, uint64_t version)
{
    if (!tessera_is_ptr(obj)) {
        return 0;
    }
    const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(obj);
    return h->kind == TESSERA_KIND_INSTANCE && tessera_shape_of(h) == shape && tessera_class_version_of(h) == version;
}

/* The slots of a value known to be an instance. */
static inline TesseraValue *tessera_instance_slots_of(TesseraValue obj)
{
    return *(TesseraValue *const *)((const char *)tessera_ptr(obj) + TESSERA_INSTANCE_SLOTS_OFFSET);
}

/* The items and length of a list or tuple whose kind is known. */
static inline TesseraValue *tessera_seq_items(const TesseraHeader *h, int is_list)
{
    return *(TesseraValue *const *)((const char *)h + (is_list ? TESSERA_LIST_ITEMS_OFFSET : TESSERA_TUPLE_ITEMS_OFFSET));
}
static inline int64_t tessera_seq_len(const TesseraHeader *h, int is_list)
{
    return *(const int64_t *)((const char *)h + (is_list ? TESSERA_LIST_LEN_OFFSET : TESSERA_TUPLE_LEN_OFFSET));
}

/* The room for items of a list (its Vec's capacity). */
static inline int64_t tessera_list_cap(const TesseraHeader *h)
{
    return *(const int64_t *)((const char *)h + TESSERA_LIST_CAP_OFFSET);
}
static inline void tessera_list_set_len(TesseraHeader *h, int64_t len)
{
    *(int64_t *)((char *)h + TESSERA_LIST_LEN_OFFSET) = len;
}

/* The bounds a _BINARY_SLICE_DEFERRED keeps for the _STORE_SLICE_FROM_SLICE
 * after it (jit::tier2::DeferredSlice, repr(C)): value words of small ints
 * or None; `valid` 0 when the slice was built after all. The stencils find
 * it at the address in their operand. */
typedef struct {
    uint64_t valid;
    TesseraValue start;
    TesseraValue stop;
    TesseraValue step;
} TesseraDeferredSlice;

#endif /* TESSERA_H */
