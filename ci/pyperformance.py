"""Fetch the pyperformance benchmarks and check that an interpreter runs them right.

pyperformance's code is not part of this repository: `fetch` downloads the
pinned release with pip into a cache outside the repo ($TESSERA_CACHE, else
$XDG_CACHE_HOME/tessera, else ~/.cache/tessera) and extracts it there.

`check --interp PATH` runs each selected benchmark once, in the check mode of
our pyperf stand-in (benches/pyperf/pyperf.py), under the interpreter PATH, and
compares its exit status and stdout with the expected output committed in
benches/pyperformance-expected/<bench>.txt, which `regen` produces by running
the same benchmarks under the CPython running this script.

Usage:
    python3 ci/pyperformance.py fetch
    python3 ci/pyperformance.py check --interp PATH [--interp-arg ARG ...] [--bench NAME ...] [--timeout S]
    python3 ci/pyperformance.py regen [--bench NAME ...]

The per-benchmark timeout defaults to 600 s; TESSERA_PYPERF_TIMEOUT or
--timeout changes it.
"""

import argparse
import difflib
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

PYPERFORMANCE_VERSION = "1.14.0"
# The wheel is pinned by hash as well as by version, so that a re-published or
# tampered file cannot silently change what the expected outputs describe.
WHEEL_NAME = "pyperformance-%s-py3-none-any.whl" % PYPERFORMANCE_VERSION
WHEEL_SHA256 = "94068ac2935b6952ccb5e8a302eb9cebc26e82454494bef6e53822738adf0049"

BENCHMARKS = [
    "nbody",
    "fannkuch",
    "spectral_norm",
    "float",
    "nqueens",
    "richards",
    "deltablue",
    "unpack_sequence",
]

# Loops per measured value for benchmarks whose one call is far shorter than
# pyperf's calibration target (100 ms per value), which pyperf would run
# thousands of times a value: measured once, they would time a single pass
# over code no JIT has warmed. unpack_sequence's call is 400 unpackings, some
# 60 microseconds; every other benchmark here takes 100 ms or more a call.
CALIBRATED_LOOPS = {"unpack_sequence": 1024}


def loops_for(bench, explicit=None):
    """Loops per value for `bench`: `explicit` if given, else as calibrated."""
    return explicit if explicit is not None else CALIBRATED_LOOPS.get(bench, 1)


REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYPERF_DIR = os.path.join(REPO_ROOT, "benches", "pyperf")
EXPECTED_DIR = os.path.join(REPO_ROOT, "benches", "pyperformance-expected")
DEFAULT_TIMEOUT = 600.0


def cache_dir():
    """The folder that holds downloads, outside the repository."""
    explicit = os.environ.get("TESSERA_CACHE")
    if explicit:
        return os.path.abspath(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return os.path.join(os.path.abspath(xdg), "tessera")
    return os.path.join(os.path.expanduser("~"), ".cache", "tessera")


def install_dir():
    return os.path.join(cache_dir(), "pyperformance-%s" % PYPERFORMANCE_VERSION)


def benchmarks_dir():
    return os.path.join(install_dir(), "pyperformance", "data-files", "benchmarks")


def benchmark_script(bench):
    return os.path.join(benchmarks_dir(), "bm_%s" % bench, "run_benchmark.py")


def missing_benchmarks():
    return [b for b in BENCHMARKS if not os.path.isfile(benchmark_script(b))]


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch():
    """Download and extract the pinned pyperformance once; return the benchmarks dir."""
    if not missing_benchmarks():
        return benchmarks_dir()
    root = cache_dir()
    os.makedirs(root, exist_ok=True)
    downloads = os.path.join(root, "downloads")
    os.makedirs(downloads, exist_ok=True)
    wheel = os.path.join(downloads, WHEEL_NAME)
    if not os.path.isfile(wheel) or sha256_of(wheel) != WHEEL_SHA256:
        # Only the wheel is accepted, because the hash above is the wheel's.
        command = [
            sys.executable, "-m", "pip", "download",
            "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
            "--dest", downloads,
            "pyperformance==%s" % PYPERFORMANCE_VERSION,
        ]
        print("running: %s" % " ".join(command), file=sys.stderr)
        result = subprocess.run(command, stdout=sys.stderr)
        if result.returncode != 0:
            raise SystemExit("pip download failed (exit %d)" % result.returncode)
    if not os.path.isfile(wheel):
        raise SystemExit("pip did not produce %s" % wheel)
    actual = sha256_of(wheel)
    if actual != WHEEL_SHA256:
        raise SystemExit("%s has sha256 %s, expected %s" % (wheel, actual, WHEEL_SHA256))

    # Extracting into a temporary folder and renaming it means an interrupted
    # fetch never leaves a half-extracted tree that looks complete.
    target = install_dir()
    staging = tempfile.mkdtemp(prefix="pyperformance-", dir=root)
    try:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(staging)
        if os.path.exists(target):
            shutil.rmtree(target)
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    missing = missing_benchmarks()
    if missing:
        raise SystemExit("pyperformance %s lacks benchmarks: %s" % (PYPERFORMANCE_VERSION, ", ".join(missing)))
    return benchmarks_dir()


def benchmark_env(mode, extra=None):
    """The environment a benchmark runs in: our pyperf stand-in and a fixed mode."""
    env = dict(os.environ)
    # Only the stand-in is on the path, so an installed real pyperf is never
    # picked up in its place.
    env["PYTHONPATH"] = PYPERF_DIR
    env["TESSERA_PYPERF_MODE"] = mode
    # A fixed hash seed keeps any set or dict ordering the same on every run.
    env["PYTHONHASHSEED"] = "0"
    # CPython would otherwise leave a __pycache__ folder inside benches/pyperf
    # in the work tree.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if extra:
        env.update(extra)
    return env


def timeout_setting(value=None):
    if value is not None:
        return value
    text = os.environ.get("TESSERA_PYPERF_TIMEOUT")
    if text:
        try:
            return float(text)
        except ValueError:
            raise SystemExit("TESSERA_PYPERF_TIMEOUT must be a number of seconds, got %r" % text)
    return DEFAULT_TIMEOUT


class Outcome:
    """What one benchmark run produced."""

    def __init__(self, exit_code, stdout, stderr, seconds, timed_out):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.timed_out = timed_out

    def transcript(self):
        """The text compared with the expected file: exit status, then stdout."""
        return "exit: %s\n%s" % (self.exit_code, self.stdout)


def _text(data):
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return data


def run_benchmark(interp_argv, bench, mode, timeout, extra_env=None):
    """Run one benchmark under interp_argv (a list: program then options)."""
    script = benchmark_script(bench)
    command = list(interp_argv) + [script]
    start = time.perf_counter()
    try:
        result = subprocess.run(
            command,
            cwd=os.path.dirname(script),
            env=benchmark_env(mode, extra_env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        return Outcome("timeout", _text(error.stdout), _text(error.stderr),
                       time.perf_counter() - start, True)
    except OSError as error:
        return Outcome("error", "", "cannot run %s: %s\n" % (command[0], error),
                       time.perf_counter() - start, False)
    return Outcome(result.returncode, _text(result.stdout), _text(result.stderr),
                   time.perf_counter() - start, False)


def interpreter_path(text):
    """Make a relative interpreter path absolute, since benchmarks run in their own folder.

    A bare name such as `python3` is left alone so that PATH finds it.
    """
    if os.sep in text or (os.altsep and os.altsep in text):
        return os.path.abspath(text)
    return text


def expected_path(bench):
    return os.path.join(EXPECTED_DIR, "%s.txt" % bench)


def selected(names):
    if not names:
        return list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        raise SystemExit("unknown benchmark(s): %s (known: %s)" % (", ".join(unknown), ", ".join(BENCHMARKS)))
    return names


def tail(text, lines=40):
    parts = text.splitlines()
    if len(parts) > lines:
        parts = ["[... %d lines cut ...]" % (len(parts) - lines)] + parts[-lines:]
    return "\n".join(parts)


def runner_prefix():
    """The emulator to run the interpreter under, from TESSERA_TEST_RUNNER
    (CI sets `qemu-aarch64 -L /usr/aarch64-linux-gnu` for the AArch64 build)."""
    return shlex.split(os.environ.get("TESSERA_TEST_RUNNER", ""))


def command_check(args):
    fetch()
    timeout = timeout_setting(args.timeout)
    passed = failed = 0
    for bench in selected(args.bench):
        path = expected_path(bench)
        if not os.path.isfile(path):
            print("FAIL %s: no expected file %s (run regen)" % (bench, os.path.relpath(path, REPO_ROOT)))
            failed += 1
            continue
        with open(path, encoding="utf-8") as handle:
            expected = handle.read()
        argv = runner_prefix() + [interpreter_path(args.interp)] + list(args.interp_arg)
        outcome = run_benchmark(argv, bench, "check", timeout)
        actual = outcome.transcript()
        if actual == expected:
            print("PASS %s (%.1f s)" % (bench, outcome.seconds))
            passed += 1
            continue
        failed += 1
        reason = "timed out after %.0f s" % timeout if outcome.timed_out else "output differs"
        print("FAIL %s (%.1f s): %s" % (bench, outcome.seconds, reason))
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile="expected/%s.txt" % bench, tofile="actual")
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n")
        if outcome.stderr:
            print("--- stderr (last lines) ---")
            print(tail(outcome.stderr))
        sys.stdout.flush()
    # This closing line is the plain "N passed, N failed" that CI reads.
    print("pyperformance: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def command_regen(args):
    fetch()
    timeout = timeout_setting(args.timeout)
    os.makedirs(EXPECTED_DIR, exist_ok=True)
    status = 0
    for bench in selected(args.bench):
        outcome = run_benchmark([sys.executable], bench, "check", timeout)
        if outcome.exit_code != 0:
            # An expected file that records a CPython failure would make the
            # check demand that failure, so nothing is written for it.
            print("ERROR %s: CPython exited with %s; not written" % (bench, outcome.exit_code))
            print(tail(outcome.stderr))
            status = 1
            continue
        with open(expected_path(bench), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(outcome.transcript())
        print("wrote %s (%.1f s)" % (os.path.relpath(expected_path(bench), REPO_ROOT), outcome.seconds))
    return status


def command_fetch(args):
    print(fetch())
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description="pyperformance benchmarks as a correctness check.")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("fetch", help="download pyperformance %s into the cache" % PYPERFORMANCE_VERSION)

    check = sub.add_parser("check", help="compare an interpreter's output with the expected files")
    check.add_argument("--interp", required=True, help="path of the interpreter to test")
    check.add_argument("--interp-arg", action="append", default=[], metavar="ARG",
                       help="an option for the interpreter, before the script (repeatable; e.g. -X jit=off)")
    check.add_argument("--bench", nargs="+", action="extend", default=[], metavar="NAME",
                       help="benchmarks to run (default: all)")
    check.add_argument("--timeout", type=float, default=None,
                       help="seconds per benchmark (default: $TESSERA_PYPERF_TIMEOUT or 600)")

    regen = sub.add_parser("regen", help="rewrite the expected files using this CPython")
    regen.add_argument("--bench", nargs="+", action="extend", default=[], metavar="NAME",
                       help="benchmarks to regenerate (default: all)")
    regen.add_argument("--timeout", type=float, default=None,
                       help="seconds per benchmark (default: $TESSERA_PYPERF_TIMEOUT or 600)")

    args = parser.parse_args(argv)
    handlers = {"fetch": command_fetch, "check": command_check, "regen": command_regen}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
