"""A small stand-in for the `pyperf` module, used to run pyperformance benchmarks.

The pyperformance benchmarks (downloaded at test time, never committed) do
`import pyperf` and drive themselves through `pyperf.Runner`.  The real pyperf
spawns worker processes, calibrates loop counts and writes JSON, which needs
much more of the standard library than tessera has early on.  This module
offers just the part of the API those benchmarks use, built only on `sys`,
`time` and builtins, so it can run under tessera and under CPython alike.

It is put on the path with PYTHONPATH=benches/pyperf by `ci/pyperformance.py`
(correctness checks), and through it by `benches/bench.py` and
`benches/instructions_compare.py` (timings, instruction counts).

The environment variable TESSERA_PYPERF_MODE picks what a benchmark does:

* `check` (the default): each `bench_func` / `bench_time_func` runs the
  benchmark exactly once (loops=1) and prints `bench <name>: <repr(result)>`
  (`bench <name>: ok` for `bench_time_func`, whose result is a duration).
  The output is deterministic, so it can be compared with CPython's.
* `time`: each benchmark runs TESSERA_PYPERF_WARMUPS (default 1) warm-up
  iterations and then TESSERA_PYPERF_VALUES (default 5) measured ones, each
  with TESSERA_PYPERF_LOOPS (default 1) loops, printing one line per
  iteration: `warmup <name> <seconds>` or `time <name> <seconds>`, where the
  seconds are per loop (and per inner loop, as pyperf reports them).

Reading the environment needs `os.environ`; when the interpreter cannot
provide it yet, every setting keeps its default, so check mode still works
with nothing but `sys` and `time`.
"""

import sys
import time

__version__ = "0.0-tessera"

# pyperf exposes its clock as pyperf.perf_counter, and benchmarks written for
# bench_time_func time themselves with it.
perf_counter = time.perf_counter


def _environ():
    # The environment is only reachable through os (or posix, which os wraps);
    # a missing or partial module must not stop check mode, so any failure
    # means "no settings".
    try:
        import os
        return os.environ
    except Exception:
        pass
    try:
        import posix
        env = {}
        for key, value in posix.environ.items():
            # CPython's posix.environ has bytes keys and values on POSIX.
            if isinstance(key, bytes):
                key = key.decode("utf-8", "replace")
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            env[key] = value
        return env
    except Exception:
        return {}


def _int_setting(env, name, default, minimum):
    text = env.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise SystemExit("pyperf stand-in: %s must be an integer, got %r" % (name, text))
    if value < minimum:
        raise SystemExit("pyperf stand-in: %s must be >= %d, got %d" % (name, minimum, value))
    return value


class _Settings:
    """The run settings, read once from the environment."""

    def __init__(self):
        env = _environ()
        mode = env.get("TESSERA_PYPERF_MODE") or "check"
        if mode not in ("check", "time"):
            raise SystemExit("pyperf stand-in: TESSERA_PYPERF_MODE must be 'check' or 'time', got %r" % mode)
        self.mode = mode
        self.warmups = _int_setting(env, "TESSERA_PYPERF_WARMUPS", 1, 0)
        self.values = _int_setting(env, "TESSERA_PYPERF_VALUES", 5, 1)
        self.loops = _int_setting(env, "TESSERA_PYPERF_LOOPS", 1, 1)


class Namespace:
    """The result of parse_args: one attribute per declared argument."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ["%s=%r" % (key, value) for key, value in sorted(self.__dict__.items())]
        return "Namespace(%s)" % ", ".join(items)


class _Argument:
    def __init__(self, names, kwargs):
        self.names = names
        self.positional = not names[0].startswith("-")
        if "dest" in kwargs:
            self.dest = kwargs["dest"]
        elif self.positional:
            self.dest = names[0]
        else:
            # Like argparse, the first long option names the attribute.
            long_names = [n for n in names if n.startswith("--")]
            chosen = long_names[0] if long_names else names[0]
            self.dest = chosen.lstrip("-").replace("-", "_")
        self.action = kwargs.get("action", "store")
        self.type = kwargs.get("type")
        self.choices = kwargs.get("choices")
        self.nargs = kwargs.get("nargs")
        if "default" in kwargs:
            self.default = kwargs["default"]
        elif self.action == "store_true":
            self.default = False
        elif self.action == "store_false":
            self.default = True
        else:
            self.default = None

    def convert(self, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                raise SystemExit("pyperf stand-in: invalid value %r for %s" % (text, self.names[0]))
        if self.choices is not None and value not in self.choices:
            raise SystemExit("pyperf stand-in: %r is not one of %r for %s"
                             % (value, list(self.choices), self.names[0]))
        return value


class ArgParser:
    """A tiny replacement for the argparse.ArgumentParser that pyperf exposes.

    add_argument records the argument and its default; parse_args fills in the
    defaults and then applies what sys.argv gives: `--opt value`,
    `--opt=value`, store_true/store_false flags, and positionals in order.
    """

    def __init__(self):
        self._arguments = []

    def add_argument(self, *names, **kwargs):
        if not names:
            raise TypeError("add_argument needs at least one name")
        argument = _Argument(names, kwargs)
        self._arguments.append(argument)
        return argument

    def _option(self, name):
        for argument in self._arguments:
            if not argument.positional and name in argument.names:
                return argument
        return None

    def parse_args(self, args=None):
        if args is None:
            args = sys.argv[1:]
        values = {}
        for argument in self._arguments:
            values[argument.dest] = argument.default
        positionals = [a for a in self._arguments if a.positional]
        index = 0
        while index < len(args):
            word = args[index]
            index += 1
            if word.startswith("-") and word != "-":
                name = word
                inline = None
                if "=" in word:
                    name, inline = word.split("=", 1)
                argument = self._option(name)
                if argument is None:
                    raise SystemExit("pyperf stand-in: unknown option %r" % name)
                if argument.action == "store_true":
                    values[argument.dest] = True
                elif argument.action == "store_false":
                    values[argument.dest] = False
                else:
                    if inline is None:
                        if index >= len(args):
                            raise SystemExit("pyperf stand-in: %s needs a value" % name)
                        inline = args[index]
                        index += 1
                    values[argument.dest] = argument.convert(inline)
            else:
                if not positionals:
                    raise SystemExit("pyperf stand-in: unexpected argument %r" % word)
                argument = positionals.pop(0)
                values[argument.dest] = argument.convert(word)
        return Namespace(**values)


def _time_per_loop(seconds, loops, inner_loops):
    return seconds / (loops * inner_loops)


class Runner:
    """The part of pyperf.Runner that the pyperformance benchmarks use."""

    def __init__(self, values=None, warmups=None, processes=None, loops=0,
                 min_time=None, metadata=None, show_name=True,
                 program_args=None, add_cmdline_args=None, _argparser=None,
                 **kwargs):
        # pyperf's tuning arguments are accepted and ignored: the environment
        # decides how often to run, so every interpreter is run the same way.
        self._settings = _Settings()
        self.metadata = dict(metadata) if metadata else {}
        self.argparser = _argparser if _argparser is not None else ArgParser()
        self._add_cmdline_args = add_cmdline_args
        self.args = None
        self._names = set()

    def parse_args(self, args=None):
        if self.args is None or args is not None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _start(self, name):
        # Benchmarks that never call parse_args still get their arguments
        # checked, as pyperf does when the first benchmark starts.
        if self.args is None:
            self.parse_args()
        if not isinstance(name, str):
            raise TypeError("benchmark name must be a str")
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % name)
        self._names.add(name)

    def _report(self, kind, name, seconds):
        print("%s %s %r" % (kind, name, seconds))
        sys.stdout.flush()

    def _measure(self, name, run_once, inner_loops):
        settings = self._settings
        loops = settings.loops
        total = settings.warmups + settings.values
        for iteration in range(total):
            seconds = run_once(loops)
            kind = "warmup" if iteration < settings.warmups else "time"
            self._report(kind, name, _time_per_loop(seconds, loops, inner_loops))

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Benchmark func(*args), called `loops` times per measured value."""
        self._start(name)
        inner = inner_loops or 1
        if self._settings.mode == "check":
            result = func(*args)
            print("bench %s: %r" % (name, result))
            sys.stdout.flush()
            return None

        def run_once(loops):
            # The loop mirrors pyperf's: one direct call when loops is 1, so
            # no loop overhead is added to a single-call measurement.
            if loops == 1:
                t0 = perf_counter()
                func(*args)
                return perf_counter() - t0
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0

        self._measure(name, run_once, inner)
        return None

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """Benchmark time_func(loops, *args), which returns its own duration."""
        self._start(name)
        inner = inner_loops or 1
        if self._settings.mode == "check":
            time_func(1, *args)
            print("bench %s: ok" % name)
            sys.stdout.flush()
            return None

        def run_once(loops):
            seconds = time_func(loops, *args)
            if not isinstance(seconds, (int, float)):
                raise TypeError("benchmark %r returned %r, not a duration" % (name, seconds))
            return float(seconds)

        self._measure(name, run_once, inner)
        return None
