"""Time pyperformance benchmarks under several interpreters side by side.

CPython (the python3 running this script) is always included, as the baseline
named `python3`.  Each benchmark runs in the time mode of our pyperf stand-in
(benches/pyperf/pyperf.py), one process per run; runs alternate between the
interpreters, with the order rotated from run to run, so that drift in the
machine's speed (heat, other load) falls on every interpreter alike.

For each benchmark and interpreter the report gives the median time per
iteration over all measured values of all runs, the median time of the first
iteration of each run (start-up and warm-up cost, which a JIT shows most), and
the speed against CPython: python3's median divided by the interpreter's, so a
ratio above 1 means faster than CPython.  A geometric mean of those ratios
sums up each interpreter.  The output is a Markdown table.

Usage:
    python3 benches/pyperformance_compare.py --interp tessera=target/release/tessera \\
        [--interp NAME=PATH ...] [--extra-args NAME="-X jit=off"] \\
        [--bench NAME ...] [--runs N] [--values N] [--warmups N] [--loops N] \\
        [--timeout S] [--json FILE]

The benchmarks are fetched into the cache by ci/pyperformance.py's `fetch`.
"""

import argparse
import importlib.util
import json
import math
import os
import shlex
import statistics
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = "python3"


def load_ci_module():
    # The download, cache and run logic lives in ci/pyperformance.py; loading
    # it from its path under a private name avoids clashing with a real
    # `pyperformance` package that may be installed.
    path = os.path.join(REPO_ROOT, "ci", "pyperformance.py")
    # Not caching its bytecode keeps a __pycache__ folder out of the work tree.
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("tessera_ci_pyperformance", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ci = load_ci_module()


def parse_pairs(items, what):
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise SystemExit("%s must look like NAME=VALUE, got %r" % (what, item))
        pairs.append((name, value))
    return pairs


def format_seconds(seconds):
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return "%.3g %s" % (seconds / scale, unit)
    return "%.3g ns" % (seconds / 1e-9)


def parse_times(stdout):
    """Split time-mode output into (first iteration, measured values) per run."""
    first = None
    values = []
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[0] not in ("warmup", "time"):
            continue
        seconds = float(parts[2])
        if first is None:
            first = seconds
        if parts[0] == "time":
            values.append(seconds)
    return first, values


class Result:
    """The times one interpreter collected for one benchmark, over all runs."""

    def __init__(self):
        self.values = []
        self.firsts = []
        self.failures = []

    def median(self):
        return statistics.median(self.values) if self.values else None

    def first_median(self):
        return statistics.median(self.firsts) if self.firsts else None

    def ok(self):
        return bool(self.values) and not self.failures


def geometric_mean(numbers):
    if not numbers:
        return None
    return math.exp(sum(math.log(n) for n in numbers) / len(numbers))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Compare interpreters on pyperformance benchmarks.")
    parser.add_argument("--interp", action="append", default=[], metavar="NAME=PATH",
                        help="an interpreter to time (python3 is always the baseline)")
    parser.add_argument("--extra-args", action="append", default=[], metavar="NAME=ARGS",
                        help="options given to interpreter NAME before the script, e.g. tessera='-X jit=off'")
    parser.add_argument("--bench", nargs="+", action="extend", default=[], metavar="NAME",
                        help="benchmarks to run (default: all of %s)" % ", ".join(ci.BENCHMARKS))
    parser.add_argument("--runs", type=int, default=3, help="processes per interpreter and benchmark (default 3)")
    parser.add_argument("--values", type=int, default=5, help="measured iterations per process (default 5)")
    parser.add_argument("--warmups", type=int, default=1, help="warm-up iterations per process (default 1)")
    parser.add_argument("--loops", type=int, default=1, help="loops per iteration (default 1)")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds per process (default: $TESSERA_PYPERF_TIMEOUT or 600)")
    parser.add_argument("--json", metavar="FILE", help="also write every collected time to FILE")
    args = parser.parse_args(argv)

    for option in ("runs", "values", "loops"):
        if getattr(args, option) < 1:
            raise SystemExit("--%s must be at least 1" % option)
    if args.warmups < 0:
        raise SystemExit("--warmups must not be negative")

    interps = [(BASELINE, sys.executable)]
    for name, path in parse_pairs(args.interp, "--interp"):
        if any(name == known for known, _ in interps):
            raise SystemExit("interpreter name %r is used twice (%r is the CPython baseline)" % (name, BASELINE))
        interps.append((name, ci.interpreter_path(path)))
    names = [name for name, _ in interps]
    extra = {}
    for name, text in parse_pairs(args.extra_args, "--extra-args"):
        if name not in names:
            raise SystemExit("--extra-args names %r, which is not an interpreter (%s)" % (name, ", ".join(names)))
        extra[name] = extra.get(name, []) + shlex.split(text)
    argvs = dict((name, [path] + extra.get(name, [])) for name, path in interps)

    benches = ci.selected(args.bench)
    ci.fetch()
    timeout = ci.timeout_setting(args.timeout)
    env = {
        "TESSERA_PYPERF_VALUES": str(args.values),
        "TESSERA_PYPERF_WARMUPS": str(args.warmups),
        "TESSERA_PYPERF_LOOPS": str(args.loops),
    }

    results = {}
    for bench in benches:
        for name in names:
            results[(bench, name)] = Result()
        for run in range(args.runs):
            # Rotating the starting interpreter each run means none of them is
            # always first (on a cold cache) or always last.
            shift = run % len(names)
            order = names[shift:] + names[:shift]
            for name in order:
                outcome = ci.run_benchmark(argvs[name], bench, "time", timeout, env)
                result = results[(bench, name)]
                first, values = parse_times(outcome.stdout)
                expected_count = args.values
                if outcome.exit_code != 0 or len(values) != expected_count:
                    why = "timed out" if outcome.timed_out else "exit %s" % outcome.exit_code
                    if outcome.exit_code == 0:
                        why = "%d values instead of %d" % (len(values), expected_count)
                    result.failures.append(why)
                    print("run %d %s %s: FAILED (%s)" % (run + 1, bench, name, why), file=sys.stderr)
                    if outcome.stderr:
                        print(ci.tail(outcome.stderr, 10), file=sys.stderr)
                    continue
                result.firsts.append(first)
                result.values.extend(values)
                print("run %d %s %s: median %s" % (run + 1, bench, name,
                                                   format_seconds(statistics.median(values))),
                      file=sys.stderr)

    report(benches, names, results, args)
    if args.json:
        dump = {
            "settings": {"runs": args.runs, "values": args.values, "warmups": args.warmups,
                         "loops": args.loops, "interpreters": dict((n, argvs[n]) for n in names)},
            "results": [
                {"benchmark": bench, "interpreter": name,
                 "values": results[(bench, name)].values,
                 "first_iterations": results[(bench, name)].firsts,
                 "failures": results[(bench, name)].failures}
                for bench in benches for name in names
            ],
        }
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(dump, handle, indent=1)
    failed = any(results[key].failures for key in results)
    return 1 if failed else 0


def report(benches, names, results, args):
    print("pyperformance %s, %d run(s) x %d value(s), %d warm-up(s), %d loop(s) per value; "
          "speed = python3 time / interpreter time (> 1 is faster than CPython)"
          % (ci.PYPERFORMANCE_VERSION, args.runs, args.values, args.warmups, args.loops))
    print()
    print("| benchmark | interpreter | median / iteration | median first iteration | speed vs python3 |")
    print("| --- | --- | ---: | ---: | ---: |")
    ratios = dict((name, []) for name in names)
    for bench in benches:
        baseline = results[(bench, BASELINE)]
        for name in names:
            result = results[(bench, name)]
            if not result.ok():
                speed = "FAILED (%s)" % "; ".join(sorted(set(result.failures)))
            elif not baseline.ok():
                speed = "- (baseline failed)"
            else:
                ratio = baseline.median() / result.median()
                ratios[name].append(ratio)
                speed = "%.2fx" % ratio
            print("| %s | %s | %s | %s | %s |" % (
                bench, name, format_seconds(result.median() if result.ok() else None),
                format_seconds(result.first_median() if result.ok() else None), speed))
    print()
    print("| interpreter | geometric mean speed vs python3 | benchmarks |")
    print("| --- | ---: | ---: |")
    for name in names:
        mean = geometric_mean(ratios[name])
        shown = "-" if mean is None else "%.2fx" % mean
        print("| %s | %s | %d of %d |" % (name, shown, len(ratios[name]), len(benches)))


if __name__ == "__main__":
    sys.exit(main())
