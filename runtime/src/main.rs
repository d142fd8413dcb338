//! The `tessera` command: runs Python programs the way `python3` does.

use std::process::ExitCode;

// Python programs allocate and free many small objects; mimalloc's size-class
// free lists make that several times cheaper than the system allocator.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, calling its plain entry points for ordinary alignments. The
/// `mimalloc` crate's allocator always takes the aligned path, which costs
/// several times more per allocation; every block mimalloc hands out is at
/// least word-aligned, so layouts that ask for no more than that do not need
/// it.
struct Allocator;

/// The alignment every mimalloc block has.
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: each method forwards to the matching mimalloc function, choosing
// the aligned variant whenever the layout needs more than word alignment, so
// the returned blocks satisfy the layouts; `dealloc` frees blocks from either
// variant (mimalloc's `mi_free` accepts both).
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: forwarding a valid layout (see the impl's comment).
        unsafe {
            if layout.align() <= WORD_ALIGN {
                libmimalloc_sys::mi_malloc(layout.size()) as *mut u8
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`'s alignment.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                libmimalloc_sys::mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr as *mut std::ffi::c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

const USAGE: &str = "usage: tessera [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option:
         -X dis      print the bytecode of the program instead of running it
         (unknown options are accepted and ignored, as in CPython)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Source {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

extern "C" {
    fn prctl(option: i32, arg2: u64, arg3: u64, arg4: u64, arg5: u64) -> i32;
}

/// Transparent huge pages make the first touch of each allocator arena zero
/// 2 MiB, which dominated start-up (`tessera -c pass`); small pages are
/// zeroed only as they are used.
fn disable_transparent_huge_pages() {
    const PR_SET_THP_DISABLE: i32 = 41;
    // SAFETY: PR_SET_THP_DISABLE only changes this process's paging policy.
    unsafe {
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    disable_transparent_huge_pages();
    let args: Vec<String> = std::env::args().collect();
    let mut opts = tessera::Options::default();
    // PEP 810: the environment sets the default mode; `-X lazy_imports`
    // (parsed below) overrides it.
    if let Ok(v) = std::env::var("PYTHON_LAZY_IMPORTS") {
        match tessera::lazy_import::Mode::parse(&v) {
            Some(m) => opts.lazy_imports = m,
            None if v.is_empty() => {}
            None => {
                eprintln!("{}", lazy_imports_error("PYTHON_LAZY_IMPORTS"));
                return ExitCode::from(1);
            }
        }
    }
    if std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()) {
        opts.write_bytecode = false;
    }
    if std::env::var_os("PYTHONPROFILEIMPORTTIME").is_some_and(|v| !v.is_empty()) {
        opts.import_time = true;
    }
    let mut i = 1;
    let mut source = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (tessera {})", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-c" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -c option");
                    return ExitCode::from(2);
                }
                source = Some((Source::Command(args[i + 1].clone()), i + 1));
                break;
            }
            "-m" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -m option");
                    return ExitCode::from(2);
                }
                source = Some((Source::Module(args[i + 1].clone()), i + 1));
                break;
            }
            "-X" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -X option");
                    return ExitCode::from(2);
                }
                if let Err(e) = apply_x(&mut opts, &args[i + 1]) {
                    eprintln!("{e}");
                    return ExitCode::from(x_error_status(&e));
                }
                i += 2;
                continue;
            }
            "-" => {
                source = Some((Source::Stdin, i));
                break;
            }
            s if s.starts_with("-X") => {
                if let Err(e) = apply_x(&mut opts, &s[2..]) {
                    eprintln!("{e}");
                    return ExitCode::from(x_error_status(&e));
                }
            }
            s if s.starts_with("-c") && s.len() > 2 => {
                source = Some((Source::Command(s[2..].to_string()), i));
                break;
            }
            "-B" => opts.write_bytecode = false,
            "-u" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" | "-b" | "-bb" | "-d" | "-v" | "-R" => {}
            "-W" => {
                i += 2;
                continue;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                eprint!("{}", USAGE.lines().next().unwrap_or(""));
                eprintln!("\nTry `tessera -h' for more information.");
                return ExitCode::from(2);
            }
            _ => {
                source = Some((Source::File(a.clone()), i));
                break;
            }
        }
        i += 1;
    }
    let (source, argv0_idx) = source.unwrap_or((Source::Stdin, args.len()));
    let rest: Vec<String> = if argv0_idx < args.len() { args[argv0_idx + 1..].to_vec() } else { vec![] };
    // The interpreter runs on a thread with a large stack: native recursion
    // (Python code called from Rust, e.g. __eq__ from a dict lookup) is bounded
    // by the recursion limit, and this leaves ample room for it.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(opts, source, rest))
        .expect("cannot start the interpreter thread");
    let status = child.join().unwrap_or(70);
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// Applies one `-X` option. Unknown names are accepted and ignored, as
/// CPython does; a bad value for a known one is an error (exit status 2).
fn apply_x(opts: &mut tessera::Options, x: &str) -> Result<(), String> {
    let (name, value) = match x.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (x, None),
    };
    match name {
        "dis" => opts.dis = true,
        "specstats" => tessera::interp::specstats::enable(),
        "jit" => match value {
            None | Some("on") | Some("1") => opts.jit.enabled = tessera::jit::stencils::for_host().is_some(),
            Some("off") | Some("0") => opts.jit.enabled = false,
            Some(v) => return Err(format!("-X jit: invalid value {v:?}; expected on or off")),
        },
        "jit-threshold" => match value.and_then(|v| v.parse::<u32>().ok()).filter(|&n| n >= 1) {
            Some(n) => opts.jit.threshold = n,
            None => return Err("-X jit-threshold: expected a positive integer".to_string()),
        },
        "jit-stack-cache" => match value {
            None | Some("on") | Some("1") => opts.jit.stack_cache = true,
            Some("off") | Some("0") => opts.jit.stack_cache = false,
            Some(v) => return Err(format!("-X jit-stack-cache: invalid value {v:?}; expected on or off")),
        },
        "jit-stats" => opts.jit.stats = true,
        "jit-dump" => match value {
            Some(dir) if !dir.is_empty() => opts.jit.dump_dir = Some(dir.into()),
            _ => return Err("-X jit-dump: expected a directory (-X jit-dump=DIR)".to_string()),
        },
        "perf" => opts.jit.perf = true,
        "lazy_imports" => match value.and_then(tessera::lazy_import::Mode::parse) {
            Some(m) => opts.lazy_imports = m,
            None => return Err(lazy_imports_error("-X lazy_imports")),
        },
        "importtime" => opts.import_time = true,
        _ => {}
    }
    Ok(())
}

/// A bad `-X` value exits with 2 (a usage error), except CPython's fatal
/// configuration errors, which exit with 1.
fn x_error_status(e: &str) -> u8 {
    if e.starts_with("Fatal Python error") {
        1
    } else {
        2
    }
}

/// CPython's start-up error for a bad lazy-imports mode (exit status 1).
fn lazy_imports_error(source: &str) -> String {
    format!("Fatal Python error: config_init_lazy_imports: {source}: invalid value; expected 'all' or 'normal'")
}

fn run(opts: tessera::Options, source: Source, rest: Vec<String>) -> i32 {
    tessera::signals::install();
    let mut vm = tessera::vm::Vm::new(opts);
    match source {
        Source::File(path) => {
            let src = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let prog = std::env::args().next().unwrap_or_else(|| "tessera".into());
                    let abs = std::fs::canonicalize(&path).map(|p| p.display().to_string()).unwrap_or_else(|_| {
                        std::env::current_dir().map(|d| d.join(&path).display().to_string()).unwrap_or(path.clone())
                    });
                    eprintln!(
                        "{prog}: can't open file '{abs}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        strerror(&e)
                    );
                    return 2;
                }
            };
            let dir = std::path::Path::new(&path).parent().map(|p| p.display().to_string()).unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let dir = std::fs::canonicalize(&dir).map(|p| p.display().to_string()).unwrap_or(dir);
            let mut argv = vec![path.clone()];
            argv.extend(rest);
            tessera::modules::set_argv_path(&mut vm, &argv, &dir);
            // Like CPython, the script's code objects carry its absolute path.
            let abs = if std::path::Path::new(&path).is_absolute() {
                path.clone()
            } else {
                std::env::current_dir().map(|d| d.join(&path).display().to_string()).unwrap_or(path.clone())
            };
            tessera::run_main(&mut vm, &src, &abs)
        }
        Source::Command(cmd) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            tessera::modules::set_argv_path(&mut vm, &argv, "");
            tessera::run_main(&mut vm, &cmd, "<string>")
        }
        Source::Stdin => {
            let mut src = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
            let mut argv = vec![if rest.is_empty() { String::new() } else { "-".to_string() }];
            argv.extend(rest);
            tessera::modules::set_argv_path(&mut vm, &argv, "");
            tessera::run_main(&mut vm, &src, "<stdin>")
        }
        Source::Module(m) => {
            // argv[0] is "-m" until the module's file is found, as in CPython.
            let mut argv = vec!["-m".to_string()];
            argv.extend(rest);
            let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
            tessera::modules::set_argv_path(&mut vm, &argv, &cwd);
            tessera::run_module(&mut vm, &m)
        }
    }
}

fn strerror(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
