//! Checks that `templates/tessera.h` describes the same value word, object
//! header and frame layout as the Rust definitions, so the JIT's C templates
//! read and write the runtime's data correctly.

use std::mem::{offset_of, size_of};
use tessera::frame::Frame;
use tessera::object::Header;
use tessera::value;

fn header_defines() -> std::collections::HashMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../templates/tessera.h");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("#define "))
        .filter_map(|l| {
            let mut it = l.splitn(2, char::is_whitespace);
            Some((it.next()?.to_string(), it.next()?.trim().to_string()))
        })
        .collect()
}

fn check(defs: &std::collections::HashMap<String, String>, name: &str, expected: u64) {
    let raw = defs.get(name).unwrap_or_else(|| panic!("{name} missing from tessera.h"));
    let t = raw.trim_end_matches("ull").trim_end_matches("ll");
    let got = if let Some(h) = t.strip_prefix("0x") {
        u64::from_str_radix(h, 16).unwrap()
    } else {
        t.parse::<u64>().unwrap()
    };
    assert_eq!(got, expected, "{name}: tessera.h says {raw}, Rust says {expected:#x}");
}

#[test]
fn value_word_constants_agree() {
    let d = header_defines();
    check(&d, "TESSERA_TAG_PTR", value::TAG_PTR);
    check(&d, "TESSERA_TAG_INT", value::TAG_INT);
    check(&d, "TESSERA_TAG_SPECIAL", value::TAG_SPECIAL);
    check(&d, "TESSERA_TAG_MASK", value::TAG_MASK);
    check(&d, "TESSERA_BOXED_MASK", value::BOXED_MASK);
    check(&d, "TESSERA_PAYLOAD_MASK", value::PAYLOAD_MASK);
    check(&d, "TESSERA_CANONICAL_NAN", value::CANONICAL_NAN);
    assert_eq!(value::BITS_NONE, value::TAG_SPECIAL | 1);
    assert_eq!(value::BITS_TRUE, value::TAG_SPECIAL | 3);
    assert_eq!(size_of::<value::Value>(), 8);
}

#[test]
fn header_layout_agrees() {
    let d = header_defines();
    check(&d, "TESSERA_HEADER_SIZE", size_of::<Header>() as u64);
    check(&d, "TESSERA_HEADER_OFFSET_RC", offset_of!(Header, rc) as u64);
    check(&d, "TESSERA_HEADER_OFFSET_GC_INDEX", offset_of!(Header, gc_index) as u64);
    check(&d, "TESSERA_HEADER_OFFSET_TY", offset_of!(Header, ty) as u64);
    check(&d, "TESSERA_HEADER_OFFSET_KIND", offset_of!(Header, kind) as u64);
}

#[test]
fn frame_layout_agrees() {
    let d = header_defines();
    check(&d, "TESSERA_FRAME_SIZE", size_of::<Frame>() as u64);
    check(&d, "TESSERA_FRAME_OFFSET_PREVIOUS", offset_of!(Frame, previous) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_FUNC", offset_of!(Frame, func) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_CODE", offset_of!(Frame, code) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_GLOBALS", offset_of!(Frame, globals) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_PC", offset_of!(Frame, pc) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_DEPTH", offset_of!(Frame, depth) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_NLOCALSPLUS", offset_of!(Frame, nlocalsplus) as u64);
    check(&d, "TESSERA_FRAME_OFFSET_FLAGS", offset_of!(Frame, flags) as u64);
    check(&d, "TESSERA_FRAME_INIT", tessera::interp::FRAME_INIT as u64);
    check(&d, "TESSERA_FRAME_INLINE_GEN", tessera::interp::FRAME_INLINE_GEN as u64);
    check(&d, "TESSERA_FRAME_COLLECT", tessera::interp::FRAME_COLLECT as u64);
}

#[test]
fn vm_and_frame_template_layout_agree() {
    use tessera::frame::FrameTemplate;
    use tessera::vm::Vm;
    let d = header_defines();
    check(&d, "TESSERA_FRAME_TEMPLATE_OFFSET_CODE_OBJ", offset_of!(FrameTemplate, code_obj) as u64);
    check(&d, "TESSERA_FRAME_TEMPLATE_OFFSET_WORDS", offset_of!(FrameTemplate, words) as u64);
    check(&d, "TESSERA_FRAME_TEMPLATE_OFFSET_NLOCALSPLUS", offset_of!(FrameTemplate, nlocalsplus) as u64);
    check(&d, "TESSERA_VM_OFFSET_FRAME", offset_of!(Vm, frame) as u64);
    check(&d, "TESSERA_VM_OFFSET_DEPTH", offset_of!(Vm, depth) as u64);
    check(&d, "TESSERA_VM_OFFSET_RECURSION_LIMIT", offset_of!(Vm, recursion_limit) as u64);
    check(&d, "TESSERA_VM_OFFSET_TRACE", offset_of!(Vm, jit_trace) as u64);
    let stack = offset_of!(Vm, stack);
    check(&d, "TESSERA_VM_OFFSET_STACK_TOP", (stack + offset_of!(tessera::frame::DataStack, top)) as u64);
    check(&d, "TESSERA_VM_OFFSET_STACK_LIMIT", (stack + offset_of!(tessera::frame::DataStack, limit)) as u64);
}

#[test]
fn inline_cache_layout_agrees() {
    use tessera::bytecode::{InlineCache, POLY_ENTRIES};
    let d = header_defines();
    check(&d, "TESSERA_INLINE_CACHE_SIZE", size_of::<InlineCache>() as u64);
    check(&d, "TESSERA_INLINE_CACHE_OFFSET_INDEX", offset_of!(InlineCache, index) as u64);
    check(&d, "TESSERA_INLINE_CACHE_OFFSET_GUARD", offset_of!(InlineCache, guard) as u64);
    check(&d, "TESSERA_INLINE_CACHE_OFFSET_EXTRA", offset_of!(InlineCache, extra) as u64);
    check(&d, "TESSERA_INLINE_CACHE_OFFSET_EXTRA2", offset_of!(InlineCache, extra2) as u64);
    check(&d, "TESSERA_INLINE_CACHE_OFFSET_AUX", offset_of!(InlineCache, aux) as u64);
    check(&d, "TESSERA_POLY_ENTRIES", POLY_ENTRIES as u64);
}

#[test]
fn sequence_layout_agrees() {
    use tessera::jit::layout;
    let d = header_defines();
    check(&d, "TESSERA_KIND_LIST", layout::KIND_LIST as u64);
    check(&d, "TESSERA_KIND_TUPLE", layout::KIND_TUPLE as u64);
    check(&d, "TESSERA_KIND_INSTANCE", layout::KIND_INSTANCE as u64);
    check(&d, "TESSERA_KIND_CLASS", layout::KIND_CLASS as u64);
    check(&d, "TESSERA_KIND_NATIVE_FUNCTION", layout::KIND_NATIVE_FUNCTION as u64);
    check(&d, "TESSERA_KIND_BOUND_METHOD", layout::KIND_BOUND_METHOD as u64);
    check(&d, "TESSERA_KIND_CELL", layout::KIND_CELL as u64);
    let [list_items, list_len, list_cap, tuple_items, tuple_len, class_version, shape, slots, slots_len, slots_cap, dict] =
        layout::probe().expect("a probe-able layout");
    check(&d, "TESSERA_LIST_ITEMS_OFFSET", list_items as u64);
    check(&d, "TESSERA_LIST_LEN_OFFSET", list_len as u64);
    check(&d, "TESSERA_LIST_CAP_OFFSET", list_cap as u64);
    check(&d, "TESSERA_TUPLE_ITEMS_OFFSET", tuple_items as u64);
    check(&d, "TESSERA_TUPLE_LEN_OFFSET", tuple_len as u64);
    check(&d, "TESSERA_CLASS_VERSION_OFFSET", class_version as u64);
    check(&d, "TESSERA_INSTANCE_SHAPE_OFFSET", shape as u64);
    check(&d, "TESSERA_INSTANCE_SLOTS_OFFSET", slots as u64);
    check(&d, "TESSERA_INSTANCE_SLOTS_LEN_OFFSET", slots_len as u64);
    check(&d, "TESSERA_INSTANCE_SLOTS_CAP_OFFSET", slots_cap as u64);
    check(&d, "TESSERA_INSTANCE_DICT_OFFSET", dict as u64);
    assert!(layout::agrees());
    use tessera::object::{BoundMethod, NativeFunction, Obj};
    let native = offset_of!(Obj<NativeFunction>, data);
    check(&d, "TESSERA_NATIVE_FUNC_OFFSET", (native + offset_of!(NativeFunction, func)) as u64);
    check(&d, "TESSERA_NATIVE_BOUND_OFFSET", (native + offset_of!(NativeFunction, bound)) as u64);
    let cell = offset_of!(Obj<tessera::object::CellObj>, data);
    check(&d, "TESSERA_CELL_VALUE_OFFSET", (cell + offset_of!(tessera::object::CellObj, v)) as u64);
    let bound = offset_of!(Obj<BoundMethod>, data);
    check(&d, "TESSERA_BOUND_FUNC_OFFSET", (bound + offset_of!(BoundMethod, func)) as u64);
    check(&d, "TESSERA_BOUND_RECEIVER_OFFSET", (bound + offset_of!(BoundMethod, receiver)) as u64);
}

#[test]
fn header_compiles_as_c() {
    // The header must be valid C for the templates; compile a probe with the
    // system C compiler that asserts the sizes statically.
    let dir = std::env::temp_dir().join(format!("tessera-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let probe = dir.join("probe.c");
    std::fs::write(
        &probe,
        format!(
            "#include \"{}/../templates/tessera.h\"\n#include <stddef.h>\n\
             _Static_assert(sizeof(TesseraHeader) == TESSERA_HEADER_SIZE, \"header\");\n\
             _Static_assert(sizeof(TesseraFrame) == TESSERA_FRAME_SIZE, \"frame\");\n\
             _Static_assert(offsetof(TesseraHeader, kind) == TESSERA_HEADER_OFFSET_KIND, \"kind\");\n\
             _Static_assert(offsetof(TesseraFrame, pc) == TESSERA_FRAME_OFFSET_PC, \"pc\");\n\
             _Static_assert(offsetof(TesseraFrame, nlocalsplus) == TESSERA_FRAME_OFFSET_NLOCALSPLUS, \"n\");\n\
             _Static_assert(offsetof(TesseraFrame, flags) == TESSERA_FRAME_OFFSET_FLAGS, \"flags\");\n\
             int main(void) {{ return tessera_small_int(tessera_from_small_int(-5)) == -5 ? 0 : 1; }}\n",
            env!("CARGO_MANIFEST_DIR")
        ),
    )
    .unwrap();
    let exe = dir.join("probe");
    let st = std::process::Command::new("cc").arg("-std=c11").arg(&probe).arg("-o").arg(&exe).status().unwrap();
    assert!(st.success(), "tessera.h does not compile as C11");
    assert!(std::process::Command::new(&exe).status().unwrap().success());
}
