"""Count the instructions each interpreter executes per benchmark iteration.

Wall-clock timings on shared, noisy machines drift by tens of percent from
one minute to the next (see benches/bench.py, which alternates runs to
spread that drift). This script gives the deterministic complement:
it runs each pyperformance benchmark under valgrind's cachegrind, once with
one measured iteration and once with three (no warm-up iterations), and
reports half the difference: the instructions of one steady-state iteration,
start-up and compilation excluded. Instruction counts ignore cache misses and
branch mispredictions, so they are a proxy for time, not a replacement; the
report also gives cachegrind's simulated branch mispredictions per
iteration, the other large cost of an interpreter.

The ratio is python3's count divided by the interpreter's, so, as in the
timing script, a ratio above 1 means fewer instructions than CPython.

Usage:
    python3 benches/instructions_compare.py --interp tessera=target/release/tessera \\
        [--interp NAME=PATH ...] [--bench NAME ...] [--loops N]

An interpreter may take arguments: --interp "tessera-nojit=target/release/tessera -X jit=off"
compares tessera with and without its JIT in one table.

Needs `valgrind` on PATH (Debian package `valgrind`).
"""

import argparse
import importlib.util
import math
import os
import re
import shlex
import shutil
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = "python3"


def load_module(name, relative):
    path = os.path.join(REPO_ROOT, relative)
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ci = load_module("tessera_ci_pyperformance", os.path.join("ci", "pyperformance.py"))


def parse_pairs(items, what):
    """`NAME=VALUE` options as (name, value) pairs."""
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise SystemExit("%s must look like NAME=VALUE, got %r" % (what, item))
        pairs.append((name, value))
    return pairs


# --smc-check=all: the JIT writes code into memory it may have run before
# (the code cache reuses freed space), which valgrind must notice.
CACHEGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--branch-sim=yes", "--smc-check=all",
              "--cachegrind-out-file=/dev/null"]


def parse_counts(stderr):
    """(instructions, mispredicted branches) from cachegrind's summary."""
    def number(label):
        match = re.search(r"==\d+== %s:\s+([\d,]+)" % label, stderr)
        return int(match.group(1).replace(",", "")) if match else None
    return number(r"I\s+refs"), number("Mispredicts")


def measure(argv, bench, values, loops, timeout):
    env = {"TESSERA_PYPERF_VALUES": str(values), "TESSERA_PYPERF_WARMUPS": "0",
           "TESSERA_PYPERF_LOOPS": str(loops)}
    outcome = ci.run_benchmark(CACHEGRIND + argv, bench, "time", timeout, env)
    instructions, mispredicts = parse_counts(outcome.stderr or "")
    if outcome.exit_code != 0 or instructions is None:
        why = "timed out" if outcome.timed_out else "exit %s" % outcome.exit_code
        raise RuntimeError("%s under cachegrind failed (%s)\n%s" % (bench, why, ci.tail(outcome.stderr or "", 10)))
    return instructions, mispredicts


def per_iteration(argv, bench, loops, timeout):
    one = measure(argv, bench, 1, loops, timeout)
    three = measure(argv, bench, 3, loops, timeout)
    return tuple((b - a) / 2 for a, b in zip(one, three))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Compare instruction counts on pyperformance benchmarks.")
    parser.add_argument("--interp", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--bench", nargs="+", action="extend", default=[], metavar="NAME")
    parser.add_argument("--loops", type=int, default=None,
                        help="loops per iteration (default 1, and 1024 for unpack_sequence, whose one call "
                             "is far shorter than pyperf's calibration target)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per process (default 600)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")

    interps = [(BASELINE, [sys.executable])]
    for name, command in parse_pairs(args.interp, "--interp"):
        # PATH, optionally followed by arguments: "target/release/tessera -X jit=off".
        words = shlex.split(command)
        interps.append((name, [ci.interpreter_path(words[0])] + words[1:]))
    benches = ci.selected(args.bench)
    ci.fetch()
    timeout = ci.timeout_setting(args.timeout)

    print("pyperformance %s under cachegrind: instructions and mispredicted branches per steady-state "
          "iteration; ratio = python3 instructions / interpreter instructions (> 1 is fewer than CPython)"
          % ci.PYPERFORMANCE_VERSION)
    print()
    print("| benchmark | interpreter | instructions / iteration | mispredicts / iteration | ratio vs python3 |")
    print("| --- | --- | ---: | ---: | ---: |")
    ratios = dict((name, []) for name, _ in interps)
    for bench in benches:
        counts = {}
        for name, path in interps:
            counts[name] = per_iteration(path, bench, ci.loops_for(bench, args.loops), timeout)
            print("%s %s: %.0f instructions" % (bench, name, counts[name][0]), file=sys.stderr)
        for name, _ in interps:
            instructions, mispredicts = counts[name]
            ratio = counts[BASELINE][0] / instructions
            ratios[name].append(ratio)
            print("| %s | %s | %.4g | %.4g | %.2fx |" % (bench, name, instructions, mispredicts, ratio))
    print()
    print("| interpreter | geometric mean ratio vs python3 |")
    print("| --- | ---: |")
    for name, _ in interps:
        mean = math.exp(sum(math.log(r) for r in ratios[name]) / len(ratios[name]))
        print("| %s | %.2fx |" % (name, mean))
    return 0


if __name__ == "__main__":
    sys.exit(main())
