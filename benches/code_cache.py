"""Report the JIT's code cache: bytes mapped for code against bytes of live traces.

The issue's bound is mapped bytes at most 1.25 times the live traces' bytes.
This runs each pyperformance benchmark once under tessera with `-X jit-stats`
(a few measured values, so traces are compiled, re-projected and discarded as
in a real run) and reads the `code cache mapped/live` line it prints at exit.

Usage:
    python3 benches/code_cache.py --interp target/release/tessera [--bench NAME ...] [--values N]
"""

import argparse
import importlib.util
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_ci():
    sys.dont_write_bytecode = True
    path = os.path.join(REPO_ROOT, "ci", "pyperformance.py")
    spec = importlib.util.spec_from_file_location("tessera_ci_pyperformance", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None):
    ci = load_ci()
    parser = argparse.ArgumentParser(description="Code cache mapped/live bytes per pyperformance benchmark.")
    parser.add_argument("--interp", required=True, metavar="PATH")
    parser.add_argument("--bench", nargs="+", action="extend", default=[], metavar="NAME")
    parser.add_argument("--values", type=int, default=5)
    args = parser.parse_args(argv)
    ci.fetch()
    interp = [ci.interpreter_path(args.interp), "-X", "jit-stats"]
    print("| benchmark | mapped bytes | live bytes | mapped / live |")
    print("| --- | ---: | ---: | ---: |")
    worst = 0.0
    for bench in ci.selected(args.bench):
        env = {"TESSERA_PYPERF_VALUES": str(args.values), "TESSERA_PYPERF_LOOPS": str(ci.loops_for(bench))}
        outcome = ci.run_benchmark(interp, bench, "time", ci.timeout_setting(), env)
        match = re.search(r"code cache mapped/live (\d+)/(\d+)", outcome.stderr or "")
        if outcome.exit_code != 0 or not match:
            raise SystemExit("%s failed (exit %s)\n%s" % (bench, outcome.exit_code, ci.tail(outcome.stderr or "")))
        mapped, live = int(match.group(1)), int(match.group(2))
        ratio = mapped / live if live else 0.0
        worst = max(worst, ratio)
        print("| %s | %d | %d | %.3f |" % (bench, mapped, live, ratio))
    print()
    print("worst mapped / live: %.3f" % worst)


if __name__ == "__main__":
    main()
