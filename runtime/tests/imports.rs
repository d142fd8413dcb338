//! The import system and PEP 810 lazy imports, as programs with module
//! trees: every directory in `tests/imports/` is one case, run as
//! `tessera main.py` (or the `# argv:` directive's arguments) in that
//! directory, and must give the stdout, exit status and last stderr line in
//! its `expected` file.
//!
//! `imp_*` cases' expected files come from CPython 3.11 (`regen.py`);
//! `lazy_*` cases say `# expected: by hand`, because CPython 3.11 cannot run
//! `lazy import`: their expected output follows PEP 810 and CPython 3.15's
//! behaviour, with a comment in the program naming the rule each check
//! follows. `KNOWN_FAILURES` lists cases not matched yet; as in the corpus,
//! a listed case that starts passing fails the test, so the list only
//! shrinks.

use std::path::{Path, PathBuf};
use std::process::Stdio;

mod common;
mod differential;
use common::tessera_command;

struct Case {
    argv: Vec<String>,
    env: Vec<(String, String)>,
}

/// Reads the directives at the top of `main.py`.
fn directives(main: &str) -> Case {
    let mut case = Case { argv: vec!["main.py".into()], env: Vec::new() };
    for line in main.lines().take_while(|l| l.starts_with('#')) {
        if let Some(a) = line.strip_prefix("# argv:") {
            case.argv = a.split_whitespace().map(String::from).collect();
        } else if let Some(e) = line.strip_prefix("# env:") {
            if let Some((k, v)) = e.trim().split_once('=') {
                case.env.push((k.to_string(), v.to_string()));
            }
        }
    }
    case
}

/// Runs one case; returns a description of the mismatch, if any.
fn check(dir: &Path) -> Option<String> {
    let main = std::fs::read_to_string(dir.join("main.py")).unwrap_or_default();
    let case = directives(&main);
    let expected = differential::parse_expected(&std::fs::read_to_string(dir.join("expected")).unwrap());
    let mut cmd = tessera_command();
    cmd.args(&case.argv)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null());
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
    differential::run_and_compare(cmd, &expected)
}

#[test]
fn import_cases() {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/imports");
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("expected").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "only {} cases found in {}", names.len(), root.display());
    let known = differential::known_failures(&root.join("KNOWN_FAILURES"));
    let results = differential::run_all(&names, |n| check(&root.join(n)));
    differential::report("imports", &results, &known);
}

/// `-X importtime` prints CPython's table on stderr: a header, then one line
/// per module loaded, when its load finishes, with parents loaded on the way
/// nested (indented) under the module that needed them.
#[test]
fn importtime_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/imports/imp_dotted_binds_top");
    let out = tessera_command().args(["-X", "importtime", "main.py"]).current_dir(&dir).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut lines = stderr.lines();
    assert_eq!(lines.next(), Some("import time: self [us] | cumulative | imported package"));
    let mut rows = Vec::new();
    for line in lines {
        let rest = line.strip_prefix("import time: ").unwrap_or_else(|| panic!("not a table row: {line:?}"));
        let cols: Vec<&str> = rest.splitn(3, " | ").collect();
        assert_eq!(cols.len(), 3, "{line:?}");
        let own: u64 = cols[0].trim().parse().unwrap();
        let cumulative: u64 = cols[1].trim().parse().unwrap();
        assert!(own <= cumulative, "{line:?}");
        rows.push((cols[2].to_string(), cumulative));
    }
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["    a", "  a.b", "a.b.c", "a.other"]);
    // A module's cumulative time includes the parents loaded inside it.
    assert!(rows[0].1 <= rows[1].1 && rows[1].1 <= rows[2].1, "{rows:?}");
}

/// The compiled-module cache (`__pycache__/*.tbc`): written on the first
/// import, used on the next, marked trusted (so loads skip reading the
/// source) once the source has settled and then never rewritten by a hit,
/// and never trusted for a changed
/// source, even one of the same length whose mtime was put back; a damaged
/// file is a miss, not a crash; `-B` and `PYTHONDONTWRITEBYTECODE` stop
/// writing.
#[test]
fn bytecode_cache() {
    use std::os::unix::fs::MetadataExt;
    let dir = std::env::temp_dir().join(format!("tessera-pycache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let module = dir.join("cached_mod.py");
    std::fs::write(dir.join("main.py"), "import cached_mod\nprint(cached_mod.VALUE, cached_mod.f())\n").unwrap();
    std::fs::write(&module, "VALUE = 1\ndef f():\n    return [x * 2 for x in range(3)]\n").unwrap();
    let run = |extra: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = tessera_command();
        cmd.args(extra).arg("main.py").current_dir(&dir).env_remove("PYTHONDONTWRITEBYTECODE");
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let cache = || -> Option<PathBuf> {
        let entries = std::fs::read_dir(dir.join("__pycache__")).ok()?;
        entries.filter_map(|e| e.ok()).map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "tbc"))
    };

    // Nothing is written under -B or PYTHONDONTWRITEBYTECODE.
    assert_eq!(run(&["-B"], None), "1 [0, 2, 4]\n");
    assert_eq!(run(&[], Some(("PYTHONDONTWRITEBYTECODE", "1"))), "1 [0, 2, 4]\n");
    assert!(cache().is_none());

    // Written, then used. Whether a hit rewrites the file once depends on
    // timing (see below), so the stable state is checked after that.
    assert_eq!(run(&[], None), "1 [0, 2, 4]\n");
    let file = cache().expect("no cache file written");
    assert_eq!(run(&[], None), "1 [0, 2, 4]\n");

    // Once the source has settled (its last change well before the cache is
    // written), a hit records its identity (the header's trusted flag), and
    // from then on loads need not read the source and rewrite nothing.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    assert_eq!(run(&[], None), "1 [0, 2, 4]\n");
    let trusted_flag = |f: &Path| -> u64 {
        // Layout: magic (4), compiler digest, source length, source hash,
        // trusted flag (8 each).
        let d = std::fs::read(f).unwrap();
        u64::from_le_bytes(d[28..36].try_into().unwrap())
    };
    assert_eq!(trusted_flag(&file), 1, "the settled source's identity was not recorded");
    let inode = std::fs::metadata(&file).unwrap().ino();
    assert_eq!(run(&[], None), "1 [0, 2, 4]\n");
    assert_eq!(std::fs::metadata(&file).unwrap().ino(), inode, "a valid cache file was rewritten");

    // Same length, same mtime, different source: recompiled (its ctime,
    // which no program can set, moved).
    let mtime = std::fs::metadata(&module).unwrap().modified().unwrap();
    std::fs::write(&module, "VALUE = 2\ndef f():\n    return [x * 3 for x in range(3)]\n").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&module)
        .unwrap()
        .set_times(std::fs::FileTimes::new().set_modified(mtime))
        .unwrap();
    assert_eq!(run(&[], None), "2 [0, 3, 6]\n");
    assert_ne!(std::fs::metadata(&file).unwrap().ino(), inode, "the stale cache file was kept");

    // A damaged file is ignored and replaced (by a whole one: the header
    // has a fixed size, so the lengths match whatever the trusted flag).
    let data = std::fs::read(&file).unwrap();
    std::fs::write(&file, &data[..data.len() / 2]).unwrap();
    assert_eq!(run(&[], None), "2 [0, 3, 6]\n");
    assert_eq!(std::fs::read(&file).unwrap().len(), data.len());
    let _ = std::fs::remove_dir_all(&dir);
}
