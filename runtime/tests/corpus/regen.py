#!/usr/bin/env python3
"""Regenerates the expected results of the differential test corpus from CPython.

Every `NAME.py` here is run with `python3` (CPython 3.11 is the reference) and
its stdout, exit status and last stderr line are written to `NAME.expected`:

    exit: <status>
    stderr: <last non-empty line of stderr, or nothing>
    ---
    <stdout, verbatim>

Files whose names start with `_` are modules that the programs import, not
programs. A first line `# args: A B C` passes arguments to the program; a file
`NAME.stdin` next to it is fed to its standard input. The harness
(`runtime/tests/corpus.rs`) runs the same programs under tessera with the same
arguments, input and environment and compares the three parts.

Usage: python3 runtime/tests/corpus/regen.py [NAME.py ...]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def program_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if first.startswith("# args:"):
        return first[len("# args:"):].split()
    return []


def run(name):
    path = os.path.join(HERE, name)
    stdin_path = path[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8",
           "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, name] + program_args(path), cwd=HERE, stdin=stdin,
                          capture_output=True, env=env, timeout=120)
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    out = proc.stdout.decode("utf-8", "replace")
    with open(path[:-3] + ".expected", "w", encoding="utf-8", newline="\n") as f:
        f.write(f"exit: {proc.returncode}\nstderr: {last}\n---\n{out}")


def main():
    names = [os.path.basename(a) for a in sys.argv[1:]] or sorted(
        n for n in os.listdir(HERE) if n.endswith(".py") and n != "regen.py" and not n.startswith("_"))
    for name in names:
        run(name)
    print(f"regenerated {len(names)} expected results with {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
