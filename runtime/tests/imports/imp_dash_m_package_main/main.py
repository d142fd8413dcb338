# argv: -m app one two
"""`-m app` on a package runs app/__main__.py as __main__ (after running
app/__init__.py): __package__ is 'app' and sys.argv[0] is __main__.py's path.
This main.py only holds the directives."""
raise SystemExit("main.py is not the entry program of this case")
