"""tessera's benchmark runner: pyperformance on tessera and its peers, with tables and SVG charts.

It runs the pyperformance 1.14.0 benchmarks that tessera supports (the list in
ci/pyperformance.py, whose `fetch` downloads them from PyPI into a cache
outside the repository) through the project's pyperf stand-in
(benches/pyperf/pyperf.py, in its time mode), on:

* `tessera-jit`: tessera with its JIT (`-X jit=on`),
* `tessera-nojit`: tessera's interpreter alone (`-X jit=off`),
* every peer found on PATH or in ~/.cargo/bin: `python3` (CPython 3.11 here,
  the baseline), `pypy3` and `rustpython`; missing ones are skipped with a
  note,
* and any NAME=COMMAND given with --interp.

Each run is one process per interpreter; runs alternate between the
interpreters, with the order rotated from run to run, so that drift in the
machine's speed (heat, other load) falls on every interpreter alike.

Per benchmark and interpreter it reports the steady-state time per iteration
(the median of every measured value of every run), the first iteration's
time (the median over runs; it carries the warm-up cost a JIT pays), the
whole process's wall time (median over runs), each as a ratio against the
baseline (baseline time / interpreter time, so above 1 is faster), and
geometric means of those ratios.  When tessera ran both with and without
its JIT, a section compares the two: the ratio of the medians, of the
fastest values, and each run's own ratio.  One extra process per interpreter and
benchmark, with no warm-up and --curve-iterations values, records the
warm-up curve: the time of iterations 1..N as measured.

Output goes to stdout (a Markdown report) and to an output directory
(default target/bench/<UTC timestamp>/): results.md, results.json (every raw
value), speed.svg (steady-state speed, grouped bars), speed-wall.svg (the
same for whole-process wall time) and warmup-<benchmark>.svg (the curves).
The SVG is written by the small writer below; nothing outside the standard
library is used.

With --arch aarch64 the AArch64 build of tessera runs under
`qemu-aarch64 -L /usr/aarch64-linux-gnu`: only tessera-jit and tessera-nojit
run (there is no AArch64 CPython or PyPy here), ratios are against
tessera-nojit, and everything is labelled as emulated, because qemu's
times say nothing about a real AArch64 machine; only ratios within one
architecture are comparable.

--smoke runs unpack_sequence once on tessera-jit (one value, no warm-up, no
curve) into a temporary directory and checks what was written; the Rust
tests use it.  Run with --help for every option.
"""

import argparse
import datetime
import importlib.util
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree
from xml.sax.saxutils import escape, quoteattr

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_ci_module():
    # The download, cache and run logic lives in ci/pyperformance.py; loading
    # it from its path under a private name avoids clashing with a real
    # `pyperformance` package that may be installed.
    path = os.path.join(REPO_ROOT, "ci", "pyperformance.py")
    # Not caching its bytecode keeps a __pycache__ folder out of ci/.
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("tessera_ci_pyperformance", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ci = load_ci_module()

TESSERA_MODES = {
    "tessera-jit": ["-X", "jit=on"],
    "tessera-nojit": ["-X", "jit=off"],
}
PEERS = ["python3", "pypy3", "rustpython"]
KNOWN = list(TESSERA_MODES) + PEERS
SMOKE_BENCH = "unpack_sequence"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")

# Fixed colours per known interpreter keep every chart of every run alike;
# extra interpreters take the rest of the Tableau 10 palette in order.
COLORS = {
    "tessera-jit": "#d62728",
    "tessera-nojit": "#ff7f0e",
    "python3": "#1f77b4",
    "pypy3": "#2ca02c",
    "rustpython": "#9467bd",
}
EXTRA_COLORS = ["#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

# The ELF e_machine values of the architectures tessera is built for (and a
# few neighbours, so a wrong binary is named rather than misread).
ELF_MACHINES = {0x03: "x86", 0x28: "arm", 0x3E: "x86_64", 0xB7: "aarch64", 0xF3: "riscv64"}


# ---------------------------------------------------------------------------
# Small helpers: formatting and statistics.

def format_seconds(seconds):
    """A duration with three significant digits and a unit, '-' for none."""
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return "%.3g %s" % (seconds / scale, unit)
    return "%.3g ns" % (seconds / 1e-9)


def format_ratio(ratio):
    if ratio is None:
        return "-"
    if ratio >= 100:
        return "%.0fx" % ratio
    if ratio >= 10:
        return "%.1fx" % ratio
    return "%.2fx" % ratio


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def geometric_mean(numbers):
    """The geometric mean of positive numbers, None for an empty list."""
    numbers = [n for n in numbers if n is not None]
    if not numbers:
        return None
    if any(n <= 0 for n in numbers):
        raise ValueError("geometric mean of a non-positive number")
    return math.exp(sum(math.log(n) for n in numbers) / len(numbers))


def ratio(baseline, value):
    """Speed against the baseline: baseline time / time, None when either is missing."""
    if baseline is None or value is None or value <= 0 or baseline <= 0:
        return None
    return baseline / value


def relative_spread(values):
    """The interquartile range over the median, a noise measure robust to outliers."""
    if len(values) < 2:
        return None
    middle = statistics.median(values)
    if middle <= 0:
        return None
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return (q3 - q1) / middle


def tail_line(text, width=100):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    return last if len(last) <= width else last[: width - 3] + "..."


# ---------------------------------------------------------------------------
# Parsing the pyperf stand-in's time-mode output.

def parse_time_output(stdout):
    """The (kind, name, seconds) triples of time-mode output, in order.

    Time mode prints `warmup NAME SECONDS` and `time NAME SECONDS`; any other
    line (a benchmark's own output) is skipped, as is a line whose seconds are
    not a finite, non-negative number.
    """
    entries = []
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[0] not in ("warmup", "time"):
            continue
        try:
            seconds = float(parts[2])
        except ValueError:
            continue
        if not math.isfinite(seconds) or seconds < 0:
            continue
        entries.append((parts[0], parts[1], seconds))
    return entries


class RunRecord:
    """One process: what it printed, how long it took, and why it failed if it did."""

    def __init__(self, entries, exit_code, wall, failure=None, stderr_tail="", started=None, position=None):
        self.entries = entries
        self.exit_code = exit_code
        self.wall = wall
        self.failure = failure
        self.stderr_tail = stderr_tail
        self.started = started
        self.position = position

    @property
    def warmups(self):
        return [s for kind, _, s in self.entries if kind == "warmup"]

    @property
    def values(self):
        return [s for kind, _, s in self.entries if kind == "time"]

    @property
    def first(self):
        """The first iteration's time: the first warm-up, or the first value without one."""
        return self.entries[0][2] if self.entries else None

    def to_json(self):
        return {
            "exit": self.exit_code,
            "wall_seconds": self.wall,
            "warmups": self.warmups,
            "values": self.values,
            "names": sorted(set(name for _, name, _ in self.entries)),
            "failure": self.failure,
            "stderr_tail": self.stderr_tail,
            "started_seconds": self.started,
            "order_position": self.position,
        }


def check_run(outcome, warmups, values):
    """Turn a ci.Outcome into a RunRecord, deciding whether the run failed."""
    entries = parse_time_output(outcome.stdout or "")
    names = sorted(set(name for _, name, _ in entries))
    record = RunRecord(entries, outcome.exit_code, outcome.seconds)
    if outcome.timed_out:
        record.failure = "timed out after %.0f s" % outcome.seconds
    elif outcome.exit_code != 0:
        last = tail_line(outcome.stderr)
        record.failure = "exit %s%s" % (outcome.exit_code, ": " + last if last else "")
    elif not names:
        record.failure = "no timings in the output"
    elif len(record.values) != values * len(names) or len(record.warmups) != warmups * len(names):
        record.failure = "%d value(s) and %d warm-up(s) instead of %d and %d" % (
            len(record.values), len(record.warmups), values * len(names), warmups * len(names))
    if record.failure:
        record.stderr_tail = ci.tail(outcome.stderr or "", 10)
    return record


class Result:
    """What one interpreter collected for one benchmark: its runs and its warm-up curve."""

    def __init__(self):
        self.runs = []
        self.curve = None

    def good_runs(self):
        return [run for run in self.runs if not run.failure]

    def failures(self):
        return [run.failure for run in self.runs if run.failure]

    def ok(self):
        # One failed run (a crash, a timeout) makes the others' numbers
        # suspect, so the whole cell is reported as failed.
        return bool(self.runs) and not self.failures()

    def values(self):
        return [v for run in self.good_runs() for v in run.values]

    def median(self):
        return median(self.values()) if self.ok() else None

    def first(self):
        return median([run.first for run in self.good_runs()]) if self.ok() else None

    def wall(self):
        return median([run.wall for run in self.good_runs()]) if self.ok() else None

    def spread(self):
        return relative_spread(self.values()) if self.ok() else None

    def fastest(self):
        return min(self.values()) if self.ok() and self.values() else None

    def run_medians(self):
        return [median(run.values) for run in self.good_runs()] if self.ok() else None


# The three measures reported for each cell: (key, ratio key, column title).
METRICS = [
    ("median", "speed", "time / iteration"),
    ("first", "first_speed", "first iteration"),
    ("wall", "wall_speed", "process wall time"),
]


def summarize(benches, names, results, baseline):
    """Per-cell numbers and ratios, and per-interpreter geometric means.

    Returns (cells, means): cells[(bench, name)] is a dict with the three
    measures, their ratios against the baseline (None when the baseline or
    the cell failed, or no baseline was run) and the failure text; means[name]
    maps each ratio key to (geometric mean or None, number of benchmarks).
    """
    cells = {}
    for bench in benches:
        base = results.get((bench, baseline)) if baseline else None
        for name in names:
            result = results[(bench, name)]
            cell = {
                "median": result.median(),
                "first": result.first(),
                "wall": result.wall(),
                "spread": result.spread(),
                "fastest": result.fastest(),
                "run_medians": result.run_medians(),
                "ok": result.ok(),
                "failure": "; ".join(sorted(set(result.failures()))) or (None if result.runs else "not run"),
            }
            for key, speed_key, _ in METRICS:
                base_value = getattr(base, key)() if base is not None else None
                cell[speed_key] = ratio(base_value, cell[key])
            cells[(bench, name)] = cell
    means = {}
    for name in names:
        means[name] = {}
        for _, speed_key, _ in METRICS:
            found = [cells[(bench, name)][speed_key] for bench in benches
                     if cells[(bench, name)][speed_key] is not None]
            means[name][speed_key] = (geometric_mean(found), len(found))
    return cells, means


# ---------------------------------------------------------------------------
# Interpreters: which ones, found where, run how.

class Interpreter:
    """One interpreter to time: a name, the command that starts it, and what it is."""

    def __init__(self, name, argv, kind, emulated=False, arch=None):
        self.name = name
        self.argv = list(argv)
        # "tessera", "peer" (found on the machine) or "extra" (given as NAME=COMMAND).
        self.kind = kind
        self.emulated = emulated
        self.arch = arch
        self.version = None
        self.found_at = None

    @property
    def label(self):
        """The name shown in tables and charts; emulated runs say so everywhere."""
        if self.emulated:
            return "%s (%s, emulated)" % (self.name, self.arch)
        return self.name

    def to_json(self):
        return {"name": self.name, "label": self.label, "argv": self.argv, "kind": self.kind,
                "emulated": self.emulated, "arch": self.arch, "version": self.version,
                "found_at": self.found_at}


def normalize_arch(name):
    name = (name or "").lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(name, name)


def host_arch():
    return normalize_arch(platform.machine())


def elf_arch(path):
    """The architecture an ELF executable is built for, or None if it is not one (or unreadable)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return None
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    order = "little" if header[5] == 1 else "big"
    machine = int.from_bytes(header[18:20], order)
    return ELF_MACHINES.get(machine, "elf-machine-%d" % machine)


def find_program(name, home=None):
    """A peer on PATH, else in ~/.cargo/bin (where `cargo install` puts rustpython), else None."""
    found = shutil.which(name)
    if found:
        return found
    cargo_bin = os.path.join(home or os.path.expanduser("~"), ".cargo", "bin", name)
    if os.path.isfile(cargo_bin) and os.access(cargo_bin, os.X_OK):
        return cargo_bin
    return None


def default_tessera(arch, host):
    if arch == host:
        return os.path.join(REPO_ROOT, "target", "release", "tessera")
    return os.path.join(REPO_ROOT, "target", "%s-unknown-linux-gnu" % arch, "release", "tessera")


def default_runner(arch):
    """The emulator command for a foreign architecture: $TESSERA_TEST_RUNNER (which CI sets
    for the AArch64 build) or qemu-ARCH with the cross sysroot Debian installs."""
    from_env = shlex.split(os.environ.get("TESSERA_TEST_RUNNER", ""))
    if from_env:
        return from_env
    return ["qemu-%s" % arch, "-L", "/usr/%s-linux-gnu" % arch]


def parse_interp_spec(text):
    """Split an --interp word into (name, command words or None).

    A bare NAME selects a known interpreter; NAME=COMMAND names a command,
    split like a shell would, so options may follow the program.
    """
    name, sep, command = text.partition("=")
    if not NAME_PATTERN.match(name):
        raise SystemExit("--interp: %r is not a usable interpreter name (letters, digits, '.', '_', '+', '-')"
                         % name)
    if not sep:
        if name != "default" and name not in KNOWN:
            raise SystemExit("--interp: unknown interpreter %r (known: %s, default; or NAME=COMMAND)"
                             % (name, ", ".join(KNOWN)))
        return name, None
    if name == "default":
        raise SystemExit("--interp: 'default' cannot be given a command")
    words = shlex.split(command)
    if not words:
        raise SystemExit("--interp %s= needs a command after '='" % name)
    return name, words


class Plan:
    """What one invocation runs: the architecture, the interpreters and the ratios' baseline."""

    def __init__(self, arch, host, emulated, runner, interpreters, baseline, notes):
        self.arch = arch
        self.host = host
        self.emulated = emulated
        self.runner = runner
        self.interpreters = interpreters
        self.baseline = baseline
        self.notes = notes

    def names(self):
        return [interp.name for interp in self.interpreters]

    def get(self, name):
        for interp in self.interpreters:
            if interp.name == name:
                return interp
        return None


def make_plan(selection, tessera, arch, host, runner=None, baseline=None, find=find_program,
              binary_arch=elf_arch):
    """Decide which interpreters run and how, without running anything.

    selection: the --interp words, or None for the default set (tessera-jit,
    tessera-nojit and every peer found).  tessera: the --tessera path or None
    for the default build of `arch`.  arch: the --arch value or None, in which
    case the architecture of the tessera binary decides (so an AArch64 build
    given on an x86_64 machine runs emulated).  find and binary_arch are
    injectable so tests need no real programs.
    """
    notes = []
    if arch is None:
        built_for = binary_arch(tessera) if tessera else None
        arch = built_for if built_for in ELF_MACHINES.values() else host
    arch = normalize_arch(arch)
    emulated = arch != host
    if tessera is None:
        tessera = default_tessera(arch, host)
    tessera = ci.interpreter_path(tessera)
    built_for = binary_arch(tessera)
    if built_for is not None and built_for != arch:
        raise SystemExit("--tessera %s is built for %s, not %s" % (tessera, built_for, arch))
    if emulated:
        runner = list(runner) if runner else default_runner(arch)
    else:
        runner = []

    if selection is None:
        selection = ["default"]
    wanted = []
    for word in selection:
        name, command = parse_interp_spec(word)
        if name == "default":
            for default_name in KNOWN:
                wanted.append((default_name, None, False))
        else:
            wanted.append((name, command, True))

    interpreters = []
    seen = set()
    for name, command, explicit in wanted:
        if name in seen:
            if explicit:
                raise SystemExit("--interp: %s is selected twice" % name)
            continue
        seen.add(name)
        if name in TESSERA_MODES:
            program = ci.interpreter_path(command[0]) if command else tessera
            argv = runner + [program] + (command[1:] if command else []) + TESSERA_MODES[name]
            interpreters.append(Interpreter(name, argv, "tessera", emulated, arch))
        elif command is not None:
            program = ci.interpreter_path(command[0])
            # A foreign-architecture binary given by path runs under the
            # emulator too, and is labelled as emulated.
            program_arch = binary_arch(program)
            foreign = program_arch in ELF_MACHINES.values() and program_arch != host
            prefix = (list(runner) if runner else default_runner(program_arch)) if foreign else []
            kind = "peer" if name in PEERS else "extra"
            interp = Interpreter(name, prefix + [program] + command[1:], kind, foreign,
                                 program_arch if foreign else host)
            interpreters.append(interp)
        elif emulated:
            if explicit:
                raise SystemExit("--interp %s: under --arch %s only tessera runs (there is no %s build of %s "
                                 "here); give NAME=COMMAND to run something else as given"
                                 % (name, arch, arch, name))
            continue
        else:
            path = find(name)
            if path is None:
                if explicit:
                    raise SystemExit("--interp %s: not found on PATH or in ~/.cargo/bin" % name)
                notes.append("%s: skipped, not found on PATH or in ~/.cargo/bin" % name)
                continue
            interp = Interpreter(name, [path], "peer", False, host)
            interp.found_at = path
            interpreters.append(interp)
    if emulated and selection == ["default"]:
        notes.append("peers (%s) are not run under --arch %s: there are no %s builds of them here"
                     % (", ".join(PEERS), arch, arch))
    if not interpreters:
        raise SystemExit("no interpreter to run")

    if baseline is None:
        baseline = "tessera-nojit" if emulated else "python3"
    names = [interp.name for interp in interpreters]
    if baseline not in names:
        notes.append("the baseline %s is not run, so there are no ratios (--baseline NAME picks another)"
                     % baseline)
    return Plan(arch, host, emulated, runner, interpreters, baseline, notes)


PROBE_CODE = (
    "import sys\n"
    "print(sys.version.splitlines()[0])\n"
    "print(getattr(sys, 'executable', '') or '')\n"
    "print(getattr(getattr(sys, 'implementation', None), 'name', '') or '')\n"
    "p = getattr(sys, 'pypy_version_info', None)\n"
    "print('' if p is None else '%d.%d.%d' % (p[0], p[1], p[2]))\n"
)


def describe_version(lines):
    """A short description ('CPython 3.11.7', 'PyPy 7.3.11 (Python 3.9.16)') from PROBE_CODE's output."""
    lines = list(lines) + [""] * 4
    version, _, impl, pypy = (line.strip() for line in lines[:4])
    number = version.split()[0] if version else "?"
    if impl == "cpython":
        return "CPython %s" % number
    if impl == "pypy" or pypy:
        return "PyPy %s (Python %s)" % (pypy or "?", number)
    if impl:
        return "%s %s" % (impl, number)
    return "Python %s" % version


def probe(interp, timeout):
    """Start the interpreter once to learn its version.

    Returns None when it works, else why not.  A peer found through a
    launcher (pyenv's shims are shell scripts) is then run through the real
    executable it reports, so the launcher's start-up is not timed with it.
    """
    try:
        completed = subprocess.run(interp.argv + ["-c", PROBE_CODE], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                                   env=ci.benchmark_env("check"))
    except subprocess.TimeoutExpired:
        return "did not answer within %.0f s" % timeout
    except OSError as error:
        return "cannot start: %s" % error
    if completed.returncode != 0:
        last = tail_line(completed.stderr.decode("utf-8", "replace"))
        return "exit %d%s" % (completed.returncode, ": " + last if last else "")
    lines = completed.stdout.decode("utf-8", "replace").splitlines()
    interp.version = describe_version(lines)
    executable = lines[1].strip() if len(lines) > 1 else ""
    if interp.kind == "peer" and interp.found_at and executable and os.path.isfile(executable):
        interp.argv = [executable] + interp.argv[1:]
    return None


# ---------------------------------------------------------------------------
# Options.

def build_parser():
    parser = argparse.ArgumentParser(
        prog="bench.py",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Time the pyperformance %s benchmarks tessera supports on tessera (with and without "
                    "its JIT) and on every peer found (python3, pypy3, rustpython), and write Markdown "
                    "tables, JSON and SVG charts." % ci.PYPERFORMANCE_VERSION,
        epilog="""\
interpreters (--interp, repeatable; default: tessera-jit tessera-nojit and every peer found):
  tessera-jit        --tessera with -X jit=on
  tessera-nojit      --tessera with -X jit=off
  python3, pypy3, rustpython
                     found on PATH or in ~/.cargo/bin (missing ones are skipped with a
                     note when not named explicitly)
  default            all of the above
  NAME=COMMAND       any other interpreter, e.g. 'cpython312=/usr/bin/python3.12' or
                     'tessera-t1=target/release/tessera -X jit-threshold=1'; a known NAME
                     with =PATH runs that program instead of the one found

ratios: speed = baseline time / interpreter time, so above 1 is faster than the baseline
(python3, i.e. CPython 3.11 here; with --arch aarch64, tessera-nojit).

output: the Markdown report on stdout, progress on stderr, and in the output directory
results.md, results.json (every raw value), speed.svg, speed-wall.svg and
warmup-<benchmark>.svg. Exit status 1 if tessera or a NAME=COMMAND interpreter failed
(a peer's failure is only reported), 130 if interrupted (what was measured is written).

examples:
  python3 benches/bench.py
  python3 benches/bench.py --bench nbody unpack_sequence --runs 2 --values 3 --curve-iterations 20
  python3 benches/bench.py --interp tessera-jit python3 --runs 5
  python3 benches/bench.py --arch aarch64 --bench nbody
  python3 benches/bench.py --smoke --tessera target/release/tessera
""")
    parser.add_argument("--bench", nargs="+", action="extend", metavar="NAME",
                        help="benchmarks to run (default: all of %s; %s with --smoke)"
                             % (", ".join(ci.BENCHMARKS), SMOKE_BENCH))
    parser.add_argument("--interp", nargs="+", action="extend", metavar="NAME",
                        help="interpreters to run: known names, 'default', or NAME=COMMAND (see below)")
    parser.add_argument("--tessera", metavar="PATH",
                        help="the tessera binary (default: target/release/tessera, or "
                             "target/aarch64-unknown-linux-gnu/release/tessera with --arch aarch64)")
    parser.add_argument("--arch", metavar="ARCH",
                        help="architecture to run: the host's (%s, the default) or aarch64, which runs the "
                             "AArch64 build of tessera under qemu (emulated; only tessera, ratios against "
                             "tessera-nojit). Without --arch, an AArch64 --tessera binary implies it"
                             % host_arch())
    parser.add_argument("--qemu", metavar="COMMAND",
                        help="emulator command for --arch aarch64 (default: $TESSERA_TEST_RUNNER or "
                             "'qemu-aarch64 -L /usr/aarch64-linux-gnu')")
    parser.add_argument("--baseline", metavar="NAME",
                        help="interpreter the ratios are against (default: python3; tessera-nojit when emulated)")
    parser.add_argument("--runs", type=int, metavar="N", help="processes per interpreter and benchmark (default 3)")
    parser.add_argument("--values", type=int, metavar="N", help="measured iterations per process (default 5)")
    parser.add_argument("--warmups", type=int, metavar="N", help="warm-up iterations per process, before the values (default 1)")
    parser.add_argument("--loops", type=int, default=None, metavar="N",
                        help="loops per iteration (default 1, and 1024 for unpack_sequence, whose one call "
                             "is far shorter than pyperf's calibration target of 100 ms a value)")
    parser.add_argument("--curve-iterations", type=int, metavar="N",
                        help="iterations of the extra warm-up-curve process per interpreter and benchmark "
                             "(default 50; 0 disables the curves)")
    parser.add_argument("--linear", action="store_true",
                        help="draw the speed charts on a linear axis (default: logarithmic)")
    parser.add_argument("--out", metavar="DIR",
                        help="output directory (default: target/bench/<UTC timestamp>/; with --smoke a "
                             "temporary directory, removed afterwards)")
    parser.add_argument("--timeout", type=float, metavar="S",
                        help="seconds per process (default: $TESSERA_PYPERF_TIMEOUT or %.0f)" % ci.DEFAULT_TIMEOUT)
    parser.add_argument("--progress", choices=("auto", "bar", "lines", "off"), default="auto",
                        help="progress on stderr: a redrawn bar, one line per process, or nothing "
                             "(default auto: a bar when stderr is a terminal, else lines)")
    parser.add_argument("--list", action="store_true",
                        help="print the benchmarks and the interpreters that would run, then exit")
    parser.add_argument("--smoke", action="store_true",
                        help="quick self-test: %s on tessera-jit, one value, no warm-up, no curve, into a "
                             "temporary directory; checks the files written and exits 0 if all is well"
                             % SMOKE_BENCH)
    return parser


def parse_args(argv=None):
    """Parse the command line and fill in the defaults, which --smoke changes."""
    args = build_parser().parse_args(argv)
    if args.smoke:
        defaults = {"bench": [SMOKE_BENCH], "interp": ["tessera-jit"], "runs": 1, "values": 1,
                    "warmups": 0, "curve_iterations": 0}
    else:
        defaults = {"bench": None, "interp": None, "runs": 3, "values": 5, "warmups": 1,
                    "curve_iterations": 50}
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    for option in ("runs", "values", "loops"):
        if getattr(args, option) is not None and getattr(args, option) < 1:
            raise SystemExit("--%s must be at least 1" % option)
    for option in ("warmups", "curve_iterations"):
        if getattr(args, option) < 0:
            raise SystemExit("--%s must not be negative" % option.replace("_", "-"))
    if args.bench:
        # Repeating a benchmark would only run it twice under one name.
        args.bench = list(dict.fromkeys(args.bench))
    if args.arch is not None:
        args.arch = normalize_arch(args.arch)
        if args.arch not in ELF_MACHINES.values():
            raise SystemExit("--arch: unknown architecture %r" % args.arch)
    args.qemu = shlex.split(args.qemu) if args.qemu else None
    return args


# ---------------------------------------------------------------------------
# Progress on stderr.

def format_duration(seconds):
    seconds = int(round(seconds))
    if seconds >= 3600:
        return "%dh%02dm" % (seconds // 3600, seconds % 3600 // 60)
    if seconds >= 60:
        return "%dm%02ds" % (seconds // 60, seconds % 60)
    return "%ds" % seconds


class Progress:
    """Progress over a known number of processes.

    On a terminal it redraws one bar with '\\r'; anywhere else (a log, a CI
    job, cargo capturing output) it prints one plain line per finished
    process, since carriage returns only garble those.
    """

    def __init__(self, total, stream=None, mode="auto", clock=time.monotonic, width=None):
        self.stream = stream if stream is not None else sys.stderr
        if mode == "auto":
            isatty = getattr(self.stream, "isatty", None)
            mode = "bar" if isatty is not None and isatty() else "lines"
        self.mode = mode
        self.total = max(total, 1)
        self.count = 0
        self.clock = clock
        self.started = clock()
        self.width = width
        self.current = ""
        self.drawn = 0

    def _columns(self):
        if self.width:
            return self.width
        return shutil.get_terminal_size((100, 20)).columns

    def _eta(self):
        elapsed = self.clock() - self.started
        text = "%s elapsed" % format_duration(elapsed)
        if 0 < self.count < self.total:
            left = elapsed / self.count * (self.total - self.count)
            text += ", ~%s left" % format_duration(left)
        return text

    def _draw(self):
        columns = self._columns()
        fraction = self.count / self.total
        cells = 24
        filled = int(round(fraction * cells))
        encoding = (getattr(self.stream, "encoding", None) or "").lower()
        full, empty = ("\u2588", "\u2591") if "utf" in encoding else ("#", ".")
        text = "[%s%s] %d/%d %3d%%  %s  %s" % (full * filled, empty * (cells - filled), self.count,
                                              self.total, fraction * 100, self.current, self._eta())
        text = text[: columns - 1]
        # Padding over the previous text erases it without terminal escapes.
        self.stream.write("\r" + text + " " * max(0, self.drawn - len(text)))
        self.stream.flush()
        self.drawn = len(text)

    def _clear(self):
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.drawn = 0

    def start(self, label):
        """A process is starting; the bar shows what is running now."""
        self.current = label
        if self.mode == "bar":
            self._draw()

    def done(self, message):
        self.count += 1
        if self.mode == "bar":
            self._draw()
        elif self.mode == "lines":
            self.stream.write("[%d/%d] %s\n" % (self.count, self.total, message))
            self.stream.flush()

    def note(self, text):
        """A message that must stay visible (a failure), printed above the bar."""
        if self.mode == "off":
            return
        if self.mode == "bar":
            self._clear()
        self.stream.write(text.rstrip("\n") + "\n")
        if self.mode == "bar":
            self._draw()
        self.stream.flush()

    def finish(self):
        if self.mode == "bar" and self.drawn:
            self.current = "done"
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = 0


# ---------------------------------------------------------------------------
# Running.

def loops_text(loops):
    """The loops per value, for the report: as given, or as calibrated."""
    if loops is not None:
        return "%d loop(s)" % loops
    special = ", ".join("%s %d" % item for item in sorted(ci.CALIBRATED_LOOPS.items()))
    return "1 loop (%s, whose one call is far shorter than pyperf's calibration target)" % special


class Settings:
    def __init__(self, runs, values, warmups, loops, curve_iterations, timeout):
        self.runs = runs
        self.values = values
        self.warmups = warmups
        self.loops = loops
        self.curve_iterations = curve_iterations
        self.timeout = timeout

    def env(self, values, warmups, bench):
        return {"TESSERA_PYPERF_VALUES": str(values), "TESSERA_PYPERF_WARMUPS": str(warmups),
                "TESSERA_PYPERF_LOOPS": str(ci.loops_for(bench, self.loops))}

    def to_json(self):
        return dict(self.__dict__)


def process_count(benches, plan, settings):
    per_bench = len(plan.interpreters) * (settings.runs + (1 if settings.curve_iterations else 0))
    return len(benches) * per_bench


def new_results(benches, plan):
    return dict(((bench, name), Result()) for bench in benches for name in plan.names())


def run_all(plan, benches, settings, results, progress, run_benchmark=None, clock=time.monotonic):
    """Run every process, filling `results` as it goes (so an interruption keeps what was measured).

    Returns the number of failed processes.
    """
    run_benchmark = run_benchmark or ci.run_benchmark
    interps = plan.interpreters
    origin = clock()
    failures = 0

    def one(interp, bench, label, values, warmups, position):
        nonlocal failures
        progress.start("%s %s %s" % (bench, interp.label, label))
        started = clock() - origin
        outcome = run_benchmark(interp.argv, bench, "time", settings.timeout, settings.env(values, warmups, bench))
        record = check_run(outcome, warmups, values)
        record.started = started
        record.position = position
        if record.failure:
            failures += 1
            progress.done("%s %s %s: FAILED (%s)" % (bench, interp.label, label, record.failure))
            tail = "\n".join("    " + line for line in record.stderr_tail.splitlines())
            # The progress line already names the failure unless a bar has
            # since redrawn over it; the stderr tail is worth keeping in both.
            if progress.mode == "bar":
                progress.note("FAILED %s %s %s: %s%s" % (bench, interp.label, label, record.failure,
                                                         "\n" + tail if tail else ""))
            elif tail:
                progress.note(tail)
        else:
            progress.done("%s %s %s: median %s, first %s, wall %s" % (
                bench, interp.label, label, format_seconds(median(record.values)),
                format_seconds(record.first), format_seconds(record.wall)))
        return record

    for bench_index, bench in enumerate(benches):
        for run in range(settings.runs):
            # Rotating the starting interpreter each run means none of them is
            # always first (on a cold cache) or always last.
            shift = run % len(interps)
            order = interps[shift:] + interps[:shift]
            for position, interp in enumerate(order):
                label = "run %d/%d" % (run + 1, settings.runs)
                record = one(interp, bench, label, settings.values, settings.warmups, position)
                results[(bench, interp.name)].runs.append(record)
        if settings.curve_iterations:
            shift = bench_index % len(interps)
            for position, interp in enumerate(interps[shift:] + interps[:shift]):
                record = one(interp, bench, "warm-up curve", settings.curve_iterations, 0, position)
                results[(bench, interp.name)].curve = record
    return failures


# ---------------------------------------------------------------------------
# Markdown.

def markdown_table(header, rows, align=None):
    """A Markdown table; align holds 'l' or 'r' per column (default: first left, rest right)."""
    if align is None:
        align = ["l"] + ["r"] * (len(header) - 1)
    for row in rows:
        if len(row) != len(header):
            raise ValueError("row %r has %d cells, the header %d" % (row, len(row), len(header)))

    def cell(text):
        # A '|' inside a cell would end it early.
        return str(text).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |",
             "| " + " | ".join("---:" if a == "r" else "---" for a in align) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(cell(c) for c in row) + " |")
    return "\n".join(lines)


def machine_info():
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"hostname": platform.node(), "host_arch": host_arch(), "cpus": os.cpu_count(),
            "cpu_model": cpu, "system": "%s %s" % (platform.system(), platform.release()),
            "runner_python": sys.version.split()[0]}


def describe_context(meta):
    """The date and machine line used in the report and every chart's title."""
    machine = meta["machine"]
    arch = meta["arch"]
    if meta["emulated"]:
        arch_text = "%s emulated by %s on %s" % (arch, os.path.basename(meta["runner"][0]), machine["host_arch"])
    else:
        arch_text = arch
    cpus = "%s CPUs" % machine["cpus"] if machine["cpus"] else "? CPUs"
    return "%s, %s, %s, %s" % (meta["date_text"], machine["hostname"] or "unknown host", arch_text, cpus)


def baseline_text(plan):
    base = plan.get(plan.baseline)
    if base is None:
        return plan.baseline
    return "%s, %s" % (base.label, base.version or "version unknown")


def jit_on_off(cells, bench):
    """tessera's speed with its JIT against without, for one benchmark:
    (ratio of the medians, ratio of the fastest values, each run's ratio
    of its two processes' medians), or None when either cell is missing
    or failed."""
    on, off = cells.get((bench, "tessera-jit")), cells.get((bench, "tessera-nojit"))
    if not on or not off or not on["ok"] or not off["ok"]:
        return None
    runs = [ratio(b, a) for a, b in zip(on["run_medians"], off["run_medians"])]
    return ratio(off["median"], on["median"]), ratio(off["fastest"], on["fastest"]), [r for r in runs if r]


def jit_on_off_section(benches, names, cells):
    """The Markdown section comparing tessera with and without its JIT.

    The median ratio is the headline. On a shared machine whose speed
    drifts, two more views keep it honest: the ratio of the fastest
    values (both sides at the machine's quietest moments) and the range
    of each run's own ratio (its two processes ran close together)."""
    if "tessera-jit" not in names or "tessera-nojit" not in names:
        return []
    rows, medians, fastest = [], [], []
    for bench in benches:
        found = jit_on_off(cells, bench)
        if found is None:
            rows.append([bench, "-", "-", "-"])
            continue
        by_median, by_fastest, runs = found
        medians.append(by_median)
        fastest.append(by_fastest)
        span = "%s to %s" % (format_ratio(min(runs)), format_ratio(max(runs))) if runs else "-"
        rows.append([bench, format_ratio(by_median), format_ratio(by_fastest), span])
    rows.append(["**geometric mean**", "**%s**" % format_ratio(geometric_mean(medians)),
                 "**%s**" % format_ratio(geometric_mean(fastest)), ""])
    return ["", "## tessera: JIT on against JIT off", "",
            "tessera-nojit's time / tessera-jit's: of the medians of all values, of the fastest "
            "values, and each run's ratio of its two processes' medians (lowest to highest).", "",
            markdown_table(["benchmark", "medians", "fastest values", "runs"], rows, ["l", "r", "r", "r"])]


def render_markdown(meta, plan, benches, cells, means, charts=None):
    names = plan.names()
    labels = dict((interp.name, interp.label) for interp in plan.interpreters)
    settings = meta["settings"]
    out = []
    title = "tessera benchmarks"
    if plan.emulated:
        title += " on %s (emulated under qemu)" % plan.arch
    out.append("# %s, %s" % (title, meta["date_text"]))
    out.append("")
    out.append("Machine: %s (%s), %s CPUs, %s; host architecture %s." % (
        meta["machine"]["hostname"], meta["machine"]["cpu_model"] or "unknown CPU",
        meta["machine"]["cpus"], meta["machine"]["system"], meta["machine"]["host_arch"]))
    if plan.emulated:
        out.append("")
        out.append("**Emulated:** tessera's %s build runs under `%s`, so every time here is qemu's, not a "
                   "real %s machine's. Compare ratios within this architecture, never absolute times "
                   "across architectures. The baseline for ratios is %s, since there is no %s CPython "
                   "here." % (plan.arch, " ".join(plan.runner), plan.arch, baseline_text(plan), plan.arch))
    out.append("")
    out.append("pyperformance %s through benches/pyperf (time mode): %d run(s) x %d value(s) per "
               "interpreter and benchmark, %d warm-up iteration(s) before the values, %s per "
               "value; runs alternate between interpreters, the order rotated each run. Warm-up curves: "
               "%s." % (meta["pyperformance"], settings["runs"], settings["values"], settings["warmups"],
                        loops_text(settings["loops"]),
                        "one extra process per interpreter and benchmark, %d iterations, no warm-up"
                        % settings["curve_iterations"] if settings["curve_iterations"] else "off"))
    out.append("")
    out.append("Interpreters:")
    out.append("")
    for interp in plan.interpreters:
        out.append("- `%s`: `%s` (%s)" % (interp.label, " ".join(shlex.quote(a) for a in interp.argv),
                                         interp.version or "version unknown"))
    for note in plan.notes:
        out.append("- note: %s" % note)
    out.append("")
    out.append("Speed = %s's time / the interpreter's time, so above 1 is faster than the baseline, %s. "
               "Time / iteration is the median of all values of all runs; first iteration is the median "
               "over runs of each process's first iteration (warm-up cost); process wall time is the "
               "median over runs of the whole process, start-up included; spread is the interquartile "
               "range of the values over their median."
               % (plan.baseline, baseline_text(plan)))
    if meta.get("interrupted"):
        out.append("")
        out.append("**Interrupted:** the run was stopped early; missing cells were not measured.")

    out.append("")
    out.append("## Steady-state speed vs %s" % plan.baseline)
    out.append("")
    rows = []
    for bench in benches:
        row = [bench]
        for name in names:
            cell = cells[(bench, name)]
            if not cell["ok"]:
                row.append("FAILED" if cell["failure"] != "not run" else "not run")
            else:
                row.append(format_ratio(cell["speed"]))
        rows.append(row)
    mean_row = ["**geometric mean**"]
    for name in names:
        value, _count = means[name]["speed"]
        mean_row.append("**%s**" % format_ratio(value) if value is not None else "-")
    rows.append(mean_row)
    out.append(markdown_table(["benchmark"] + [labels[n] for n in names], rows))

    out.extend(jit_on_off_section(benches, names, cells))

    out.append("")
    out.append("## Per benchmark")
    out.append("")
    header = ["benchmark", "interpreter", "time / iteration", "spread", "speed", "first iteration",
              "first speed", "process wall time", "wall speed"]
    rows = []
    for bench in benches:
        for name in names:
            cell = cells[(bench, name)]
            if not cell["ok"]:
                why = "FAILED (%s)" % cell["failure"] if cell["failure"] != "not run" else "not run"
                rows.append([bench, labels[name], why, "-", "-", "-", "-", "-", "-"])
                continue
            spread = "%.0f%%" % (cell["spread"] * 100) if cell["spread"] is not None else "-"
            rows.append([bench, labels[name], format_seconds(cell["median"]), spread,
                         format_ratio(cell["speed"]), format_seconds(cell["first"]),
                         format_ratio(cell["first_speed"]), format_seconds(cell["wall"]),
                         format_ratio(cell["wall_speed"])])
    out.append(markdown_table(header, rows, ["l", "l"] + ["r"] * 7))

    out.append("")
    out.append("## Geometric means of the speed vs %s" % plan.baseline)
    out.append("")
    rows = []
    for name in names:
        row = [labels[name]]
        counts = []
        for _, speed_key, _ in METRICS:
            value, count = means[name][speed_key]
            row.append(format_ratio(value))
            counts.append(count)
        row.append("%d of %d" % (max(counts), len(benches)))
        rows.append(row)
    out.append(markdown_table(["interpreter", "steady state", "first iteration", "process wall time",
                               "benchmarks"], rows))

    failures = []
    for bench in benches:
        for name in names:
            cell = cells[(bench, name)]
            if not cell["ok"] and cell["failure"] != "not run":
                failures.append("- %s on %s: %s" % (bench, labels[name], cell["failure"]))
    if failures:
        out.append("")
        out.append("## Failures")
        out.append("")
        out.extend(failures)

    if charts:
        out.append("")
        out.append("## Charts")
        out.append("")
        for path, caption in charts:
            out.append("![%s](%s)" % (caption, path))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# SVG: a tiny writer and the two kinds of chart.

def _num(value):
    """Coordinates with two decimals at most, which keeps the files small."""
    text = "%.2f" % value
    return text.rstrip("0").rstrip(".") if "." in text else text


class Svg:
    """A minimal SVG document: elements appended in drawing order, escaped on the way in."""

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.parts = []

    @staticmethod
    def _attributes(attrs):
        words = []
        for key, value in attrs.items():
            if value is None:
                continue
            # Python keywords cannot hold '-', and 'class' is reserved.
            name = key.rstrip("_").replace("_", "-")
            if isinstance(value, float):
                value = _num(value)
            words.append("%s=%s" % (name, quoteattr(str(value))))
        return (" " + " ".join(words)) if words else ""

    def element(self, tag, text=None, tooltip=None, **attrs):
        inner = ""
        if tooltip:
            # A <title> child is what browsers show on hover.
            inner += "<title>%s</title>" % escape(tooltip)
        if text is not None:
            inner += escape(str(text))
        if inner:
            self.parts.append("<%s%s>%s</%s>" % (tag, self._attributes(attrs), inner, tag))
        else:
            self.parts.append("<%s%s/>" % (tag, self._attributes(attrs)))

    def begin(self, tag="g", **attrs):
        self.parts.append("<%s%s>" % (tag, self._attributes(attrs)))

    def end(self, tag="g"):
        self.parts.append("</%s>" % tag)

    def rect(self, x, y, width, height, **attrs):
        self.element("rect", x=float(x), y=float(y), width=float(max(width, 0)), height=float(max(height, 0)),
                     **attrs)

    def line(self, x1, y1, x2, y2, **attrs):
        self.element("line", x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), **attrs)

    def text(self, x, y, content, **attrs):
        self.element("text", text=content, x=float(x), y=float(y), **attrs)

    def polyline(self, points, **attrs):
        self.element("polyline", points=" ".join("%s,%s" % (_num(x), _num(y)) for x, y in points),
                     fill="none", **attrs)

    def circle(self, cx, cy, r, **attrs):
        self.element("circle", cx=float(cx), cy=float(cy), r=float(r), **attrs)

    def render(self):
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
                'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">\n'
                % (self.width, self.height, self.width, self.height))
        background = '<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>\n' % (self.width, self.height)
        return head + background + "\n".join(self.parts) + "\n</svg>\n"


def _clean(value):
    # Repeated float steps leave tails like 0.30000000000000004.
    return float("%.12g" % value)


def linear_ticks(low, high, target=5):
    """'Nice' round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) within [low, high]."""
    if high <= low:
        return [_clean(low)]
    raw = (high - low) / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for multiple in (1, 2, 2.5, 5, 10):
        if multiple * magnitude >= raw:
            step = multiple * magnitude
            break
    first = math.ceil(low / step - 1e-9)
    ticks = []
    index = first
    while index * step <= high * (1 + 1e-9):
        ticks.append(_clean(index * step))
        index += 1
    return ticks


def log_ticks(low, high):
    """Tick values for a logarithmic axis over [low, high] (low > 0).

    The coarsest of 1; 1-2-5; 1-2-3-5-7; 1..9 that gives at least four
    ticks wins; a range too narrow for any of them gets linear nice ticks,
    placed on the log axis all the same.
    """
    ticks = []
    lowest = math.floor(math.log10(low))
    highest = math.floor(math.log10(high))
    for mantissas in ((1,), (1, 2, 5), (1, 2, 3, 5, 7), (1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9)):
        ticks = [_clean(m * 10 ** e) for e in range(lowest, highest + 1) for m in mantissas
                 if low <= m * 10 ** e <= high]
        if len(ticks) >= 4:
            return ticks
    linear = [t for t in linear_ticks(low, high) if t > 0]
    return linear if len(linear) > len(ticks) else ticks


def step_125(value, down):
    """The nearest value of the 1-2-5 sequence (..., 0.5, 1, 2, 5, 10, ...) below or above value."""
    exponent = math.floor(math.log10(value))
    candidates = [m * 10 ** e for e in (exponent - 1, exponent, exponent + 1) for m in (1, 2, 5)]
    if down:
        return _clean(max(c for c in candidates if c <= value * (1 + 1e-9)))
    return _clean(min(c for c in candidates if c >= value * (1 - 1e-9)))


class Axis:
    """Maps data values to pixel positions along one axis, linearly or logarithmically."""

    def __init__(self, low, high, start, stop, log):
        self.low, self.high, self.start, self.stop, self.log = low, high, start, stop, log

    def __call__(self, value):
        if self.log:
            value = max(value, self.low * 1e-3)
            a, b, v = math.log(self.low), math.log(self.high), math.log(value)
        else:
            a, b, v = self.low, self.high, value
        if b == a:
            return (self.start + self.stop) / 2
        return self.start + (v - a) / (b - a) * (self.stop - self.start)


def _text_width(text, size=12):
    # An estimate for a sans-serif font; SVG has no way to measure text.
    return len(text) * size * 0.6


def _title_width(title, subtitles):
    """The width a chart needs so its title and subtitles are not clipped."""
    return int(max([_text_width(title, 17) * 1.08] + [_text_width(s, 12) for s in subtitles]) + 40)


def _header(svg, title, subtitles, series, top_legend_y):
    """Title, subtitles and a one-line legend (wrapping if needed), shared by both charts."""
    svg.text(svg.width / 2, 26, title, font_size=17, font_weight="bold", text_anchor="middle", class_="title")
    y = 46
    for subtitle in subtitles:
        svg.text(svg.width / 2, y, subtitle, font_size=12, fill="#444444", text_anchor="middle",
                 class_="subtitle")
        y += 17
    y = max(y, top_legend_y) + 8
    x = 70
    svg.begin("g", class_="legend")
    for label, color, kind in series:
        width = 30 + _text_width(label) + 18
        if x + width > svg.width - 20 and x > 70:
            x = 70
            y += 20
        # The swatch looks like what it stands for: a line with points, the
        # dashed reference line, or a bar.
        if kind == "line":
            svg.line(x, y - 4, x + 22, y - 4, stroke=color, stroke_width=2.5)
            svg.circle(x + 11, y - 4, 3, fill=color)
        elif kind == "dashed":
            svg.line(x, y - 4, x + 22, y - 4, stroke=color, stroke_width=1.5, stroke_dasharray="6 3")
        else:
            svg.rect(x, y - 11, 22, 12, fill=color, rx=2)
        svg.text(x + 28, y, label, font_size=12)
        x += width
    svg.end("g")
    return y + 18


def bar_chart(groups, series, title, subtitles, y_label, log=True, reference=1.0, value_format=None,
              reference_label="baseline"):
    """Grouped bars: one group per benchmark (plus, say, a geometric mean), one bar per series.

    groups: [(label, {series key: value or None}, tooltips {key: text}, emphasized)];
    series: [(key, label, color)].  On a log axis bars grow from the
    reference line (1.0: as fast as the baseline) up or down; on a linear
    axis they grow from zero, with the reference drawn across.  A missing
    value is marked 'n/a' on the reference line.
    """
    value_format = value_format or (lambda v: format_ratio(v))
    count = max(len(series), 1)
    left, right = 84, 24
    # The chart grows with the number of bars so they stay wide enough for
    # their value labels, and the groups then share the plot's width.
    narrowest = 24 if count <= 4 else (20 if count <= 6 else 12)
    width = max(720, int(left + right + (count * narrowest + 26) * len(groups)), _title_width(title, subtitles))
    group_width = (width - left - right) / max(len(groups), 1)
    bar = min(36, (group_width - 26) / count)
    label_rotate = max([_text_width(label) for label, _, _, _ in groups] + [0]) > group_width - 6
    height = 520
    svg = Svg(width, height)
    legend = [(label, color, "bar") for _, label, color in series]
    legend.append(("%gx = %s" % (reference, reference_label), "#000000", "dashed"))
    top = _header(svg, title, subtitles, legend, 86)
    bottom = height - (100 if label_rotate else 56)
    values = [v for _, by_key, _, _ in groups for v in by_key.values() if v is not None and v > 0]
    if log:
        # Ending the axis on 1-2-5 values puts a labelled tick beyond the
        # longest bar in each direction.
        low = step_125(min(values + [reference]) / 1.1, down=True)
        high = step_125(max(values + [reference]) * 1.1, down=False)
        ticks = log_ticks(low, high)
    else:
        low = 0.0
        high = max(values + [reference]) * 1.12
        ticks = linear_ticks(low, high)
    axis = Axis(low, high, bottom, top, log)
    plot_right = width - right

    svg.begin("g", class_="grid")
    for tick in ticks:
        y = axis(tick)
        svg.line(left, y, plot_right, y, stroke="#e4e4e4", stroke_width=1)
        svg.text(left - 8, y + 4, "%gx" % tick, font_size=11, text_anchor="end", fill="#333333")
    svg.end("g")
    svg.text(20, (top + bottom) / 2, y_label, font_size=12, text_anchor="middle",
             transform="rotate(-90 20 %s)" % _num((top + bottom) / 2), class_="axis-label")

    base_y = axis(reference) if log else axis(0.0)
    for index, (label, by_key, tooltips, emphasized) in enumerate(groups):
        x0 = left + index * group_width + (group_width - count * bar) / 2
        if emphasized and index:
            # A rule sets the summary group apart from the benchmarks.
            gx = left + index * group_width
            svg.line(gx, top, gx, bottom, stroke="#999999", stroke_dasharray="3 3")
        for position, (key, series_label, color) in enumerate(series):
            x = x0 + position * bar
            value = by_key.get(key)
            tip = tooltips.get(key) or "%s, %s: %s" % (label, series_label, value_format(value) if value else "n/a")
            if value is None or value <= 0:
                # A missing bar (failed, or no baseline) is marked, not left
                # as a gap that reads like a value of 1.
                ny = axis(reference) - 6
                svg.text(x + bar / 2, ny, "n/a", font_size=9, fill=color, font_weight="bold",
                         text_anchor="middle" if bar >= 18 else "start", class_="missing", tooltip=tip,
                         transform=None if bar >= 18 else "rotate(-90 %s %s)" % (_num(x + bar / 2), _num(ny)))
                continue
            y = axis(value)
            svg.rect(x + 1, min(y, base_y), bar - 2, abs(base_y - y), fill=color, class_="bar",
                     data_series=key, data_group=label, tooltip=tip)
            text = value_format(value).rstrip("x")
            above = value >= reference or not log
            ty = y - 4 if above else y + 4
            if bar >= 24:
                svg.text(x + bar / 2, ty if above else ty + 8, text, font_size=9, text_anchor="middle",
                         class_="value")
            else:
                anchor = "start" if above else "end"
                svg.text(x + bar / 2 + 3, ty, text, font_size=9, text_anchor=anchor, class_="value",
                         transform="rotate(-90 %s %s)" % (_num(x + bar / 2 + 3), _num(ty)))
        cx = x0 + count * bar / 2
        weight = "bold" if emphasized else None
        if label_rotate:
            svg.text(cx, bottom + 16, label, font_size=12, text_anchor="end", font_weight=weight,
                     transform="rotate(-35 %s %s)" % (_num(cx), _num(bottom + 16)), class_="group-label")
        else:
            svg.text(cx, bottom + 18, label, font_size=12, text_anchor="middle", font_weight=weight,
                     class_="group-label")

    svg.line(left, top, left, bottom, stroke="#333333", class_="axis")
    svg.line(left, bottom, plot_right, bottom, stroke="#333333", class_="axis")
    ry = axis(reference)
    svg.line(left, ry, plot_right, ry, stroke="#000000", stroke_width=1.5, stroke_dasharray="6 3",
             class_="reference")
    svg.text((left + plot_right) / 2, height - 12, "benchmark", font_size=12, text_anchor="middle",
             class_="axis-label")
    return svg.render()


def line_chart(series, title, subtitles, x_label, y_label, y_format=format_seconds):
    """Lines over iterations 1..N: series is [(label, color, [value per iteration] or None)].

    The y axis is logarithmic, so a first iteration ten times the steady state
    and interpreters ten times apart all stay readable; a series without
    values (a failed process) is listed in the legend as failed.
    """
    width, height = max(820, _title_width(title, subtitles)), 480
    svg = Svg(width, height)
    legend = [(label if values else "%s (failed)" % label, color if values else "#aaaaaa", "line")
              for label, color, values in series]
    top = _header(svg, title, subtitles, legend, 80)
    left, right, bottom = 84, width - 24, height - 56
    everything = [v for _, _, values in series if values for v in values if v > 0]
    iterations = max([len(values) for _, _, values in series if values] + [1])
    if not everything:
        everything = [1.0]
    low, high = min(everything) / 1.15, max(everything) * 1.15
    y_axis = Axis(low, high, bottom, top, True)
    x_axis = Axis(1, max(iterations, 2), left + 10, right - 10, False)

    svg.begin("g", class_="grid")
    for tick in log_ticks(low, high):
        y = y_axis(tick)
        svg.line(left, y, right, y, stroke="#e4e4e4", stroke_width=1)
        svg.text(left - 8, y + 4, y_format(tick), font_size=11, text_anchor="end", fill="#333333")
    x_ticks = [t for t in linear_ticks(1, max(iterations, 2), 10) if t == int(t) and t >= 1]
    if 1 not in x_ticks:
        x_ticks.insert(0, 1)
    for tick in x_ticks:
        x = x_axis(tick)
        svg.line(x, bottom, x, bottom + 5, stroke="#333333")
        svg.text(x, bottom + 18, "%d" % tick, font_size=11, text_anchor="middle", fill="#333333")
    svg.end("g")
    svg.line(left, top, left, bottom, stroke="#333333", class_="axis")
    svg.line(left, bottom, right, bottom, stroke="#333333", class_="axis")
    svg.text(20, (top + bottom) / 2, y_label, font_size=12, text_anchor="middle",
             transform="rotate(-90 20 %s)" % _num((top + bottom) / 2), class_="axis-label")
    svg.text((left + right) / 2, height - 12, x_label, font_size=12, text_anchor="middle", class_="axis-label")

    for label, color, values in series:
        if not values:
            continue
        points = [(x_axis(i + 1), y_axis(v)) for i, v in enumerate(values)]
        svg.polyline(points, stroke=color, stroke_width=2, class_="curve", data_series=label)
        if len(values) <= 60:
            for index, (x, y) in enumerate(points):
                svg.circle(x, y, 2.6, fill=color, class_="point",
                           tooltip="%s, iteration %d: %s" % (label, index + 1, y_format(values[index])))
    return svg.render()


def color_map(names):
    colors = {}
    extra = list(EXTRA_COLORS)
    for name in names:
        if name in COLORS:
            colors[name] = COLORS[name]
        else:
            colors[name] = extra.pop(0) if extra else "#555555"
            extra.append(colors[name])
    return colors


def chart_subtitles(meta, plan, extra):
    """The subtitles of a chart: date and machine, the emulation warning if any, then `extra` lines."""
    lines = [describe_context(meta)]
    if plan.emulated:
        lines.append("EMULATED under qemu: compare ratios within %s only, never absolute times" % plan.arch)
    return lines + list(extra)


def write_charts(out_dir, meta, plan, benches, cells, means, results, log=True):
    """Write the speed charts and the warm-up curves; returns [(file name, caption)]."""
    written = []
    colors = color_map(plan.names())
    series = [(i.name, i.label, colors[i.name]) for i in plan.interpreters if i.name != plan.baseline]
    settings = meta["settings"]
    scale = "log scale" if log else "linear scale"
    for speed_key, file_name, what in (("speed", "speed.svg", "Steady-state speed"),
                                       ("wall_speed", "speed-wall.svg", "Whole-process speed")):
        if not series:
            break
        groups = []
        for bench in benches:
            by_key, tips = {}, {}
            for key, label, _ in series:
                cell = cells[(bench, key)]
                by_key[key] = cell[speed_key]
                measure = "median" if speed_key == "speed" else "wall"
                base = cells[(bench, plan.baseline)] if plan.get(plan.baseline) else None
                if cell[speed_key] is not None:
                    tips[key] = "%s, %s: %s (%s vs %s's %s)" % (
                        bench, label, format_ratio(cell[speed_key]), format_seconds(cell[measure]),
                        plan.baseline, format_seconds(base[measure] if base else None))
                else:
                    tips[key] = "%s, %s: %s" % (bench, label, cell["failure"] or "no ratio (baseline missing)")
            groups.append((bench, by_key, tips, False))
        if len(benches) > 1:
            by_key = dict((key, means[key][speed_key][0]) for key, _, _ in series)
            groups.append(("geometric mean", by_key, {}, True))
        title = "%s vs %s" % (what, plan.baseline)
        if plan.emulated:
            title += " (%s, emulated)" % plan.arch
        measure = ("median time per iteration" if speed_key == "speed"
                   else "median wall time of a whole process, start-up included")
        extra = [measure + "; higher is faster",
                 "pyperformance %s, %d run(s) x %d value(s), %d warm-up(s) per interpreter and benchmark" % (
                     meta["pyperformance"], settings["runs"], settings["values"], settings["warmups"])]
        svg = bar_chart(groups, series, title, chart_subtitles(meta, plan, extra),
                        "speed vs %s (x, %s; > 1 is faster)" % (plan.baseline, scale), log=log,
                        reference_label=baseline_text(plan))
        with open(os.path.join(out_dir, file_name), "w", encoding="utf-8") as handle:
            handle.write(svg)
        written.append((file_name, title))

    if settings["curve_iterations"]:
        for bench in benches:
            lines = []
            for interp in plan.interpreters:
                curve = results[(bench, interp.name)].curve
                values = curve.values if curve is not None and not curve.failure else None
                lines.append((interp.label, colors[interp.name], values))
            title = "%s: time per iteration, iterations 1-%d" % (bench, settings["curve_iterations"])
            if plan.emulated:
                title += " (%s, emulated)" % plan.arch
            extra = ["one process per interpreter, no warm-up iterations, %d loop(s) per iteration"
                     % ci.loops_for(bench, settings["loops"])]
            svg = line_chart(lines, title, chart_subtitles(meta, plan, extra), "iteration",
                             "time per iteration (log scale)")
            file_name = "warmup-%s.svg" % bench
            with open(os.path.join(out_dir, file_name), "w", encoding="utf-8") as handle:
                handle.write(svg)
            written.append((file_name, title))
    return written


# ---------------------------------------------------------------------------
# Results files.

def results_json(meta, plan, benches, results, cells, means):
    return {
        "format": 1,
        "meta": meta,
        "arch": plan.arch,
        "emulated": plan.emulated,
        "runner": plan.runner,
        "baseline": plan.baseline,
        "benchmarks": benches,
        "interpreters": [interp.to_json() for interp in plan.interpreters],
        "notes": plan.notes,
        "results": [
            {
                "benchmark": bench,
                "interpreter": name,
                "runs": [run.to_json() for run in results[(bench, name)].runs],
                "curve": results[(bench, name)].curve.to_json() if results[(bench, name)].curve else None,
                "summary": cells[(bench, name)],
            }
            for bench in benches for name in plan.names()
        ],
        "geometric_means": dict(
            (name, dict((key, {"value": value, "benchmarks": count}) for key, (value, count) in by_key.items()))
            for name, by_key in means.items()),
    }


def default_out_dir(now):
    base = os.path.join(REPO_ROOT, "target", "bench", now.strftime("%Y-%m-%dT%H-%M-%SZ"))
    path, suffix = base, 2
    while os.path.exists(path):
        path = "%s-%d" % (base, suffix)
        suffix += 1
    return path


def verify_outputs(out_dir, expected_charts):
    """Check that what the smoke mode wrote is there and well formed; returns the problems."""
    problems = []
    for name in ("results.md", "results.json"):
        if not os.path.isfile(os.path.join(out_dir, name)):
            problems.append("%s is missing" % name)
    try:
        with open(os.path.join(out_dir, "results.json"), encoding="utf-8") as handle:
            data = json.load(handle)
        for entry in data["results"]:
            if not entry["runs"] or any(run["failure"] for run in entry["runs"]):
                problems.append("%s on %s failed" % (entry["benchmark"], entry["interpreter"]))
    except (OSError, ValueError, KeyError) as error:
        problems.append("results.json does not load: %s" % error)
    for name in expected_charts:
        try:
            xml.etree.ElementTree.parse(os.path.join(out_dir, name))
        except (OSError, xml.etree.ElementTree.ParseError) as error:
            problems.append("%s is not well-formed XML: %s" % (name, error))
    return problems


# ---------------------------------------------------------------------------
# Main.

def main(argv=None):
    args = parse_args(argv)
    host = host_arch()
    plan = make_plan(args.interp, args.tessera, args.arch, host, runner=args.qemu, baseline=args.baseline)
    if plan.emulated and plan.runner and shutil.which(plan.runner[0]) is None:
        raise SystemExit("%s is not installed (apt-get install qemu-user), needed for --arch %s"
                         % (plan.runner[0], plan.arch))
    for interp in plan.interpreters:
        if interp.kind == "tessera":
            program = interp.argv[len(plan.runner)]
            if os.sep in program and not os.path.isfile(program):
                hint = "cargo build --release" + ("" if not plan.emulated else
                                                 " --target %s-unknown-linux-gnu" % plan.arch)
                raise SystemExit("tessera not found at %s (build it with `%s`, or pass --tessera PATH)"
                                 % (program, hint))

    # Probing starts every interpreter once: it names versions in the report,
    # drops peers that cannot start, and skips launchers such as pyenv shims.
    probe_timeout = 120.0 if plan.emulated else 30.0
    kept = []
    for interp in plan.interpreters:
        problem = probe(interp, probe_timeout)
        if problem and interp.kind == "peer" and interp.found_at:
            plan.notes.append("%s: skipped, %s at %s %s" % (interp.name, interp.name, interp.found_at, problem))
            continue
        if problem:
            plan.notes.append("%s: the version probe failed (%s)" % (interp.name, problem))
        kept.append(interp)
    plan.interpreters = kept
    if not kept:
        raise SystemExit("no interpreter could be started")
    for interp in plan.interpreters:
        if interp.kind == "tessera" and "%sdebug%s" % (os.sep, os.sep) in interp.argv[len(plan.runner)]:
            plan.notes.append("%s is a debug build: its times say little about tessera's speed" % interp.name)
    base = plan.get(plan.baseline)
    if base is not None and plan.baseline == "python3" and base.version and not base.version.startswith("CPython 3.11"):
        plan.notes.append("python3 is %s, not CPython 3.11: the ratios are against it" % base.version)

    benches = ci.selected(args.bench)
    if args.list:
        print("benchmarks: %s" % " ".join(benches))
        print("architecture: %s%s" % (plan.arch, " (emulated: %s)" % " ".join(plan.runner) if plan.emulated else ""))
        for interp in plan.interpreters:
            print("interpreter %s: %s (%s)" % (interp.label, " ".join(interp.argv), interp.version or "?"))
        print("baseline: %s" % plan.baseline)
        for note in plan.notes:
            print("note: %s" % note)
        return 0

    ci.fetch()
    settings = Settings(args.runs, args.values, args.warmups, args.loops, args.curve_iterations,
                        ci.timeout_setting(args.timeout))
    now = datetime.datetime.now(datetime.timezone.utc)
    temporary = args.smoke and not args.out
    if temporary:
        out_dir = tempfile.mkdtemp(prefix="tessera-bench-smoke-")
    else:
        out_dir = os.path.abspath(args.out) if args.out else default_out_dir(now)
    os.makedirs(out_dir, exist_ok=True)

    meta = {
        "date": now.isoformat(timespec="seconds"),
        "date_text": now.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_info(),
        "arch": plan.arch,
        "emulated": plan.emulated,
        "runner": plan.runner,
        "pyperformance": ci.PYPERFORMANCE_VERSION,
        "settings": settings.to_json(),
        "command": ["benches/bench.py"] + list(sys.argv[1:] if argv is None else argv),
        "interrupted": False,
    }
    results = new_results(benches, plan)
    progress = Progress(process_count(benches, plan, settings), mode=args.progress)
    for note in plan.notes:
        progress.note("note: %s" % note)
    failed = 0
    try:
        failed = run_all(plan, benches, settings, results, progress)
    except KeyboardInterrupt:
        meta["interrupted"] = True
        progress.note("interrupted; writing what was measured so far")
    progress.finish()
    meta["seconds"] = round((datetime.datetime.now(datetime.timezone.utc) - now).total_seconds(), 1)

    cells, means = summarize(benches, plan.names(), results, plan.baseline if plan.get(plan.baseline) else None)
    charts = write_charts(out_dir, meta, plan, benches, cells, means, results, log=not args.linear)
    print(render_markdown(meta, plan, benches, cells, means), end="")
    sys.stdout.flush()
    with open(os.path.join(out_dir, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(render_markdown(meta, plan, benches, cells, means, charts))
    with open(os.path.join(out_dir, "results.json"), "w", encoding="utf-8") as handle:
        json.dump(results_json(meta, plan, benches, results, cells, means), handle, indent=1)
        handle.write("\n")

    if meta["interrupted"]:
        print("wrote %s (partial)" % out_dir, file=sys.stderr)
        return 130
    if args.smoke:
        problems = verify_outputs(out_dir, [name for name, _ in charts])
        if temporary:
            shutil.rmtree(out_dir, ignore_errors=True)
        for problem in problems:
            print("smoke: %s" % problem, file=sys.stderr)
        print("smoke: %s" % ("FAILED" if problems else "ok"), file=sys.stderr)
        return 1 if problems else 0
    shown = os.path.relpath(out_dir)
    print("wrote %s: results.md, results.json, %d chart(s)" % (out_dir if shown.startswith("..") else shown,
                                                                len(charts)), file=sys.stderr)
    # Peers are not under test here, so only tessera's and explicitly given
    # interpreters' failures make the run fail.
    ours_failed = any(not cells[(bench, interp.name)]["ok"] for bench in benches
                      for interp in plan.interpreters if interp.kind != "peer")
    return 1 if ours_failed else 0


if __name__ == "__main__":
    sys.exit(main())
