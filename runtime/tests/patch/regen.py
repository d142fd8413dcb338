#!/usr/bin/env python3
"""Regenerates runtime/tests/patch/cases.txt: patcher cases checked against a real assembler.

Each case gives an instruction with a zeroed field (the stencil's hole), the
address the instruction is placed at, and the value the hole must refer to;
the expected bytes are what LLVM's assembler (llvm-mc 19) encodes for the same
instruction with that displacement or immediate. Cases whose displacement is
out of range or misaligned expect an error instead, as the ISA cannot encode
them. `runtime/tests/patch.rs` patches the template with each architecture's
Patcher and compares.

Line format (hex numbers):
    ARCH KIND HOLE_OFFSET LOCATION VALUE TEMPLATE EXPECTED
where LOCATION is the address of the instruction's first byte, VALUE is the
hole's value (target plus addend) and EXPECTED is `error` for cases that must
be rejected.

Usage: python3 runtime/tests/patch/regen.py   (needs llvm-mc-19 / llvm-objcopy-19)
"""
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LLVM_BIN = "/usr/lib/llvm-19/bin"


def tool(name):
    for candidate in (name + "-19", os.path.join(LLVM_BIN, name)):
        path = shutil.which(candidate) or (candidate if os.path.exists(candidate) else None)
        if path:
            return path
    raise SystemExit("%s (LLVM 19) not found: apt-get install llvm-19" % name)


def encode(triple, asm):
    """Bytes of one instruction, via --show-encoding (immediate forms only)."""
    out = subprocess.run([tool("llvm-mc"), "-triple=" + triple, "--show-encoding"], input=asm + "\n",
                         capture_output=True, text=True, check=True).stdout
    match = re.search(r"encoding: \[([^\]]*)\]", out)
    return bytes(int(b, 16) for b in match.group(1).split(","))


def assemble_text(triple, asm):
    """The .text bytes of a small assembly file (for label arithmetic)."""
    with tempfile.TemporaryDirectory() as d:
        src, obj, raw = (os.path.join(d, n) for n in ("a.s", "a.o", "a.bin"))
        with open(src, "w") as f:
            f.write(asm + "\n")
        subprocess.run([tool("llvm-mc"), "-triple=" + triple, "-filetype=obj", src, "-o", obj], check=True)
        subprocess.run([tool("llvm-objcopy"), "-O", "binary", "--only-section=.text", obj, raw], check=True)
        with open(raw, "rb") as f:
            return f.read()


def x86_jmp(disp_from_start):
    """A rel32 jump to a label disp_from_start bytes from the jump's first byte."""
    if disp_from_start >= 5:
        body = assemble_text("x86_64", "{disp32} jmp target\n.space %d\ntarget:" % (disp_from_start - 5))
        return body[:5]
    body = assemble_text("x86_64", "target:\n.space %d\n{disp32} jmp target" % -disp_from_start)
    return body[-5:]


def main():
    lines = []

    def case(arch, kind, hole, location, value, template, expected):
        exp = "error" if expected is None else expected.hex()
        tmpl = "-" if template == b"-" else template.hex()
        lines.append("%s %s %x %x %x %s %s" % (arch, kind, hole, location, value & (2**64 - 1), tmpl, exp))

    base = 0x7F12_3456_0000
    # x86_64
    movabs_zero = encode("x86_64", "movabsq $0, %rax")
    for v in (0x123456789ABCDEF0, 0xFFFF_0000_0000_1234, 42):
        case("x86_64", "Abs64", 2, base, v, movabs_zero, encode("x86_64", "movabsq $%d, %%rax" % v))
    # `mov r32, imm32` (the oparg): zero-extended, so up to 2**32 - 1.
    movl_zero = encode("x86_64", "movl $0, %eax")
    for v in (0, 7, 0xFFFF, 0xFFFF_FFFF):
        case("x86_64", "Abs32", 1, base, v, movl_zero, encode("x86_64", "movl $%d, %%eax" % v))
    for v in (2**32, -1):
        case("x86_64", "Abs32", 1, base, v, movl_zero, None)
    # A `disp32` of a 64-bit load (a local's offset): sign-extended.
    load_zero = encode("x86_64", "{disp32} movq 0(%r12), %rax")
    for v in (0x50, 0x7FFF_FFF8, -8, -(2**31)):
        case("x86_64", "Abs32S", 4, base, v, load_zero, encode("x86_64", "{disp32} movq %d(%%r12), %%rax" % v))
    for v in (2**31, -(2**31) - 1):
        case("x86_64", "Abs32S", 4, base, v, load_zero, None)
    jmp_zero = bytes([0xE9, 0, 0, 0, 0])
    for d in (0x1005, 5, 0x123456, 0, -0x800, -0x10000):
        # The hole is at byte 1; its value is target - 4 (the relocation's addend).
        case("x86_64", "PcRel32", 1, base, base + d - 4, jmp_zero, x86_jmp(d))
    case("x86_64", "PcRel32", 1, base, base + 2**31 + 16, jmp_zero, None)
    case("x86_64", "PcRel32", 1, base, base - 2**31 - 16, jmp_zero, None)

    # AArch64
    b_zero = encode("aarch64", "b #0")
    for d in (0x1000, -0x8000, 4, 2**27 - 4, -(2**27)):
        case("aarch64", "A64Branch26", 0, base, base + d, b_zero, encode("aarch64", "b #%d" % d))
    for d in (2**27, -(2**27) - 4, 2):
        case("aarch64", "A64Branch26", 0, base, base + d, b_zero, None)
    blo_zero = encode("aarch64", "b.lo #0")
    for d in (0x40, -0x40, 2**20 - 4, -(2**20)):
        case("aarch64", "A64CondBranch19", 0, base, base + d, blo_zero, encode("aarch64", "b.lo #%d" % d))
    for d in (2**20, 6):
        case("aarch64", "A64CondBranch19", 0, base, base + d, blo_zero, None)
    adrp_zero = encode("aarch64", "adrp x8, #0")
    location = base + 0x10  # not page-aligned: only pages count
    for pages in (5, -3, 2**20 - 1, -(2**20)):
        value = (base & ~0xFFF) + pages * 4096 + 0x123
        case("aarch64", "A64AdrPage21", 0, location, value, adrp_zero,
             encode("aarch64", "adrp x8, #%d" % (pages * 4096)))
    case("aarch64", "A64AdrPage21", 0, location, (base & ~0xFFF) + 2**20 * 4096, adrp_zero, None)
    add_zero = encode("aarch64", "add x8, x8, #0")
    for lo in (0x123, 0xFFF, 0):
        case("aarch64", "A64AddLo12", 0, base, base + 0x5000 + lo, add_zero, encode("aarch64", "add x8, x8, #%d" % lo))
    ldr_zero = encode("aarch64", "ldr x8, [x8]")
    for lo in (0x7F8, 0xFF8, 8):
        case("aarch64", "A64Ldst64Lo12", 0, base, base + 0x5000 + lo, ldr_zero,
             encode("aarch64", "ldr x8, [x8, #%d]" % lo))
    case("aarch64", "A64Ldst64Lo12", 0, base, base + 0x5000 + 0x7F4, ldr_zero, None)
    # Jumps to an absolute address (what links an exit stub to a side trace):
    # the whole sequence, from the assembler; TEMPLATE is "-".
    for target in (0x7F12_3456_7890, 0xFFFF_8000_0000_0010):
        case("x86_64", "JumpTo", 0, 0, target, b"-",
             assemble_text("x86_64", "movabsq $%d, %%rax\njmpq *%%rax" % target))
        case("aarch64", "JumpTo", 0, 0, target, b"-",
             assemble_text("aarch64", "ldr x16, #8\nbr x16\n.xword %d" % target))
    abs_zero = bytes(8)
    case("aarch64", "Abs64", 0, base, 0x0123456789ABCDEF, abs_zero, (0x0123456789ABCDEF).to_bytes(8, "little"))

    header = ("# Patcher cases checked against llvm-mc 19; regenerate with "
              "python3 runtime/tests/patch/regen.py\n"
              "# ARCH KIND HOLE_OFFSET LOCATION VALUE TEMPLATE EXPECTED\n")
    with open(os.path.join(HERE, "cases.txt"), "w") as f:
        f.write(header + "\n".join(lines) + "\n")
    print("wrote %d cases" % len(lines))


if __name__ == "__main__":
    main()
