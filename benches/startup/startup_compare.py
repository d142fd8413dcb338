"""Measure start-up time on a large generated application, eager and lazy.

The workload is the application benches/startup/gen_app.py writes: a package
`app` of more than 200 modules whose entry point imports the package API
(which fans out to every module) and then uses only three modules. It is the
case PEP 810's lazy imports are for. This script times whole processes,
side by side:

    tessera eager                 the ordinary code
    tessera lazy                  the same code with `lazy import` / `lazy from`
    tessera -X lazy_imports=all   the ordinary code, every import made lazy
    python3 eager                 CPython on the ordinary code, with its
                                  bytecode cache (__pycache__) warm, which is
                                  how CPython normally starts
    python3 -B eager, cold        CPython compiling every module from source:
                                  -B, PYTHONDONTWRITEBYTECODE=1 and no
                                  __pycache__ (deleted before each run)

and, for reference, each interpreter's empty start-up (`-c pass`). CPython
3.11 cannot parse `lazy`, so python3 runs only the eager code.

The application is generated into --app-dir (default target/startup-app/)
and regenerated whenever gen_app.py or the generator options change. Before
timing, every variant runs once and its output must equal python3's (or, if
python3 fails, tessera eager's); a variant that fails or prints something else
is reported as FAILED and not timed, so the script is usable while lazy
imports are being implemented. Each variant also runs the application's
count_modules.py once, to report how many `app` modules it loaded; for the
lazy variants the report adds how many PEP 810's semantics load (the
generator's expected_lazy_modules.txt).

Runs alternate between the variants, with the order rotated from round to
round, so that drift in the machine's speed falls on every variant alike. The
report is a Markdown table with the median and minimum wall time per variant
and the ratios the project's targets are stated in: lazy against eager
(percent less start-up; target at least 50%) and tessera eager against
python3 eager (how many times faster; target at least 5x).

Usage:
    python3 benches/startup/startup_compare.py [--tessera PATH] [--python PATH] \\
        [--runs N] [--warmup K] [--app-dir DIR] [--regenerate] [--timeout S] \\
        [--json FILE]
"""

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(HERE, "gen_app.py")
DEFAULT_APP_DIR = os.path.join(REPO_ROOT, "target", "startup-app")
DEFAULT_TESSERA = os.path.join(REPO_ROOT, "target", "release", "tessera")
# The generator's options; part of the stamp, so changing them regenerates.
GENERATOR_ARGS = ["--seed", "810", "--packages", "10", "--modules", "20"]
STAMP = "STAMP"
# Written by the generator: the app modules a lazy run loads under PEP 810.
EXPECTED_LAZY = "expected_lazy_modules.txt"
# CPython's cold runs use their own copy of the eager tree, so that deleting
# its bytecode cache never disturbs the warm runs' cache.
COLD_TREE = "eager-nocache"
TARGET_LAZY_SAVING = 50.0
TARGET_SPEEDUP = 5.0


def generator_stamp():
    with open(GENERATOR, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    return "%s %s\n" % (digest, " ".join(GENERATOR_ARGS))


def read_text(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return None


def ensure_app(app_dir, force):
    """Generate the application unless an up-to-date copy is already there."""
    stamp_path = os.path.join(app_dir, STAMP)
    stamp = generator_stamp()
    complete = all(os.path.isfile(os.path.join(app_dir, tree, "main.py"))
                   for tree in ("eager", "lazy", COLD_TREE))
    complete = complete and os.path.isfile(os.path.join(app_dir, EXPECTED_LAZY))
    if not force and complete and read_text(stamp_path) == stamp:
        print("using the application in %s (up to date)" % app_dir, file=sys.stderr)
        return
    os.makedirs(app_dir, exist_ok=True)
    # The old stamp goes first, so that a generation cut short is redone next time.
    if os.path.exists(stamp_path):
        os.remove(stamp_path)
    subprocess.run([sys.executable, GENERATOR, app_dir] + GENERATOR_ARGS, check=True,
                   stdout=sys.stderr)
    cold = os.path.join(app_dir, COLD_TREE)
    if os.path.exists(cold):
        shutil.rmtree(cold)
    shutil.copytree(os.path.join(app_dir, "eager"), cold,
                    ignore=shutil.ignore_patterns("__pycache__"))
    with open(stamp_path, "w", encoding="utf-8") as handle:
        handle.write(stamp)


def source_stats(tree):
    """(app modules, bytes of all .py files) of one generated tree."""
    modules = 0
    total = 0
    for root, dirs, files in os.walk(tree):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in files:
            if name.endswith(".py"):
                total += os.path.getsize(os.path.join(root, name))
                if os.path.relpath(root, tree).split(os.sep)[0] == "app":
                    modules += 1
    return modules, total


def delete_bytecode(tree):
    for root, dirs, _ in os.walk(tree):
        if "__pycache__" in dirs:
            shutil.rmtree(os.path.join(root, "__pycache__"))
            dirs.remove("__pycache__")


class Variant:
    """One command to time, and what was measured for it."""

    def __init__(self, name, kind, interp, options, script, env=None, prepare=None, checked=True,
                 lazy=False):
        self.name = name
        self.kind = kind          # "tessera" or "python3"
        self.interp = interp      # path of the interpreter
        self.options = options    # its options before the script
        self.script = script      # the program: a path, or None for `-c pass`
        self.env = env
        self.prepare = prepare    # called before every run, outside the timing
        self.checked = checked    # whether its output is compared
        self.lazy = lazy          # whether its imports are meant to be lazy
        self.times = []
        self.failure = None
        self.modules_loaded = None

    def argv(self, script=None):
        if self.script is None:
            return [self.interp] + self.options + ["-c", "pass"]
        return [self.interp] + self.options + [script or self.script]

    def shown(self, app_dir):
        """The command as the report shows it, with paths shortened."""
        words = [os.path.basename(self.interp)] + self.options
        if self.script is None:
            words += ["-c", "pass"]
        else:
            words.append(os.path.relpath(self.script, app_dir))
        text = " ".join(words)
        if self.env and self.env.get("PYTHONDONTWRITEBYTECODE"):
            text = "PYTHONDONTWRITEBYTECODE=1 " + text
        return text

    def median(self):
        return statistics.median(self.times) if self.times else None

    def minimum(self):
        return min(self.times) if self.times else None


def run_once(variant, timeout, cwd, argv=None):
    """Run a variant; returns (seconds, completed process or None, why it failed or None)."""
    if variant.prepare:
        variant.prepare()
    argv = argv or variant.argv()
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=cwd, env=variant.env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timed out after %g s" % timeout
    except OSError as error:
        return None, None, "could not start: %s" % error
    elapsed = time.perf_counter() - start
    if proc.returncode < 0:
        return elapsed, proc, "killed by signal %d: %s" % (-proc.returncode, last_line(proc.stderr))
    if proc.returncode != 0:
        return elapsed, proc, "exit status %d: %s" % (proc.returncode, last_line(proc.stderr))
    return elapsed, proc, None


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "(no error output)"


def check_outputs(variants, timeout, cwd):
    """Run every variant once; fail those whose output differs from the reference."""
    outputs = {}
    for v in variants:
        if not v.checked:
            continue
        _, proc, why = run_once(v, timeout, cwd)
        if why:
            v.failure = why
        else:
            outputs[v.name] = proc.stdout
    # CPython is the reference semantics; tessera eager stands in if python3
    # itself failed.
    reference = None
    for v in variants:
        if v.checked and v.name in outputs and v.kind == "python3":
            reference = (v.name, outputs[v.name])
            break
    if reference is None:
        for v in variants:
            if v.checked and v.name in outputs:
                reference = (v.name, outputs[v.name])
                break
    if reference is None:
        return None
    for v in variants:
        if v.name in outputs and outputs[v.name] != reference[1]:
            v.failure = "output differs from %s's: %r instead of %r" % (
                reference[0], outputs[v.name].decode("utf-8", "replace").strip(),
                reference[1].decode("utf-8", "replace").strip())
    return reference[1].decode("utf-8", "replace").strip()


def count_modules(variants, timeout, cwd):
    """How many app modules each working variant loads, from count_modules.py."""
    for v in variants:
        if v.failure or v.script is None:
            continue
        probe = os.path.join(os.path.dirname(v.script), "count_modules.py")
        _, proc, why = run_once(v, timeout, cwd, argv=v.argv(probe))
        if why:
            continue
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            if line.startswith("app modules loaded:"):
                try:
                    v.modules_loaded = int(line.split(":")[1])
                except ValueError:
                    pass


def measure(variants, runs, warmup, timeout, cwd):
    active = [v for v in variants if not v.failure]
    for round_index in range(warmup + runs):
        measuring = round_index >= warmup
        # Rotating the starting variant each round means none of them is
        # always first or always last.
        shift = round_index % len(active) if active else 0
        order = active[shift:] + active[:shift]
        for v in order:
            if v.failure:
                continue
            elapsed, _, why = run_once(v, timeout, cwd)
            if why:
                v.failure = why
                print("round %d %s: FAILED (%s)" % (round_index + 1, v.name, why), file=sys.stderr)
                continue
            if measuring:
                v.times.append(elapsed)
        label = "warm-up" if not measuring else "run"
        number = round_index + 1 if not measuring else round_index - warmup + 1
        print("%s %d: %s" % (label, number, ", ".join(
            "%s %s" % (v.name, format_ms(v.times[-1] if measuring and v.times else None))
            for v in active if not v.failure)), file=sys.stderr)


def format_ms(seconds):
    if seconds is None:
        return "-"
    return "%.1f ms" % (seconds * 1e3)


def less_percent(variant, baseline, statistic):
    """How much less time variant takes than baseline, in percent of baseline's."""
    a, b = statistic(variant), statistic(baseline)
    if a is None or b is None:
        return None
    return (1.0 - a / b) * 100.0


def times_faster(variant, baseline, statistic):
    a, b = statistic(variant), statistic(baseline)
    if a is None or b is None:
        return None
    return b / a


def saving_text(saved):
    if saved is None:
        return "-"
    return "%.1f%% less" % saved if saved >= 0 else "%.1f%% more" % -saved


def why_missing(variant, baseline):
    return "FAILED" if (variant.failure or baseline.failure) else "not measured"


def report(variants, by_key, args, app_dir, checksum, stats, expected):
    modules, size = stats
    print("Start-up on a generated application of %d app modules (%.0f KB of source per variant); "
          "whole-process wall time, %d run(s) per variant after %d warm-up round(s), "
          "runs alternating between variants." % (modules, size / 1024.0, args.runs, args.warmup))
    if checksum:
        print("Every working variant printed: `%s`" % checksum)
    if expected is not None:
        print("Under PEP 810's semantics a run with every import lazy loads %d of the app modules "
              "(listed in %s)." % (expected, os.path.join(os.path.relpath(app_dir, REPO_ROOT), EXPECTED_LAZY)))
    print()
    print("| variant | command | median | min | import work (median - `-c pass`) | app modules loaded |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    empty = {"tessera": by_key.get("tessera-empty"), "python3": by_key.get("python3-empty")}
    for v in variants:
        if v.failure:
            print("| %s | `%s` | FAILED: %s | - | - | - |" % (v.name, v.shown(app_dir), v.failure.replace("|", "\\|")))
            continue
        work = "-"
        base = empty.get(v.kind)
        if v.script is not None and base is not None and base.median() is not None and v.median() is not None:
            work = format_ms(v.median() - base.median())
        loaded = "-" if v.modules_loaded is None else str(v.modules_loaded)
        if v.lazy and expected is not None:
            loaded += " (expected %d)" % expected
        if v.script is None:
            loaded = ""
        print("| %s | `%s` | %s | %s | %s | %s |" % (
            v.name, v.shown(app_dir), format_ms(v.median()), format_ms(v.minimum()), work, loaded))
    print()
    print("A speed-up is python3's time divided by tessera's (above 1 when tessera is faster). "
          "Targets are judged on medians; the minimums show how much of a difference is noise.")
    print()
    print("| comparison | by medians | by minimums | target |")
    print("| --- | ---: | ---: | --- |")

    def saving_row(label, key, base_key):
        v, base = by_key.get(key), by_key.get(base_key)
        if v is None or base is None:
            return
        goal = "at least %.0f%% less" % TARGET_LAZY_SAVING
        saved = less_percent(v, base, Variant.median)
        if saved is None:
            print("| %s | - (%s) | - | %s |" % (label, why_missing(v, base), goal))
            return
        verdict = "met" if saved >= TARGET_LAZY_SAVING else "missed"
        print("| %s | %s | %s | %s: %s |" % (label, saving_text(saved),
                                            saving_text(less_percent(v, base, Variant.minimum)), goal, verdict))

    def speed_row(label, key, base_key, target):
        v, base = by_key.get(key), by_key.get(base_key)
        if v is None or base is None:
            return
        goal = "at least %.0fx" % target if target else "(for information)"
        ratio = times_faster(v, base, Variant.median)
        if ratio is None:
            print("| %s | - (%s) | - | %s |" % (label, why_missing(v, base), goal))
            return
        verdict = ""
        if target:
            verdict = ": met" if ratio >= target else ": missed"
        print("| %s | %.2fx | %.2fx | %s%s |" % (label, ratio, times_faster(v, base, Variant.minimum), goal, verdict))

    saving_row("tessera lazy against tessera eager", "tessera-lazy", "tessera-eager")
    saving_row("tessera `-X lazy_imports=all` against tessera eager", "tessera-all", "tessera-eager")
    speed_row("tessera eager speed-up over python3 eager (bytecode cache warm)", "tessera-eager", "python3-eager", TARGET_SPEEDUP)
    speed_row("tessera eager speed-up over python3 eager, cold (`-B`, no cache)", "tessera-eager", "python3-cold", None)
    speed_row("tessera lazy speed-up over python3 eager (bytecode cache warm)", "tessera-lazy", "python3-eager", None)
    speed_row("tessera cold speed-up over python3 cold (both `-B`, no cache)", "tessera-cold", "python3-cold", None)


def resolve(path, what):
    """An interpreter's absolute path, or None (with a note) if there is none."""
    found = shutil.which(path) if os.sep not in path else (path if os.path.isfile(path) else None)
    if found is None:
        print("%s %r not found; its variants are skipped" % (what, path), file=sys.stderr)
        return None
    return os.path.abspath(found)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Compare start-up with eager and lazy imports.")
    parser.add_argument("--tessera", default=DEFAULT_TESSERA,
                        help="tessera binary (default target/release/tessera)")
    parser.add_argument("--python", default="python3", help="CPython to compare with (default python3)")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per variant (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds first (default 3)")
    parser.add_argument("--app-dir", default=DEFAULT_APP_DIR,
                        help="where the application is generated (default target/startup-app)")
    parser.add_argument("--regenerate", action="store_true", help="regenerate the application even if up to date")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per process (default 60)")
    parser.add_argument("--json", metavar="FILE", help="also write every measured time to FILE")
    args = parser.parse_args(argv)
    if args.runs < 1:
        raise SystemExit("--runs must be at least 1")
    if args.warmup < 0:
        raise SystemExit("--warmup must not be negative")

    app_dir = os.path.abspath(args.app_dir)
    ensure_app(app_dir, args.regenerate)
    eager = os.path.join(app_dir, "eager", "main.py")
    lazy = os.path.join(app_dir, "lazy", "main.py")
    cold_tree = os.path.join(app_dir, COLD_TREE)
    cold = os.path.join(cold_tree, "main.py")

    # Warm runs must be free to write the bytecode cache, whatever the
    # caller's environment says; cold runs must not write or find one.
    warm_env = dict(os.environ)
    warm_env.pop("PYTHONDONTWRITEBYTECODE", None)
    cold_env = dict(warm_env)
    cold_env["PYTHONDONTWRITEBYTECODE"] = "1"

    tessera = resolve(args.tessera, "tessera")
    python = resolve(args.python, "python")
    variants = []
    by_key = {}

    def add(key, *fields, **options):
        variant = Variant(*fields, **options)
        variants.append(variant)
        by_key[key] = variant

    if tessera:
        add("tessera-eager", "tessera eager", "tessera", tessera, [], eager, env=warm_env)
        add("tessera-lazy", "tessera lazy", "tessera", tessera, [], lazy, env=warm_env, lazy=True)
        add("tessera-all", "tessera eager, -X lazy_imports=all", "tessera", tessera,
            ["-X", "lazy_imports=all"], eager, env=warm_env, lazy=True)
        # tessera keeps compiled modules in __pycache__ too; this row is the
        # cost of compiling every module from source.
        add("tessera-cold", "tessera eager, cold: -B, no __pycache__", "tessera", tessera, ["-B"], cold,
            env=cold_env, prepare=lambda: delete_bytecode(cold_tree))
    if python:
        add("python3-eager", "python3 eager (bytecode cache warm)", "python3", python, [], eager,
            env=warm_env)
        add("python3-cold", "python3 eager, cold: -B, no __pycache__", "python3", python, ["-B"], cold,
            env=cold_env, prepare=lambda: delete_bytecode(cold_tree))
    # Empty start-up is the floor each interpreter cannot go below; the
    # report subtracts it to show the import work alone.
    if tessera:
        add("tessera-empty", "tessera empty start-up (reference)", "tessera", tessera, [], None,
            env=warm_env, checked=False)
    if python:
        add("python3-empty", "python3 empty start-up (reference)", "python3", python, [], None,
            env=warm_env, checked=False)
    if not variants:
        raise SystemExit("neither tessera nor python3 was found")

    checksum = check_outputs(variants, args.timeout, app_dir)
    for v in variants:
        if v.failure:
            print("%s: FAILED before timing (%s)" % (v.name, v.failure), file=sys.stderr)
    count_modules(variants, args.timeout, app_dir)
    measure(variants, args.runs, args.warmup, args.timeout, app_dir)
    expected_text = read_text(os.path.join(app_dir, EXPECTED_LAZY))
    expected = len(expected_text.split()) if expected_text is not None else None
    report(variants, by_key, args, app_dir, checksum, source_stats(os.path.join(app_dir, "eager")), expected)

    if args.json:
        dump = {
            "settings": {"runs": args.runs, "warmup": args.warmup, "app_dir": app_dir,
                         "generator_args": GENERATOR_ARGS},
            "results": [{"variant": v.name, "argv": v.argv(), "times": v.times,
                         "failure": v.failure, "app_modules_loaded": v.modules_loaded}
                        for v in variants],
        }
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(dump, handle, indent=1)
    return 1 if any(v.failure for v in variants) else 0


if __name__ == "__main__":
    sys.exit(main())
