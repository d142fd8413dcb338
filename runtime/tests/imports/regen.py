#!/usr/bin/env python3
"""Regenerates the expected results of the import-system test cases from CPython.

Every case is a directory `runtime/tests/imports/<case>/` holding an entry
program `main.py`, the modules and package trees it imports, and a file
`expected` with the reference result:

    exit: <status>
    stderr: <last non-empty line of stderr, or nothing>
    ---
    <stdout, verbatim>

(the same format as the differential corpus, `runtime/tests/corpus/regen.py`).

The program runs with the case directory as its working directory, as
`python3 main.py`, with an environment holding only PATH, LC_ALL=C.UTF-8,
PYTHONHASHSEED=0 and PYTHONDONTWRITEBYTECODE=1. Comment lines at the very top
of `main.py` change that:

    # argv: -m pkg.tool a b      the interpreter's arguments instead of `main.py`
                                 (split on whitespace)
    # env: NAME=VALUE            one more environment variable (repeatable, one
                                 per line)
    # expected: by hand          `expected` is written by hand (cases CPython 3.11
                                 cannot run, such as lazy imports); skipped here

The harness (`runtime/tests/imports.rs`) runs each case under tessera the same
way and compares the three parts. CPython 3.11 is the reference.

Usage: python3 runtime/tests/imports/regen.py [CASE ...]
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def directives(case_dir):
    """The `# argv:` list, the `# env:` variables and whether `expected` is by hand."""
    argv, env, by_hand = ["main.py"], {}, False
    with open(os.path.join(case_dir, "main.py"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            text = line[1:].strip()
            if text.startswith("argv:"):
                argv = text[len("argv:"):].split()
            elif text.startswith("env:"):
                name, _, value = text[len("env:"):].strip().partition("=")
                env[name] = value
            elif text.startswith("expected:") and text[len("expected:"):].strip() == "by hand":
                by_hand = True
    return argv, env, by_hand


def remove_pycache(root):
    for dirpath, dirnames, _ in os.walk(root):
        for d in list(dirnames):
            if d == "__pycache__":
                shutil.rmtree(os.path.join(dirpath, d))
                dirnames.remove(d)


def run(case):
    case_dir = os.path.join(HERE, case)
    argv, extra_env, by_hand = directives(case_dir)
    if by_hand:
        return False
    env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0",
           "PYTHONDONTWRITEBYTECODE": "1"}
    env.update(extra_env)
    try:
        proc = subprocess.run([sys.executable] + argv, cwd=case_dir, stdin=subprocess.DEVNULL,
                              capture_output=True, env=env, timeout=60)
    finally:
        remove_pycache(case_dir)
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    out = proc.stdout.decode("utf-8", "replace")
    with open(os.path.join(case_dir, "expected"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"exit: {proc.returncode}\nstderr: {last}\n---\n{out}")
    return True


def main():
    cases = [os.path.basename(os.path.normpath(a)) for a in sys.argv[1:]] or sorted(
        n for n in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, n, "main.py")))
    done = skipped = 0
    for case in cases:
        if run(case):
            done += 1
        else:
            skipped += 1
    remove_pycache(HERE)
    print(f"regenerated {done} expected results with {sys.version.split()[0]}"
          f" ({skipped} written by hand, skipped)")


if __name__ == "__main__":
    main()
