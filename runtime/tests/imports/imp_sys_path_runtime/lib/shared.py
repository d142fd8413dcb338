"""`shared` in lib/: shadowed by lib2/ once lib2 is inserted first."""
WHERE = "shared from lib/ (wrong)"
