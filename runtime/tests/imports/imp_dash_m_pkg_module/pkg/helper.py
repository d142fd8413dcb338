"""Sibling of pkg.tool, imported relatively."""
print("running", __name__)


def shout(text):
    return text.upper()
