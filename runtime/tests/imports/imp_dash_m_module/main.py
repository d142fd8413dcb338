# argv: -m tool alpha beta
"""`-m tool` runs tool.py as __main__: its __name__ is '__main__', __package__
is '', sys.argv[0] is the module's file, the remaining arguments follow, the
working directory is sys.path[0], and 'tool' itself is not in sys.modules.
This main.py only holds the directives."""
raise SystemExit("main.py is not the entry program of this case")
