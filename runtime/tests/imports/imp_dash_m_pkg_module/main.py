# argv: -m pkg.tool x --flag
"""`-m pkg.tool` imports pkg first, then runs pkg/tool.py as __main__ with
__package__ 'pkg', so its relative imports work; sys.argv[0] is tool.py's path.
This main.py only holds the directives."""
raise SystemExit("main.py is not the entry program of this case")
