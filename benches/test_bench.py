"""Unit tests for the benchmark runner benches/bench.py.

They cover what can go wrong without running a benchmark: parsing the pyperf
stand-in's time-mode output, the statistics (medians, geometric means,
ratios with failed cells and a missing baseline), option parsing (which
interpreters run, NAME=COMMAND extras, --arch aarch64, --smoke), the
progress display, the Markdown tables and the SVG charts (well-formed XML
with the expected bars and lines).  Nothing here starts an interpreter or
touches the network.

Run from the repository root with either of:
    python3 -m unittest benches/test_bench.py
    python3 benches/test_bench.py
"""

import importlib.util
import io
import os
import sys
import unittest
import xml.etree.ElementTree as ET
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
SVG = "{http://www.w3.org/2000/svg}"


def load_bench():
    # bench.py is a script, not a package module; loading it by path works
    # the same whether the tests run through `-m unittest` or directly.
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("tessera_bench", os.path.join(HERE, "bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = load_bench()


class FakeOutcome:
    """Stands in for ci/pyperformance.py's Outcome."""

    def __init__(self, stdout, exit_code=0, stderr="", seconds=1.0, timed_out=False):
        self.stdout = stdout
        self.exit_code = exit_code
        self.stderr = stderr
        self.seconds = seconds
        self.timed_out = timed_out


def record(values, first=None, wall=1.0, failure=None):
    entries = ([("warmup", "b", first)] if first is not None else []) + [("time", "b", v) for v in values]
    return bench.RunRecord(entries, 0 if failure is None else 1, wall, failure)


def result(*runs):
    res = bench.Result()
    res.runs.extend(runs)
    return res


class ParseTests(unittest.TestCase):
    def test_time_mode_output(self):
        out = ("some benchmark chatter\n"
               "warmup nbody 0.25\n"
               "time nbody 0.125\n"
               "time nbody 1.5e-07\n"
               "time nbody not-a-number\n"
               "time nbody nan\n"
               "time nbody -1\n"
               "time  too many words here\n")
        self.assertEqual(bench.parse_time_output(out),
                         [("warmup", "nbody", 0.25), ("time", "nbody", 0.125), ("time", "nbody", 1.5e-07)])

    def test_first_iteration_is_the_first_line(self):
        rec = bench.RunRecord(bench.parse_time_output("warmup x 3.0\ntime x 1.0\ntime x 2.0\n"), 0, 5.0)
        self.assertEqual(rec.first, 3.0)
        self.assertEqual(rec.warmups, [3.0])
        self.assertEqual(rec.values, [1.0, 2.0])
        no_warmup = bench.RunRecord(bench.parse_time_output("time x 4.0\ntime x 1.0\n"), 0, 5.0)
        self.assertEqual(no_warmup.first, 4.0)
        self.assertIsNone(bench.RunRecord([], 0, 1.0).first)

    def test_check_run(self):
        good = bench.check_run(FakeOutcome("warmup a 2\ntime a 1\ntime a 1\n"), 1, 2)
        self.assertIsNone(good.failure)
        wrong_count = bench.check_run(FakeOutcome("warmup a 2\ntime a 1\n"), 1, 2)
        self.assertIn("1 value(s)", wrong_count.failure)
        crashed = bench.check_run(FakeOutcome("", exit_code=1, stderr="Traceback\nNameError: x\n"), 1, 2)
        self.assertEqual(crashed.failure, "exit 1: NameError: x")
        self.assertIn("NameError", crashed.stderr_tail)
        timed_out = bench.check_run(FakeOutcome("", exit_code="timeout", seconds=600, timed_out=True), 1, 2)
        self.assertEqual(timed_out.failure, "timed out after 600 s")
        silent = bench.check_run(FakeOutcome("hello\n"), 1, 2)
        self.assertEqual(silent.failure, "no timings in the output")
        # Two benchmark names in one script each print their own values.
        two = bench.check_run(FakeOutcome("time a 1\ntime b 1\n"), 0, 1)
        self.assertIsNone(two.failure)


class StatisticsTests(unittest.TestCase):
    def test_median(self):
        self.assertEqual(bench.median([3, 1, 2]), 2)
        self.assertEqual(bench.median([4, 1, 2, 3]), 2.5)
        self.assertEqual(bench.median([None, 5]), 5)
        self.assertIsNone(bench.median([]))

    def test_geometric_mean(self):
        self.assertAlmostEqual(bench.geometric_mean([2, 8]), 4.0)
        self.assertAlmostEqual(bench.geometric_mean([0.5, 2.0]), 1.0)
        self.assertAlmostEqual(bench.geometric_mean([3.0]), 3.0)
        self.assertIsNone(bench.geometric_mean([]))
        self.assertAlmostEqual(bench.geometric_mean([4, None]), 4.0)
        with self.assertRaises(ValueError):
            bench.geometric_mean([1, 0])

    def test_ratio(self):
        self.assertEqual(bench.ratio(2.0, 1.0), 2.0)
        self.assertEqual(bench.ratio(1.0, 4.0), 0.25)
        self.assertIsNone(bench.ratio(None, 1.0))
        self.assertIsNone(bench.ratio(1.0, None))
        self.assertIsNone(bench.ratio(1.0, 0.0))

    def test_result_medians_over_runs(self):
        res = result(record([1.0, 3.0], first=10.0, wall=5.0), record([2.0, 4.0], first=20.0, wall=7.0),
                     record([5.0, 6.0], first=30.0, wall=6.0))
        self.assertTrue(res.ok())
        self.assertEqual(res.median(), 3.5)
        self.assertEqual(res.first(), 20.0)
        self.assertEqual(res.wall(), 6.0)

    def test_one_failed_run_fails_the_cell(self):
        res = result(record([1.0]), record([], failure="exit 1"))
        self.assertFalse(res.ok())
        self.assertIsNone(res.median())
        self.assertEqual(res.failures(), ["exit 1"])
        self.assertFalse(bench.Result().ok())

    def test_summarize_ratios_and_means(self):
        results = {
            ("a", "python3"): result(record([2.0], first=4.0, wall=10.0)),
            ("a", "fast"): result(record([1.0], first=8.0, wall=5.0)),
            ("b", "python3"): result(record([9.0], first=9.0, wall=9.0)),
            ("b", "fast"): result(record([1.0], first=1.0, wall=1.0)),
        }
        cells, means = bench.summarize(["a", "b"], ["python3", "fast"], results, "python3")
        self.assertEqual(cells[("a", "fast")]["speed"], 2.0)
        self.assertEqual(cells[("a", "fast")]["first_speed"], 0.5)
        self.assertEqual(cells[("a", "fast")]["wall_speed"], 2.0)
        self.assertEqual(cells[("a", "python3")]["speed"], 1.0)
        value, count = means["fast"]["speed"]
        self.assertAlmostEqual(value, (2.0 * 9.0) ** 0.5)
        self.assertEqual(count, 2)

    def test_summarize_with_failures(self):
        results = {
            ("a", "python3"): result(record([2.0])),
            ("a", "fast"): result(record([], failure="exit 1")),
            ("b", "python3"): result(record([], failure="timed out after 600 s")),
            ("b", "fast"): result(record([1.0])),
            ("c", "python3"): result(record([3.0])),
            ("c", "fast"): result(record([1.0])),
        }
        cells, means = bench.summarize(["a", "b", "c"], ["python3", "fast"], results, "python3")
        self.assertIsNone(cells[("a", "fast")]["speed"])
        self.assertEqual(cells[("a", "fast")]["failure"], "exit 1")
        self.assertFalse(cells[("a", "fast")]["ok"])
        # A failed baseline leaves a working interpreter's numbers but no ratio.
        self.assertIsNone(cells[("b", "fast")]["speed"])
        self.assertEqual(cells[("b", "fast")]["median"], 1.0)
        value, count = means["fast"]["speed"]
        self.assertAlmostEqual(value, 3.0)
        self.assertEqual(count, 1)

    def test_summarize_without_baseline(self):
        results = {("a", "fast"): result(record([1.0]))}
        cells, means = bench.summarize(["a"], ["fast"], results, None)
        self.assertIsNone(cells[("a", "fast")]["speed"])
        self.assertEqual(means["fast"]["speed"], (None, 0))

    def test_spread(self):
        self.assertIsNone(bench.relative_spread([1.0]))
        self.assertAlmostEqual(bench.relative_spread([1.0, 2.0, 3.0, 4.0, 5.0]), 2.0 / 3.0)

    def test_formatting(self):
        self.assertEqual(bench.format_seconds(None), "-")
        self.assertEqual(bench.format_seconds(1.5), "1.5 s")
        self.assertEqual(bench.format_seconds(0.1234), "123 ms")
        self.assertEqual(bench.format_seconds(2.5e-6), "2.5 us")
        self.assertEqual(bench.format_seconds(1.21e-7), "121 ns")
        self.assertEqual(bench.format_ratio(1.234), "1.23x")
        self.assertEqual(bench.format_ratio(12.34), "12.3x")
        self.assertEqual(bench.format_ratio(None), "-")


class OptionTests(unittest.TestCase):
    def plan(self, interp=None, tessera="/t/tessera", arch=None, host="x86_64", found=("python3", "pypy3"),
             arches=None, runner=None, baseline=None):
        arches = arches or {}

        def find(name):
            return "/usr/bin/%s" % name if name in found else None

        return bench.make_plan(interp, tessera, arch, host, runner=runner, baseline=baseline, find=find,
                               binary_arch=lambda path: arches.get(path))

    def test_defaults(self):
        args = bench.parse_args([])
        self.assertEqual((args.runs, args.values, args.warmups, args.curve_iterations), (3, 5, 1, 50))
        self.assertIsNone(args.bench)
        self.assertIsNone(args.interp)
        self.assertFalse(args.smoke)

    def test_smoke_defaults_and_overrides(self):
        args = bench.parse_args(["--smoke", "--tessera", "x"])
        self.assertEqual(args.bench, [bench.SMOKE_BENCH])
        self.assertEqual(args.interp, ["tessera-jit"])
        self.assertEqual((args.runs, args.values, args.warmups, args.curve_iterations), (1, 1, 0, 0))
        args = bench.parse_args(["--smoke", "--values", "2", "--interp", "tessera-nojit"])
        self.assertEqual(args.values, 2)
        self.assertEqual(args.interp, ["tessera-nojit"])

    def test_bench_and_interp_lists(self):
        args = bench.parse_args(["--bench", "nbody", "unpack_sequence", "--bench", "nbody",
                                 "--interp", "python3", "x=/bin/x -O", "--curve-iterations", "0"])
        self.assertEqual(args.bench, ["nbody", "unpack_sequence"])
        self.assertEqual(args.interp, ["python3", "x=/bin/x -O"])
        self.assertEqual(args.curve_iterations, 0)

    def test_bad_values(self):
        for argv in (["--runs", "0"], ["--values", "0"], ["--warmups", "-1"], ["--curve-iterations", "-1"],
                     ["--arch", "sparc"]):
            with self.assertRaises(SystemExit):
                bench.parse_args(argv)

    def test_default_selection_skips_missing_peers(self):
        plan = self.plan()
        self.assertEqual(plan.names(), ["tessera-jit", "tessera-nojit", "python3", "pypy3"])
        self.assertEqual(plan.get("tessera-jit").argv, ["/t/tessera", "-X", "jit=on"])
        self.assertEqual(plan.get("tessera-nojit").argv, ["/t/tessera", "-X", "jit=off"])
        self.assertEqual(plan.get("pypy3").argv, ["/usr/bin/pypy3"])
        self.assertEqual(plan.baseline, "python3")
        self.assertFalse(plan.emulated)
        self.assertTrue(any("rustpython" in note and "skipped" in note for note in plan.notes))

    def test_explicit_selection(self):
        plan = self.plan(["tessera-jit", "python3"])
        self.assertEqual(plan.names(), ["tessera-jit", "python3"])
        self.assertEqual(plan.notes, [])
        with self.assertRaises(SystemExit):
            self.plan(["rustpython"])  # named explicitly but not installed
        with self.assertRaises(SystemExit):
            self.plan(["python3", "python3"])
        with self.assertRaises(SystemExit):
            self.plan(["cpython"])  # neither known nor NAME=COMMAND

    def test_extra_interpreters(self):
        plan = self.plan(["default", "cpython312=/opt/py/bin/python3.12 -X importtime",
                          "tessera-t1=/t/other -X jit-threshold=1"])
        self.assertEqual(plan.get("cpython312").argv, ["/opt/py/bin/python3.12", "-X", "importtime"])
        self.assertEqual(plan.get("cpython312").kind, "extra")
        self.assertEqual(plan.get("tessera-t1").argv, ["/t/other", "-X", "jit-threshold=1"])
        self.assertEqual(plan.names()[:4], ["tessera-jit", "tessera-nojit", "python3", "pypy3"])

    def test_known_name_with_path(self):
        plan = self.plan(["python3=/opt/cpython/bin/python3", "tessera-jit=/other/tessera"], found=())
        self.assertEqual(plan.get("python3").argv, ["/opt/cpython/bin/python3"])
        self.assertEqual(plan.get("tessera-jit").argv, ["/other/tessera", "-X", "jit=on"])

    def test_bad_names(self):
        for word in ("=x", "a|b=x", "x=", "default=/bin/x"):
            with self.assertRaises(SystemExit):
                bench.parse_interp_spec(word)

    def test_relative_paths_become_absolute(self):
        plan = self.plan(["tessera-jit"], tessera=os.path.join("target", "release", "tessera"))
        self.assertTrue(os.path.isabs(plan.get("tessera-jit").argv[0]))

    # CI's AArch64 test run sets TESSERA_TEST_RUNNER; the default runner is
    # what this test checks, so the variable is hidden for its duration.
    @mock.patch.dict(os.environ, {"TESSERA_TEST_RUNNER": ""})
    def test_aarch64_runs_tessera_under_qemu_only(self):
        plan = self.plan(arch="aarch64", tessera=None)
        self.assertTrue(plan.emulated)
        self.assertEqual(plan.names(), ["tessera-jit", "tessera-nojit"])
        self.assertEqual(plan.baseline, "tessera-nojit")
        argv = plan.get("tessera-jit").argv
        self.assertEqual(argv[:3], ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"])
        self.assertTrue(argv[3].endswith(os.path.join("target", "aarch64-unknown-linux-gnu", "release",
                                                      "tessera")))
        self.assertEqual(argv[4:], ["-X", "jit=on"])
        self.assertIn("(aarch64, emulated)", plan.get("tessera-jit").label)
        self.assertTrue(any("peers" in note for note in plan.notes))
        with self.assertRaises(SystemExit):
            self.plan(["python3"], arch="aarch64")

    def test_arch_follows_the_binary(self):
        plan = self.plan(["tessera-jit"], tessera="/t/arm", arches={"/t/arm": "aarch64"},
                         runner=["qemu-aarch64", "-L", "/sysroot"])
        self.assertTrue(plan.emulated)
        self.assertEqual(plan.get("tessera-jit").argv[:4], ["qemu-aarch64", "-L", "/sysroot", "/t/arm"])
        with self.assertRaises(SystemExit):
            self.plan(["tessera-jit"], tessera="/t/arm", arch="x86_64", arches={"/t/arm": "aarch64"})

    def test_elf_arch(self):
        import tempfile
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "exe")
            with open(path, "wb") as handle:
                handle.write(b"\x7fELF\x02\x01\x01" + b"\0" * 11 + (0xB7).to_bytes(2, "little") + b"\0" * 40)
            self.assertEqual(bench.elf_arch(path), "aarch64")
            with open(path, "wb") as handle:
                handle.write(b"#!/bin/sh\n")
            self.assertIsNone(bench.elf_arch(path))
        self.assertIsNone(bench.elf_arch("/nonexistent/path"))

    def test_describe_version(self):
        self.assertEqual(bench.describe_version(["3.11.7 (main, Jan 1 2024)", "/x", "cpython", ""]),
                         "CPython 3.11.7")
        self.assertEqual(bench.describe_version(["3.9.16 (7.3.11+dfsg)", "/x", "pypy", "7.3.11"]),
                         "PyPy 7.3.11 (Python 3.9.16)")
        self.assertEqual(bench.describe_version(["3.11.7 (tessera 0.1.0)", "/x", "", ""]),
                         "Python 3.11.7 (tessera 0.1.0)")

    def test_help_mentions_the_interpreters(self):
        text = bench.build_parser().format_help()
        for word in ("tessera-jit", "tessera-nojit", "NAME=COMMAND", "--arch", "--smoke", "--curve-iterations"):
            self.assertIn(word, text)


class ProgressTests(unittest.TestCase):
    def test_lines_when_not_a_terminal(self):
        stream = io.StringIO()
        progress = bench.Progress(2, stream=stream, mode="auto", clock=lambda: 0.0)
        self.assertEqual(progress.mode, "lines")
        progress.start("nbody python3 run 1/1")
        progress.done("nbody python3 run 1/1: median 1 s")
        progress.note("FAILED something")
        progress.done("nbody pypy3 run 1/1: median 1 s")
        progress.finish()
        self.assertEqual(stream.getvalue(), "[1/2] nbody python3 run 1/1: median 1 s\nFAILED something\n"
                                            "[2/2] nbody pypy3 run 1/1: median 1 s\n")
        self.assertNotIn("\r", stream.getvalue())

    def test_bar_on_a_terminal(self):
        class Terminal(io.StringIO):
            encoding = "utf-8"

            def isatty(self):
                return True

        stream = Terminal()
        progress = bench.Progress(4, stream=stream, clock=lambda: 0.0, width=100)
        self.assertEqual(progress.mode, "bar")
        progress.start("nbody tessera-jit run 1/1")
        progress.done("ignored in bar mode")
        progress.note("FAILED x")
        progress.finish()
        text = stream.getvalue()
        self.assertIn("\r", text)
        self.assertIn("1/4", text)
        self.assertIn("FAILED x\n", text)
        self.assertNotIn("ignored in bar mode", text)
        self.assertTrue(text.endswith("\n"))
        for line in text.replace("\r", "\n").splitlines():
            self.assertLess(len(line), 100)

    def test_off(self):
        stream = io.StringIO()
        progress = bench.Progress(1, stream=stream, mode="off")
        progress.start("x")
        progress.done("x")
        progress.note("x")
        progress.finish()
        self.assertEqual(stream.getvalue(), "")


def parse_svg(text):
    root = ET.fromstring(text.encode("utf-8"))
    if root.tag != SVG + "svg":
        raise AssertionError("the root element is %s, not svg" % root.tag)
    return root


def by_class(root, tag, name):
    return [e for e in root.iter(SVG + tag) if e.get("class") == name]


def texts(root):
    return ["".join(e.itertext()) for e in root.iter(SVG + "text")]


class SvgTests(unittest.TestCase):
    series = [("tessera-jit", "tessera-jit", "#d62728"), ("pypy3", "pypy3 <&>", "#2ca02c")]

    def test_bar_chart(self):
        groups = [("nbody", {"tessera-jit": 1.5, "pypy3": 8.0}, {}, False),
                  ("float", {"tessera-jit": 0.8, "pypy3": None}, {}, False),
                  ("geometric mean", {"tessera-jit": 1.1, "pypy3": 8.0}, {}, True)]
        for log in (True, False):
            text = bench.bar_chart(groups, self.series, "Speed vs python3", ["2026-01-01, host, x86_64"],
                                   "speed vs python3", log=log)
            root = parse_svg(text)
            bars = by_class(root, "rect", "bar")
            self.assertEqual(len(bars), 5)
            self.assertEqual([b.get("data-series") for b in bars],
                             ["tessera-jit", "pypy3", "tessera-jit", "tessera-jit", "pypy3"])
            self.assertEqual(len(by_class(root, "text", "missing")), 1)
            self.assertEqual(len(by_class(root, "line", "reference")), 1)
            labels = texts(root)
            self.assertIn("Speed vs python3", labels)
            self.assertIn("2026-01-01, host, x86_64", labels)
            self.assertIn("pypy3 <&>", labels)  # escaped in the file, intact once parsed
            self.assertIn("speed vs python3", labels)
            self.assertIn("geometric mean", labels)
            # A bar for a speed-up reaches above the 1.0 line, a slow-down below it.
            ref = float(by_class(root, "line", "reference")[0].get("y1"))
            fast, _, slow = bars[0], bars[1], bars[2]
            self.assertLess(float(fast.get("y")), ref)
            if log:
                self.assertAlmostEqual(float(slow.get("y")), ref, places=1)
                self.assertGreater(float(slow.get("height")), 0)

    def test_line_chart(self):
        series = [("tessera-jit", "#d62728", [0.3, 0.12, 0.1, 0.1]),
                  ("python3", "#1f77b4", [0.2, 0.2, 0.19, 0.2]),
                  ("rustpython", "#9467bd", None)]
        root = parse_svg(bench.line_chart(series, "nbody: time per iteration", ["sub"], "iteration",
                                          "time per iteration (log scale)"))
        curves = by_class(root, "polyline", "curve")
        self.assertEqual([c.get("data-series") for c in curves], ["tessera-jit", "python3"])
        for curve in curves:
            self.assertEqual(len(curve.get("points").split()), 4)
        self.assertEqual(len(by_class(root, "circle", "point")), 8)
        labels = texts(root)
        self.assertIn("rustpython (failed)", labels)
        self.assertIn("iteration", labels)
        # The first, slower iteration is drawn higher (smaller y) than the rest.
        first, second = [tuple(map(float, p.split(","))) for p in curves[0].get("points").split()[:2]]
        self.assertLess(first[1], second[1])

    def test_line_chart_with_nothing(self):
        root = parse_svg(bench.line_chart([("a", "#000", None)], "t", [], "iteration", "time"))
        self.assertEqual(by_class(root, "polyline", "curve"), [])

    def test_step_125(self):
        self.assertEqual(bench.step_125(0.27, down=True), 0.2)
        self.assertEqual(bench.step_125(0.27, down=False), 0.5)
        self.assertEqual(bench.step_125(1.0, down=True), 1.0)
        self.assertEqual(bench.step_125(11.0, down=False), 20.0)
        self.assertEqual(bench.step_125(9.9, down=False), 10.0)

    def test_ticks(self):
        self.assertEqual(bench.linear_ticks(0, 1), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        self.assertEqual(bench.log_ticks(0.05, 20), [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0])
        wide = bench.log_ticks(0.005, 200)
        self.assertEqual(wide, [0.01, 0.1, 1.0, 10.0, 100.0])
        medium = bench.log_ticks(0.5, 9)
        self.assertEqual(medium, [0.5, 1.0, 2.0, 5.0])
        narrow = bench.log_ticks(0.1, 0.13)
        self.assertGreaterEqual(len(narrow), 3)
        self.assertTrue(all(0.1 <= t <= 0.13 for t in narrow))


class MarkdownTests(unittest.TestCase):
    def test_table(self):
        table = bench.markdown_table(["a", "b", "c"], [["x", "1", "2|3"], ["y", "4", "5"]])
        lines = table.splitlines()
        self.assertEqual(lines[0], "| a | b | c |")
        self.assertEqual(lines[1], "| --- | ---: | ---: |")
        self.assertEqual(lines[2], "| x | 1 | 2\\|3 |")
        with self.assertRaises(ValueError):
            bench.markdown_table(["a", "b"], [["only one"]])

    def test_report_shape(self):
        plan = bench.make_plan(["tessera-jit", "python3"], "/t/tessera", None, "x86_64",
                               find=lambda name: "/usr/bin/" + name, binary_arch=lambda path: None)
        plan.get("python3").version = "CPython 3.11.7"
        results = {
            ("nbody", "tessera-jit"): result(record([1.0, 1.0], first=2.0)),
            ("nbody", "python3"): result(record([2.0, 2.0], first=2.0)),
            ("float", "tessera-jit"): result(record([], failure="exit 1: boom")),
            ("float", "python3"): result(record([1.0], first=1.0)),
        }
        cells, means = bench.summarize(["nbody", "float"], plan.names(), results, "python3")
        meta = {"date_text": "2026-01-01 00:00 UTC", "pyperformance": "1.14.0", "interrupted": False,
                "machine": {"hostname": "h", "cpu_model": "cpu", "cpus": 2, "system": "Linux",
                            "host_arch": "x86_64"},
                "settings": {"runs": 1, "values": 2, "warmups": 1, "loops": 1, "curve_iterations": 0}}
        text = bench.render_markdown(meta, plan, ["nbody", "float"], cells, means, [("speed.svg", "Speed")])
        tables = []
        current = []
        for line in text.splitlines():
            if line.startswith("|"):
                current.append(line)
            elif current:
                tables.append(current)
                current = []
        if current:
            tables.append(current)
        self.assertEqual(len(tables), 3)
        for table in tables:
            widths = set(len(row.replace("\\|", "").split("|")) for row in table)
            self.assertEqual(len(widths), 1, table)
            self.assertTrue(set(table[1].replace("|", "").split()) <= {"---", "---:"})
        # The matrix: header, separator, two benchmarks, the geometric mean.
        self.assertEqual(len(tables[0]), 5)
        self.assertIn("| nbody | 2.00x | 1.00x |", tables[0])
        self.assertIn("| float | FAILED | 1.00x |", tables[0])
        self.assertIn("**geometric mean**", tables[0][-1])
        self.assertEqual(len(tables[1]), 2 + 4)
        self.assertEqual(len(tables[2]), 2 + 2)
        self.assertIn("exit 1: boom", text)
        self.assertIn("![Speed](speed.svg)", text)
        self.assertIn("CPython 3.11.7", text)

    def test_jit_on_off_section(self):
        # Two runs: each run's ratio pairs its two processes; the fastest
        # values and the medians of all values give the other two columns.
        results = {
            ("nbody", "tessera-jit"): result(record([1.0, 2.0]), record([4.0, 4.0])),
            ("nbody", "tessera-nojit"): result(record([6.0, 6.0]), record([8.0, 12.0])),
            ("float", "tessera-jit"): result(record([1.0])),
            ("float", "tessera-nojit"): result(record([], failure="exit 1")),
        }
        names = ["tessera-jit", "tessera-nojit"]
        cells, _ = bench.summarize(["nbody", "float"], names, results, None)
        by_median, by_fastest, runs = bench.jit_on_off(cells, "nbody")
        self.assertEqual(by_median, 7.0 / 3.0)
        self.assertEqual(by_fastest, 6.0)
        self.assertEqual(runs, [4.0, 2.5])
        self.assertIsNone(bench.jit_on_off(cells, "float"))
        text = "\n".join(bench.jit_on_off_section(["nbody", "float"], names, cells))
        self.assertIn("| nbody | 2.33x | 6.00x | 2.50x to 4.00x |", text)
        self.assertIn("| float | - | - | - |", text)
        self.assertEqual(bench.jit_on_off_section(["nbody"], ["tessera-jit", "python3"], cells), [])

    @mock.patch.dict(os.environ, {"TESSERA_TEST_RUNNER": ""})
    def test_emulated_report_says_so(self):
        plan = bench.make_plan(None, "/t/arm", "aarch64", "x86_64", find=lambda name: None,
                               binary_arch=lambda path: None)
        results = dict(((b, n), result(record([1.0], first=1.0))) for b in ["nbody"] for n in plan.names())
        cells, means = bench.summarize(["nbody"], plan.names(), results, plan.baseline)
        meta = {"date_text": "d", "pyperformance": "1.14.0", "interrupted": False,
                "machine": {"hostname": "h", "cpu_model": "", "cpus": 2, "system": "Linux", "host_arch": "x86_64"},
                "settings": {"runs": 1, "values": 1, "warmups": 0, "loops": 1, "curve_iterations": 0}}
        text = bench.render_markdown(meta, plan, ["nbody"], cells, means)
        self.assertIn("emulated", text.splitlines()[0])
        self.assertIn("**Emulated:**", text)
        self.assertIn("tessera-jit (aarch64, emulated)", text)
        self.assertIn("vs tessera-nojit", text)


if __name__ == "__main__":
    unittest.main()
