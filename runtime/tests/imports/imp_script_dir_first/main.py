# argv: app/run.py first second
"""The directory of the script (here `app/`, not the working directory) is
sys.path[0]: `app/run.py` finds `app/helper.py` rather than `./helper.py`, and
modules only in the working directory are not found. This main.py only holds
the directives; the entry program is app/run.py."""
raise SystemExit("main.py is not the entry program of this case")
