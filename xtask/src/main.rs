//! `cargo xtask`: the project's build tasks.
//!
//! `cargo xtask stencils [--check]` turns the C micro-op templates in
//! `templates/uops/` into the stencil tables the runtime copies and patches
//! (`runtime/src/jit/stencils/<arch>.rs`), for every target architecture:
//!
//! 1. clang 19 (configured through the `cc` crate) compiles each template to
//!    LLVM bitcode, with LLVM's optimizations left for the next step;
//! 2. inkwell loads the bitcode, runs LLVM's `-O3` pipeline and emits
//!    assembly from a target machine set up here;
//! 3. `stencil_gen::optimizer` rewrites that assembly so each stencil's hot
//!    path falls through into the next stencil, and clang assembles it into
//!    a relocatable object;
//! 4. `stencil-gen` reads the object's code and relocations into stencils
//!    and writes the Rust tables, stamped with a digest of every input.
//!
//! The tables are committed, so building tessera never needs LLVM. With
//! `--check`, nothing is written: the task fails if the committed tables
//! differ from what the templates produce now (CI runs this).
//!
//! `cargo xtask bench [ARGS]` builds tessera in release mode (for AArch64
//! too with `--arch aarch64`) and runs the benchmark runner,
//! `benches/bench.py`, with ARGS (`cargo xtask bench --help` lists them):
//! pyperformance on tessera with and without its JIT and on every peer
//! found, tables and SVG charts in `target/bench/`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple};
use inkwell::OptimizationLevel;
use sha2::{Digest, Sha256};
use stencil_gen::{Arch, StencilGroup};

const CLANG: &str = "clang-19";
const OBJDUMP: &str = "llvm-objdump-19";

/// Bumped when the generator's output format or pipeline changes in a way
/// the inputs do not show, so the digest changes too.
const GENERATOR_VERSION: &str = "5";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["stencils"] => stencils(false),
        ["stencils", "--check"] => stencils(true),
        ["bench", rest @ ..] => return bench(rest),
        _ => {
            eprintln!("usage: cargo xtask stencils [--check]\n       cargo xtask bench [--help | ARGS]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask bench`: a release build of tessera (and of its AArch64
/// build for `--arch aarch64`), then `python3 benches/bench.py ARGS`. The
/// runner is Python because it drives Python programs and peers, and must
/// run wherever `python3` does; this task only makes sure the binaries it
/// times are fresh.
fn bench(args: &[&str]) -> ExitCode {
    let help = args.iter().any(|a| *a == "--help" || *a == "-h");
    if !help {
        let mut builds = vec![vec!["build", "--release", "-p", "tessera"]];
        let aarch64 = args.windows(2).any(|w| w == ["--arch", "aarch64"]) || args.contains(&"--arch=aarch64");
        if aarch64 {
            builds.push(vec!["build", "--release", "-p", "tessera", "--target", "aarch64-unknown-linux-gnu"]);
        }
        for b in builds {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            match Command::new(cargo).args(&b).current_dir(root()).status() {
                Ok(s) if s.success() => {}
                Ok(_) | Err(_) => {
                    eprintln!("xtask: `cargo {}` failed", b.join(" "));
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    let status = Command::new("python3").arg(root().join("benches/bench.py")).args(args).current_dir(root()).status();
    match status {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("xtask: cannot run python3 benches/bench.py: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// The clang flags for a target, each with its reason. They shape the IR
/// (calling convention, visibility, what may be a builtin call); the code
/// model and relocation model are set again on the target machine below.
fn clang_flags(arch: Arch) -> Vec<&'static str> {
    let mut flags = vec![
        "-std=c11",
        // No libc: templates include only clang's own freestanding headers,
        // so cross-compiling for AArch64 needs no sysroot, and calls to
        // memcpy and friends are never invented.
        "-ffreestanding",
        // Stencils are spliced into traces; unwind tables would be dead weight.
        "-fno-asynchronous-unwind-tables",
        "-fno-stack-protector",
        // Calls to runtime helpers go through a GOT slot in the stencil's
        // data, which the runtime fills with the helper's address: no
        // PLT, and no range limit between the trace and the binary.
        "-fno-plt",
        // Python rounds every float operation on its own: a multiply and an
        // add in one template expression must not become a fused
        // multiply-add (AArch64 has one, and clang contracts by default).
        "-ffp-contract=off",
        // Keep every optimization for inkwell's pipeline, but mark the IR as
        // optimizable (no `optnone`).
        "-O3",
        "-Xclang",
        "-disable-llvm-optzns",
    ];
    match arch {
        Arch::X86_64 => flags.extend([
            // Absolute code: a value hole becomes a `movabs` immediate.
            "-fno-pic",
            // Medium model with every datum "large": addresses of data
            // (the value holes) are 64-bit, while jumps stay `rel32`.
            "-mcmodel=medium",
            "-mlarge-data-threshold=0",
        ]),
        Arch::Aarch64 => flags.extend([
            // Position-independent: value holes load from GOT slots, as
            // `adrp` + `ldr` cannot encode an arbitrary 64-bit value.
            "-fpic",
            // Atomics inline, not calls into libgcc's outline helpers.
            "-mno-outline-atomics",
        ]),
    }
    flags
}

fn target_machine(arch: Arch) -> Result<TargetMachine> {
    let triple = TargetTriple::create(arch.triple());
    let target = Target::from_triple(&triple).map_err(|e| format!("no LLVM target for {}: {e}", arch.triple()))?;
    let (reloc, model) = match arch {
        // Matches -fno-pic -mcmodel=medium (see clang_flags).
        Arch::X86_64 => (RelocMode::Static, CodeModel::Medium),
        // Matches -fpic with the small model: code within ±4 GiB pages.
        Arch::Aarch64 => (RelocMode::PIC, CodeModel::Small),
    };
    target
        // "generic": stencils must run on every CPU of the architecture.
        .create_target_machine(&triple, "generic", "", OptimizationLevel::Aggressive, reloc, model)
        .ok_or_else(|| format!("cannot create a target machine for {}", arch.triple()))
}

/// The templates: the entry shim and the micro-ops, sorted by file name
/// (the tables list groups in name order).
fn templates() -> Result<Vec<PathBuf>> {
    let dir = root().join("templates/uops");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    files.push(root().join("templates/shim.c"));
    files.sort_by_key(|p| uop_name(p));
    Ok(files)
}

fn uop_name(path: &Path) -> String {
    format!("_{}", path.file_stem().unwrap_or_default().to_string_lossy().to_uppercase())
}

/// How a template takes part in stack caching (see "Stack caching" in
/// templates/jit.h): its pops and pushes, and whether it may jump.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cached {
    pops: u32,
    pushes: u32,
    branch: bool,
}

/// The most values a trace keeps in registers (`c0`, `c1`).
const CACHE_DEPTH: u32 = 2;

impl Cached {
    /// Reads the `CACHED_*` defines of a template or the header it
    /// includes (`#include "../x.h"`); None for a template without them.
    fn of(template: &Path) -> Result<Option<Cached>> {
        let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        let mut text = read(template)?;
        for line in text.clone().lines() {
            if let Some(h) = line.strip_prefix("#include \"../").and_then(|l| l.strip_suffix('"')) {
                text.push_str(&read(&root().join("templates").join(h))?);
            }
        }
        // Each define once: a value chosen under `#if` would be read wrong
        // here (the stencil's name would not say the depth it leaves).
        let define = |name: &str| -> Result<Option<&str>> {
            let mut found = text.lines().filter_map(|l| l.trim().strip_prefix("#define ")?.strip_prefix(name));
            match (found.next(), found.next()) {
                (Some(_), Some(_)) => Err(format!("{}: {name}is defined twice", template.display())),
                (v, _) => Ok(v.map(str::trim)),
            }
        };
        let (Some(pops), Some(pushes)) = (define("CACHED_POPS ")?, define("CACHED_PUSHES ")?) else {
            return Ok(None);
        };
        let number =
            |v: &str| v.parse::<u32>().map_err(|_| format!("{}: CACHED_* is not a number", template.display()));
        Ok(Some(Cached { pops: number(pops)?, pushes: number(pushes)?, branch: define("CACHED_BRANCH")?.is_some() }))
    }

    /// The depths a stencil is made for, with the depth each leaves: a
    /// branch only where its pops empty the cache (its jump target
    /// expects nothing cached).
    fn variants(self) -> Vec<(u32, u32)> {
        (0..=CACHE_DEPTH)
            .filter(|&d| !self.branch || d <= self.pops)
            .map(|d| (d, (d.saturating_sub(self.pops) + self.pushes).min(CACHE_DEPTH)))
            .collect()
    }
}

/// Compiles one template to bitcode with clang, driven through `cc`;
/// `cache_in` makes the stack-caching stencil for that depth.
fn bitcode(arch: Arch, template: &Path, cache_in: Option<u32>, out_dir: &Path) -> Result<Vec<u8>> {
    let name = match cache_in {
        Some(d) => format!("{}-{}-{d}", arch.module_name(), uop_name(template)),
        None => format!("{}-{}", arch.module_name(), uop_name(template)),
    };
    let out = out_dir.join(format!("{name}.bc"));
    let compiler = cc::Build::new()
        .compiler(CLANG)
        .target(arch.triple())
        .host(arch.triple())
        .opt_level(3)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .warnings(false)
        .debug(false)
        .try_get_compiler()
        .map_err(|e| format!("cannot set up {CLANG}: {e}"))?;
    let mut cmd = Command::new(compiler.path());
    // The target, then our flags; none of cc's defaults (-fPIC, -g, ...),
    // which would fight the code model chosen above.
    cmd.arg(format!("--target={}", arch.triple()))
        .args(clang_flags(arch))
        .args(cache_in.map(|d| format!("-DCACHE_IN={d}")))
        .arg("-emit-llvm")
        .arg("-c")
        .arg(template)
        .arg("-o")
        .arg(&out);
    let status = cmd.status().map_err(|e| format!("cannot run {CLANG} (apt-get install clang-19): {e}"))?;
    if !status.success() {
        return Err(format!("{CLANG} failed on {}", template.display()));
    }
    std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))
}

/// Optimizes the bitcode, emits its assembly, rewrites that so hot paths
/// fall through (`stencil_gen::optimizer`) and assembles the result.
fn object(arch: Arch, machine: &TargetMachine, name: &str, bitcode: &[u8], out_dir: &Path) -> Result<Vec<u8>> {
    let context = Context::create();
    let buffer = MemoryBuffer::create_from_memory_range_copy(bitcode, name);
    let module = context.create_module_from_ir(buffer).map_err(|e| format!("{name}: {e}"))?;
    module.set_triple(&TargetTriple::create(arch.triple()));
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    module
        .run_passes("default<O3>", machine, PassBuilderOptions::create())
        .map_err(|e| format!("{name}: optimizing: {e}"))?;
    let asm = machine.write_to_memory_buffer(&module, FileType::Assembly).map_err(|e| format!("{name}: {e}"))?;
    let asm = String::from_utf8_lossy(asm.as_slice());
    let asm = stencil_gen::optimizer::optimize(arch, &asm);
    assemble(arch, name, &asm, out_dir)
}

/// Assembles optimized assembly into a relocatable object with clang's
/// integrated assembler (the same MC layer that would have emitted the
/// object directly).
fn assemble(arch: Arch, name: &str, asm: &str, out_dir: &Path) -> Result<Vec<u8>> {
    let source = out_dir.join(format!("{}-{name}.s", arch.module_name()));
    let out = object_path(arch, out_dir, name);
    std::fs::write(&source, asm).map_err(|e| format!("{}: {e}", source.display()))?;
    let status = Command::new(CLANG)
        .arg(format!("--target={}", arch.triple()))
        .args(["-c", "-x", "assembler"])
        .arg(&source)
        .arg("-o")
        .arg(&out)
        .status()
        .map_err(|e| format!("cannot run {CLANG}: {e}"))?;
    if !status.success() {
        return Err(format!("{CLANG} could not assemble {}", source.display()));
    }
    std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))
}

/// Where `assemble` leaves a template's object.
fn object_path(arch: Arch, out_dir: &Path, name: &str) -> PathBuf {
    out_dir.join(format!("{}-{name}.o", arch.module_name()))
}

/// The disassembly with relocations of the object at `path` (as
/// `assemble` left it), for the tables' doc comments; None if
/// llvm-objdump is missing (then the tables say so by omission).
fn disassembly(path: &Path) -> Option<String> {
    let out = Command::new(OBJDUMP).args(["--disassemble", "--reloc", "--no-show-raw-insn"]).arg(path).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    // Drop the header that names the temporary file.
    let body: Vec<&str> =
        text.lines().skip_while(|l| !l.ends_with("<_JIT_ENTRY>:")).filter(|l| !l.trim().is_empty()).collect();
    Some(body.join("\n"))
}

/// Digest of everything the tables depend on: templates and headers, the
/// flags, the LLVM version and the generator's own version.
fn digest(arch: Arch, templates: &[PathBuf]) -> Result<String> {
    let mut h = Sha256::new();
    h.update(arch.triple());
    h.update(GENERATOR_VERSION);
    let (major, minor, patch) = inkwell::support::get_llvm_version();
    h.update(format!("llvm {major}.{minor}.{patch}"));
    for f in clang_flags(arch) {
        h.update(f);
        h.update([0]);
    }
    // Every header in templates/ (sorted, so the digest is stable).
    let mut headers: Vec<PathBuf> = std::fs::read_dir(root().join("templates"))
        .map_err(|e| format!("templates: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "h"))
        .collect();
    headers.sort();
    for path in headers.iter().chain(templates) {
        let rel = path.strip_prefix(root()).unwrap_or(path);
        h.update(rel.to_string_lossy().as_bytes());
        h.update(std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

fn stencils(check: bool) -> Result<()> {
    Target::initialize_x86(&InitializationConfig::default());
    Target::initialize_aarch64(&InitializationConfig::default());
    let templates = templates()?;
    let out_dir = std::env::temp_dir().join(format!("tessera-stencils-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut stale = Vec::new();
    for arch in Arch::ALL {
        let machine = target_machine(arch)?;
        let mut groups: Vec<StencilGroup> = Vec::new();
        for template in &templates {
            let base = uop_name(template);
            // The plain stencil, then one per depth of the stack cache
            // (`_LOAD_FAST_r01`: none cached on entry, one on leaving).
            let mut variants = vec![(base.clone(), None)];
            if let Some(c) = Cached::of(template)? {
                variants.extend(c.variants().into_iter().map(|(i, o)| (format!("{base}_r{i}{o}"), Some(i))));
            }
            for (name, cache_in) in variants {
                let bc = bitcode(arch, template, cache_in, &out_dir)?;
                let obj = object(arch, &machine, &name, &bc, &out_dir)?;
                let mut group = stencil_gen::parse(&name, arch, &obj).map_err(|e| e.to_string())?;
                group.disassembly = disassembly(&object_path(arch, &out_dir, &name));
                groups.push(group);
            }
        }
        // The runtime finds groups by binary search on the name.
        groups.sort_by(|a, b| a.name.cmp(&b.name));
        let text = stencil_gen::emit_rust(arch, &digest(arch, &templates)?, &groups);
        let path = root().join(format!("runtime/src/jit/stencils/{}.rs", arch.module_name()));
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == text {
            println!("{}: up to date ({} stencils)", path.display(), groups.len());
        } else if check {
            stale.push(path.display().to_string());
        } else {
            std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("{}: written ({} stencils)", path.display(), groups.len());
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!("stale stencils (run `cargo xtask stencils`): {}", stale.join(", ")))
    }
}
