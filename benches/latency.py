"""Is JIT code bound by latency or by instructions? A two-loop probe.

Both loops run the same micro-ops per iteration (four times a float
multiply of two locals, a local load, a float add and a store to a local);
in `dependent` each line feeds the next through `x`, in `independent` the
four lines do not depend on each other. A core that overlaps independent
work runs the second much faster when each value's trip from one micro-op
to the next is slow, as it is while stencils pass values through the data
stack in memory. The interpreter, whose dispatch work dwarfs that latency,
should time the two alike.

    python3 benches/latency.py [TESSERA] [--runs N]

runs TESSERA (default target/release/tessera) with its JIT, with its JIT
but without stack caching (`-X jit-stack-cache=off`: every value through
memory) and without its JIT, N processes each (default 3), alternating,
and prints the fastest time of each loop and the ratios. Standard library
only.
"""

import argparse
import subprocess
import sys

PROGRAM = r'''
import time

def dependent(n):
    x = 0.5
    a = 0.999
    b = 0.001
    for i in range(n):
        x = x * a + b
        x = x * a + b
        x = x * a + b
        x = x * a + b
    return x

def independent(n):
    x = 0.5
    a = 0.999
    b = 0.001
    for i in range(n):
        y1 = x * a + b
        y2 = x * b + a
        y3 = a * x + b
        y4 = b * x + a
    return y1 + y2 + y3 + y4

for f in (dependent, independent):
    f(20000)
    best = 1e9
    for _ in range(7):
        t = time.perf_counter()
        f(300000)
        best = min(best, time.perf_counter() - t)
    print(f.__name__, best)
'''


# The configurations, by name: the options each runs tessera with.
MODES = {
    "on": ["-X", "jit=on"],
    "memory": ["-X", "jit=on", "-X", "jit-stack-cache=off"],
    "off": ["-X", "jit=off"],
}


def run(binary, mode):
    out = subprocess.run([binary] + MODES[mode] + ["-c", PROGRAM], capture_output=True, text=True,
                         check=True).stdout
    return {name: float(value) for name, value in (line.split() for line in out.splitlines())}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tessera", nargs="?", default="target/release/tessera")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    best = {}
    for _ in range(args.runs):
        for mode in MODES:
            for name, seconds in run(args.tessera, mode).items():
                key = (mode, name)
                best[key] = min(best.get(key, seconds), seconds)
    print("| loop | JIT on | JIT on, no stack cache | JIT off | on/off | cache gain |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name in ("dependent", "independent"):
        on, memory, off = best[("on", name)], best[("memory", name)], best[("off", name)]
        print("| %s | %.1f ms | %.1f ms | %.1f ms | %.2fx | %.2fx |"
              % (name, on * 1000, memory * 1000, off * 1000, off / on, memory / on))
    ratio = best[("on", "dependent")] / best[("on", "independent")]
    print()
    print("JIT code: the dependent loop takes %.1fx the independent one's time "
          "for the same micro-ops." % ratio)
    return 0


if __name__ == "__main__":
    sys.exit(main())
