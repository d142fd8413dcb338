"""Generate the application that the start-up benchmark imports.

The benchmark (benches/startup/startup_compare.py) measures how long an
interpreter takes to start a program whose entry point imports a large
package but uses only a few of its modules, the case PEP 810's lazy imports
are for. This script writes that program, deterministically, in two variants
side by side under the target directory:

    eager/   ordinary imports
    lazy/    the same files, except that every module-level import statement
             is written `lazy import ...` / `lazy from ... import ...`

Each variant holds a package `app`: a shared `app.core` (a handler registry
with decorators, base classes, configuration tables, text helpers) and, by
default, ten subpackages of 20 or 21 modules each. Every module does what
real modules do when imported: it builds constant tables (literals and
comprehensions), defines a few classes with class attributes, methods and
properties, registers handlers through decorators from
`app.core.registry`, and defines functions. It also imports two to five
other modules of the application, always lower-numbered ones (so the imports
form a DAG and no import cycle exists, however the imports are ordered),
and uses them only inside function bodies, so that a lazy import of them is
never resolved unless the function runs. Package `__init__.py` files import
all of their submodules, as real packages do; this fan-out is what makes
eager start-up expensive.

`main.py` imports the package API (which fans out to every module), then
calls three functions of three modules and prints one checksum line, which
must be the same under every variant and interpreter. `count_modules.py`
runs `main.main()` and then prints how many `app` modules were loaded; the
benchmark reports it to show how much laziness skipped. The file
expected_lazy_modules.txt, next to the variants, lists the modules a run
loads when every import is lazy and PEP 810's semantics are followed.

The generated code uses only language features and imports nothing outside
the application, because tessera has no standard library.

Usage:
    python3 benches/startup/gen_app.py OUTDIR [--seed N] [--packages N] [--modules N]

The output depends only on the options and on this file: no time, no hash
seed, no `random` module (its algorithms could differ between Python
versions), only the small generator below.
"""

import argparse
import os
import shutil
import sys

MASK64 = (1 << 64) - 1

VARIANTS = ("eager", "lazy")
# Written next to the variants: the app modules PEP 810 semantics load.
EXPECTED_LAZY = "expected_lazy_modules.txt"

PACKAGES = [
    ("accounts", "customer accounts, sign-up and account settings"),
    ("billing", "invoices, payments and the ledger"),
    ("catalog", "products, categories and their attributes"),
    ("inventory", "stock levels across warehouses"),
    ("shipping", "carriers, rates and parcel tracking"),
    ("pricing", "price lists, discounts and currencies"),
    ("reporting", "periodic reports and their exports"),
    ("notify", "e-mail, SMS and webhook notifications"),
    ("search", "indexing and ranking of catalog entries"),
    ("audit", "the audit trail of every change"),
    ("support", "tickets, agents and service levels"),
    ("analytics", "events, funnels and dashboards"),
]

MODULE_WORDS = [
    "orders", "rates", "ledger", "tokens", "limits", "filters", "schemas",
    "events", "sessions", "quotas", "codes", "rules", "views", "forms",
    "models", "queries", "handlers", "hooks", "tasks", "jobs", "caches",
    "policies", "mappers", "parsers", "exporters", "importers", "metrics",
    "alerts", "batches", "regions", "currencies", "discounts", "coupons",
    "invoices", "refunds", "carriers", "labels", "templates", "channels",
    "indexes", "rankings", "snapshots", "journals", "checks", "profiles",
    "roles", "permissions", "webhooks", "periods", "vendors",
]

VERBS = ["apply", "check", "load", "store", "render", "resolve", "collect",
         "merge", "split", "verify", "expand", "notify", "archive", "rebuild"]

KEY_WORDS = ["alpha", "beta", "gamma", "delta", "north", "south", "east",
             "west", "basic", "plus", "pro", "max", "daily", "weekly",
             "monthly", "yearly", "small", "large", "retail", "bulk"]

REGIONS = ["north", "south", "east", "west", "central", "coastal", "metro",
           "rural"]

# How many modules the entry point uses; the same ones in every variant.
ENTRY_USES = 3


class Rng:
    """SplitMix64: a tiny generator whose output depends only on its seed."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        """An integer in [lo, hi], both ends included."""
        return lo + self.below(hi - lo + 1)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def sample(self, seq, k):
        pool = list(seq)
        for i in range(min(k, len(pool))):
            j = i + self.below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def percent(self, p):
        return self.below(100) < p


def camel(word):
    return "".join(part.capitalize() for part in word.split("_"))


class Module:
    """One generated module: where it lives and what it imports."""

    def __init__(self, package, word, index):
        self.package = package
        self.word = word
        self.index = index  # global position; a module imports only lower ones
        self.dotted = "app.%s.%s" % (package, word)
        self.deps = []
        self.service = False  # whether it defines a service class and summarize()

    @property
    def camel(self):
        return camel(self.word)


class Source:
    """A file's text: docstring, module-level imports, body.

    Keeping the imports apart is what lets the lazy variant differ from the
    eager one in nothing but the `lazy` keyword in front of them.
    """

    def __init__(self, path, doc, imports, body):
        self.path = path
        self.doc = doc
        self.imports = imports
        self.body = body

    def render(self, lazy):
        prefix = "lazy " if lazy else ""
        text = '"""%s"""\n' % self.doc
        if self.imports:
            text += "\n" + "\n".join(prefix + line for line in self.imports) + "\n"
        body = self.body.strip("\n") + "\n"
        # PEP 8 spacing: two blank lines before a top-level definition.
        blank = "\n\n" if body.startswith(("def ", "class ", "@")) else "\n"
        return text + blank + body


def plan(rng, packages, modules):
    """Choose each package's modules and each module's dependencies."""
    layout = []
    index = 0
    for name, desc in PACKAGES[:packages]:
        count = modules + rng.below(2)
        words = rng.sample(MODULE_WORDS, count)
        mods = []
        for word in words:
            mods.append(Module(name, word, index))
            index += 1
        layout.append((name, desc, mods))
    everything = [m for _, _, mods in layout for m in mods]
    for m in everything:
        same = [o for o in everything if o.package == m.package and o.index < m.index]
        other = [o for o in everything if o.package != m.package and o.index < m.index]
        want = rng.between(2, 5)
        # Most dependencies stay inside the package, as in real code; the
        # rest reach into earlier packages.
        from_same = min(len(same), want - min(len(other), rng.between(1, 2)))
        chosen = rng.sample(same, max(from_same, 0))
        chosen += rng.sample(other, want - len(chosen))
        m.deps = sorted(chosen, key=lambda o: o.index)
        m.service = rng.percent(50)
    return layout, everything


def table_literal(rng, name, count, per_line):
    keys = []
    while len(keys) < count:
        key = "%s_%02d" % (rng.choice(KEY_WORDS), rng.below(100))
        if key not in keys:
            keys.append(key)
    entries = ['"%s": %d' % (key, rng.between(1, 999)) for key in keys]
    lines = ["%s = {" % name]
    for i in range(0, len(entries), per_line):
        lines.append("    " + ", ".join(entries[i:i + per_line]) + ",")
    lines.append("}")
    return "\n".join(lines)


def codes_literal(rng, name, prefix, count):
    codes = []
    while len(codes) < count:
        code = "%s-%04d" % (prefix, rng.below(10000))
        if code not in codes:
            codes.append(code)
    lines = ["%s = (" % name]
    for i in range(0, count, 6):
        lines.append("    " + ", ".join('"%s"' % c for c in codes[i:i + 6]) + ",")
    lines.append(")")
    return "\n".join(lines)


def rows_literal(rng, name, count):
    rows = ['("%s", %d, %d)' % (rng.choice(REGIONS), rng.between(1, 90), rng.between(0, 9))
            for _ in range(count)]
    return "%s = (\n    %s,\n)" % (name, ",\n    ".join(rows))


def dependency_imports(rng, m, used):
    """The import lines for m's dependencies, and how to call each one's digest().

    The forms are those of real code: mostly `from package import module`,
    sometimes with an alias, `import app.package.module` (at most once per
    module, since every such line binds `app`), and `from module import name`.
    """
    imports = []
    calls = []
    plain_form_used = False
    for dep in m.deps:
        roll = rng.below(100)
        if roll < 20 and not plain_form_used:
            plain_form_used = True
            imports.append("import %s" % dep.dotted)
            calls.append("%s.digest" % dep.dotted)
            continue
        if roll < 32:
            alias = "%s_digest" % dep.word
            if alias not in used:
                used.add(alias)
                imports.append("from %s import digest as %s" % (dep.dotted, alias))
                calls.append(alias)
                continue
        name = dep.word
        if name in used or roll < 45:
            name = "%s_%s" % (dep.package[:4], dep.word)
        if name in used:
            name = "%s_%d" % (name, dep.index)
        used.add(name)
        if name == dep.word:
            imports.append("from app.%s import %s" % (dep.package, dep.word))
        else:
            imports.append("from app.%s import %s as %s" % (dep.package, dep.word, name))
        calls.append("%s.digest" % name)
    return imports, calls


def module_source(rng, m):
    """The text of one application module."""
    c, w, pkg = m.camel, m.word, m.package
    used = {"register", "cached", "base", "app", "digest", "compute", "summarize",
            c + "Record", c + "Service", c + "Error"}
    imports = ["from app.core.registry import register, cached", "from app.core import base"]
    uses_text = rng.percent(35)
    if uses_text:
        imports.append("from app.core.text import slugify")
        used.add("slugify")
    uses_config = rng.percent(25)
    if uses_config:
        imports.append("from app.core import config")
        used.add("config")
    dep_imports, calls = dependency_imports(rng, m, used)
    imports += dep_imports

    prefix = (pkg[:2] + w[:2]).upper()
    scale = rng.between(2, 9)
    parts = [
        table_literal(rng, "TABLE", rng.between(8, 14), 4),
        codes_literal(rng, "CODES", prefix, rng.between(6, 10)),
        "WEIGHTS = [(i * %d + %d) %% %d for i in range(%d)]" % (
            rng.between(3, 29), rng.between(1, 50), rng.choice([97, 101, 103, 107, 109, 113]),
            rng.between(24, 40)),
        "INDEX = {code: pos for pos, code in enumerate(CODES)}",
        "LIMITS = {key: value * %d for key, value in TABLE.items() if value %% %d != 0}" % (
            scale, rng.between(2, 5)),
        rows_literal(rng, "ROWS", rng.between(3, 5)),
        "BY_REGION = {region: size * (tier + 1) for region, size, tier in ROWS}",
    ]
    text = "\n".join(parts) + "\n"

    # Modules differ in what they define, as real ones do; whether one has a
    # service (and so summarize()) is decided in plan(), because the entry
    # point calls summarize().
    has_error = m.service and rng.percent(60)
    if has_error:
        text += """

class %sError(base.AppError):
    \"\"\"A %s entry that cannot be handled.\"\"\"

    code = "%s.%s.error"
""" % (c, w, pkg, w)

    text += """

@register("%s.%s.record")
class %sRecord(base.Model):
    \"\"\"A %s entry.\"\"\"

    fields = ("code", "amount", "region")
    defaults = {"amount": 0, "region": "%s"}
    kind = "%s.%s"

    def weight(self):
        return (INDEX.get(self.code, 0) + 1) * self.amount
""" % (pkg, w, c, w, rng.choice(REGIONS), pkg, w)
    if rng.percent(50):
        text += """
    @property
    def label(self):
        return f"{self.kind}:{self.code}:{self.region}"
"""

    if m.service:
        text += """

class %sService(base.Service):
    \"\"\"Applies the %s rules to records.\"\"\"

    name = "%s.%s"
    retries = %d

    def __init__(self, scale=1):
        super().__init__()
        self.scale = scale
        self.seen = []

    def handle(self, record):
        if record.code not in INDEX:
            raise %s(record.code)
        self.seen.append(record.code)
        return record.weight() * self.scale + BY_REGION.get(record.region, 0)
""" % (c, w, pkg, w, rng.between(1, 5), c + "Error" if has_error else "base.AppError")

    # digest() reads only this module's tables, so calling it loads nothing.
    text += """

def digest(n):
    \"\"\"Folds this module's tables into one number.\"\"\"
    total = n
    for pos, weight in enumerate(WEIGHTS):
        total = base.mix(total, weight + pos)
    for key, value in LIMITS.items():
        total = base.mix(total, value + len(key))
    return total
"""

    # compute() is where the imported modules are used, inside a function
    # body, so a lazy import of them is resolved only if compute() runs.
    lines = ["", "", "def compute(n):",
             '    """This module\'s digest combined with those of its dependencies."""',
             "    total = digest(n)"]
    for k, call in enumerate(calls):
        lines.append("    total = base.mix(total, %s(n + %d))" % (call, k + 1))
    lines.append("    return total")
    text += "\n".join(lines) + "\n"

    if m.service:
        text += """

@cached
def summarize(n):
    \"\"\"Runs a batch of records through the service.\"\"\"
    service = %sService(scale=n %% %d + 1)
    total = compute(n)
    for pos, code in enumerate(CODES):
        record = %sRecord.make(code, pos + n, ROWS[pos %% len(ROWS)][0])
        total = base.mix(total, service.handle(record))
    return (total + len(service.seen)) %% 1000000007
""" % (c, scale, c)

    verb = rng.choice(VERBS)
    text += """

@register("%s.%s.%s")
def %s_%s(codes, *, limit=10):
    \"\"\"Index positions of the known codes.\"\"\"
    return [INDEX[code] for code in codes if code in INDEX][:limit]
""" % (pkg, w, verb, verb, w)
    if rng.percent(25):
        other = rng.choice([v for v in VERBS if v != verb])
        text += """

@register("%s.%s.%s")
def %s_%s(*amounts, **options):
    \"\"\"Scales amounts by the %s limits.\"\"\"
    factor = options.get("scale", %d)
    limits = list(LIMITS.values()) or [1]
    return [amount * factor + limits[i %% len(limits)] for i, amount in enumerate(amounts)]
""" % (pkg, w, other, other, w, w, scale)
    if rng.percent(20):
        text += """

def make_%s_filter(threshold):
    \"\"\"A predicate keeping records heavier than the threshold.\"\"\"
    def keep(record):
        return record.weight() > threshold
    return keep
""" % w
    # A few modules also use a dependency outside compute(), the way real
    # code spreads its uses around.
    if calls and rng.percent(20):
        text += """

def export_%s(records):
    \"\"\"Record amounts with a checksum from a related module.\"\"\"
    return [(record.code, %s(record.amount)) for record in records]
""" % (w, calls[0])
    if uses_text:
        text += """

def %s_slugs():
    \"\"\"The table keys as URL slugs.\"\"\"
    return [slugify(key) for key in TABLE]
""" % w
    if uses_config:
        text += """

def %s_enabled():
    \"\"\"Whether the %s feature is on.\"\"\"
    return config.FEATURES.get("%s.%s", config.DEFAULTS["enabled"])
""" % (w, w, pkg, w)

    doc = "The %s of the %s package (generated)." % (w, pkg)
    return Source(os.path.join("app", pkg, w + ".py"), doc, imports, text)


CORE_REGISTRY = '''
HANDLERS = {}
MODELS = {}
CALLS = {"registered": 0, "cached": 0}


def register(name):
    """Decorator: records the function or class under `name` and returns it unchanged."""
    def decorate(target):
        if name in HANDLERS:
            raise KeyError("handler registered twice: " + name)
        HANDLERS[name] = target
        CALLS["registered"] += 1
        if isinstance(target, type):
            MODELS[name] = target
        return target
    return decorate


def cached(function):
    """Decorator: remembers results by arguments (the arguments must be hashable)."""
    results = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in results:
            results[key] = function(*args, **kwargs)
        else:
            CALLS["cached"] += 1
        return results[key]

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    wrapper.__wrapped__ = function
    return wrapper


def lookup(name, default=None):
    """The handler registered under `name`."""
    return HANDLERS.get(name, default)


def names(prefix=""):
    """Registered names starting with `prefix`, sorted."""
    return sorted(name for name in HANDLERS if name.startswith(prefix))


class Registry:
    """A view on the handlers of one package."""

    def __init__(self, package):
        self.package = package

    def __contains__(self, name):
        return (self.package + "." + name) in HANDLERS

    def __getitem__(self, name):
        return HANDLERS[self.package + "." + name]

    def __len__(self):
        return len(names(self.package + "."))
'''

CORE_BASE = '''
MIX_MULTIPLIER = 1000003
MIX_MASK = 0xFFFFFFFF


def mix(total, value):
    """Folds `value` into the running checksum `total`."""
    return ((total * MIX_MULTIPLIER) ^ value) & MIX_MASK


class AppError(Exception):
    """The base of the application's errors."""

    code = "app.error"

    def __str__(self):
        return self.code + ": " + " ".join(str(arg) for arg in self.args)


class Model:
    """A record with named fields and per-class defaults."""

    fields = ()
    defaults = {}
    kind = "model"

    def __init__(self, **values):
        for field in self.fields:
            setattr(self, field, values.get(field, self.defaults.get(field)))

    @classmethod
    def make(cls, *values):
        return cls(**dict(zip(cls.fields, values)))

    def as_tuple(self):
        return tuple(getattr(self, field) for field in self.fields)

    def __eq__(self, other):
        return type(self) is type(other) and self.as_tuple() == other.as_tuple()

    def __hash__(self):
        return hash(self.as_tuple())

    def __repr__(self):
        inner = ", ".join(f"{field}={getattr(self, field)!r}" for field in self.fields)
        return f"{type(self).__name__}({inner})"


class Service:
    """Something that handles records and counts what it did."""

    name = "service"
    retries = 0

    def __init__(self):
        self.handled = 0

    def run(self, records):
        results = []
        for record in records:
            results.append(self.handle(record))
            self.handled += 1
        return results

    def handle(self, record):
        raise NotImplementedError(self.name)
'''

CORE_TEXT = '''
REPLACEMENTS = {" ": "-", "_": "-", ".": "-", "/": "-"}
STOP_WORDS = ("a", "an", "the", "of", "and", "or", "to", "in")


def slugify(text):
    """Lower-case, with separators turned into dashes."""
    out = text.lower()
    for old, new in REPLACEMENTS.items():
        out = out.replace(old, new)
    return out.strip("-")


def title(text):
    """Capitalizes every word except the stop words."""
    words = text.split()
    return " ".join(w if w in STOP_WORDS and i else w.capitalize() for i, w in enumerate(words))


def pad(text, width, fill=" "):
    """Left-justifies `text` to `width` characters."""
    return text + fill * max(0, width - len(text))
'''


def core_config(rng, package_names):
    features = []
    for name in package_names:
        for word in rng.sample(MODULE_WORDS, 4):
            features.append('    "%s.%s": %s,' % (name, word, rng.choice(["True", "False"])))
    return '''
DEFAULTS = {{"enabled": False, "retries": 3, "timeout": 30, "page_size": 50}}
FEATURES = {{
{features}
}}
LIMITS = {{name: (i + 1) * 100 for i, name in enumerate({names!r})}}
TIMEOUTS = tuple(DEFAULTS["timeout"] * (i + 1) for i in range(8))
'''.format(features="\n".join(features), names=tuple(package_names))


def package_init(rng, name, desc, mods):
    imports = ["from . import %s" % m.word for m in mods]
    # Real packages also re-export a few names from their modules.
    shown = rng.sample([m for m in mods if m.service], 3)
    for m in shown:
        imports.append("from .%s import %sService, summarize as summarize_%s" % (m.word, m.camel, m.word))
    exported = [m.word for m in mods] + ["%sService" % m.camel for m in shown]
    body = "\n__all__ = [\n%s\n]\nPACKAGE = \"%s\"\n" % (
        "\n".join('    "%s",' % e for e in exported), name)
    doc = "The %s package: %s. Importing it loads all of its modules." % (name, desc)
    return Source(os.path.join("app", name, "__init__.py"), doc, imports, body)


def lazily_loaded(picked):
    """The app modules a run loads under PEP 810 if every import is lazy.

    main.py's bindings reify the three modules it uses; summarize() and
    compute() then reify those modules' dependencies, whose digest() uses
    nothing further. Each module loaded at all needs its package and, for its
    module-level decorators and base classes, app.core.registry and
    app.core.base; the top-level package is always loaded. Every other binding
    stays lazy.
    """
    leaves = set()
    for m in picked:
        leaves.add(m)
        leaves.update(m.deps)
    names = {"app", "app.core", "app.core.registry", "app.core.base"}
    for m in leaves:
        names.add(m.dotted)
        names.add("app." + m.package)
    return sorted(names)


def generate(seed, packages, modules):
    """All files of the application, and the modules a lazy run should load."""
    rng = Rng(seed)
    layout, everything = plan(rng, packages, modules)
    names = [name for name, _, _ in layout]
    files = []

    app_imports = ["from app import core"] + ["from app import %s" % n for n in names]
    app_imports.append("from app.core.registry import HANDLERS, lookup")
    app_body = '''
VERSION = "1.{seed}.0"
PACKAGES = {names!r}


def handler_count():
    """How many handlers the loaded modules registered."""
    return len(HANDLERS)
'''.format(seed=seed, names=tuple(names))
    files.append(Source(os.path.join("app", "__init__.py"),
                        "The application's top-level package: importing it loads every subpackage.",
                        app_imports, app_body))

    core = ["registry", "base", "config", "text"]
    files.append(Source(os.path.join("app", "core", "__init__.py"),
                        "Shared infrastructure: the handler registry, base classes, configuration, text helpers.",
                        ["from . import %s" % c for c in core], "\nPACKAGE = \"core\"\n"))
    files.append(Source(os.path.join("app", "core", "registry.py"),
                        "The handler registry: decorators that record handlers and models by name.",
                        [], CORE_REGISTRY))
    files.append(Source(os.path.join("app", "core", "base.py"),
                        "Base classes and the checksum helper shared by every module.",
                        [], CORE_BASE))
    files.append(Source(os.path.join("app", "core", "config.py"),
                        "Deployment configuration: defaults, feature switches and limits.",
                        [], core_config(rng, names)))
    files.append(Source(os.path.join("app", "core", "text.py"),
                        "Small string helpers.", [], CORE_TEXT))

    for name, desc, mods in layout:
        files.append(package_init(rng, name, desc, mods))
        for m in mods:
            files.append(module_source(rng, m))

    # The entry point uses modules from the later packages, which depend on
    # the most, and from different packages, like a command that needs a
    # little of several areas.
    candidates = [m for m in everything[len(everything) // 2:] if len(m.deps) >= 3]
    picked = []
    for m in rng.sample(candidates, len(candidates)):
        # The first two are called through summarize(), which only modules
        # with a service have.
        if len(picked) < 2 and not m.service:
            continue
        if all(p.package != m.package for p in picked):
            picked.append(m)
        if len(picked) == ENTRY_USES:
            break
    if len(picked) < ENTRY_USES:
        raise SystemExit("these options leave too few modules for the entry point; use more packages or modules")
    first, second, third = picked
    main_imports = [
        "import app",
        "from app.%s import %s" % (first.package, first.word),
        "from %s import summarize as %s_summary" % (second.dotted, second.word),
        "import %s" % third.dotted,
    ]
    main_body = '''

def main():
    """Uses three modules out of the whole application and prints a checksum."""
    first = {w1}.summarize(7)
    second = {w2}_summary(11)
    third = {d3}.compute(13)
    combined = (first * 31 + second * 17 + third) % 1000000007
    print(f"app {{app.VERSION}} checksum {{first}} {{second}} {{third}} {{combined}}")


if __name__ == "__main__":
    main()
'''.format(w1=first.word, w2=second.word, d3=third.dotted)
    files.append(Source("main.py",
                        "Entry point of the generated application: loads the package API, then uses three of its modules.",
                        main_imports, main_body))
    # count_modules.py is a probe for the benchmark, not part of the measured
    # program, so its own imports stay eager in both variants.
    files.append(Source("count_modules.py",
                        "Runs main.main(), then prints how many app modules were loaded.",
                        None, '''
import sys
import main

main.main()
loaded = [name for name in sys.modules if name == "app" or name.startswith("app.")]
print("app modules loaded:", len(loaded))
'''))
    return files, lazily_loaded(picked)


def write_variant(root, files, lazy):
    total = 0
    for source in files:
        path = os.path.join(root, source.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if source.imports is None:
            text = source.render(False)
        else:
            text = source.render(lazy)
        data = text.encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def looks_generated(path):
    return os.path.isfile(os.path.join(path, "main.py")) and os.path.isdir(os.path.join(path, "app"))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write the start-up benchmark's application.")
    parser.add_argument("outdir", help="directory to write eager/ and lazy/ into")
    parser.add_argument("--seed", type=int, default=810, help="generator seed (default 810)")
    parser.add_argument("--packages", type=int, default=10,
                        help="subpackages besides app.core, at most %d (default 10)" % len(PACKAGES))
    parser.add_argument("--modules", type=int, default=20,
                        help="modules per subpackage; each gets this many plus 0 or 1 (default 20)")
    args = parser.parse_args(argv)
    if not 1 <= args.packages <= len(PACKAGES):
        raise SystemExit("--packages must be between 1 and %d" % len(PACKAGES))
    if not 3 <= args.modules <= len(MODULE_WORDS) - 3:
        raise SystemExit("--modules must be between 3 and %d" % (len(MODULE_WORDS) - 3))

    files, lazy_modules = generate(args.seed, args.packages, args.modules)
    for variant in VARIANTS:
        root = os.path.join(args.outdir, variant)
        if os.path.exists(root):
            # Old files would survive a smaller regeneration, so the variant
            # is rewritten from scratch; anything that is not a generated
            # application is left alone.
            if not looks_generated(root):
                raise SystemExit("%s exists and is not a generated application; not overwriting it" % root)
            shutil.rmtree(root)
    sizes = {}
    for variant in VARIANTS:
        sizes[variant] = write_variant(os.path.join(args.outdir, variant), files, variant == "lazy")
    # The benchmark compares what a lazy run loads with this list; it is
    # data about the application, not part of it.
    with open(os.path.join(args.outdir, EXPECTED_LAZY), "w", encoding="utf-8") as handle:
        handle.write("".join(name + "\n" for name in lazy_modules))
    app_modules = sum(1 for f in files if f.path.startswith("app" + os.sep))
    print("wrote %d app modules (%d files) per variant to %s: eager %d bytes, lazy %d bytes; "
          "with lazy imports a run should load %d app modules (%s)"
          % (app_modules, len(files), args.outdir, sizes["eager"], sizes["lazy"], len(lazy_modules),
             EXPECTED_LAZY))
    return 0


if __name__ == "__main__":
    sys.exit(main())
