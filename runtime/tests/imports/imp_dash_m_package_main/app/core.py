"""Submodule used by app/__main__.py."""
print("running", __name__)


def run(args):
    return "core.run got " + ", ".join(args)
