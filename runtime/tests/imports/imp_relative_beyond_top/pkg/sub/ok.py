"""Module in pkg.sub climbing two levels, to the top package: allowed."""
from .. import TOP_NAME
