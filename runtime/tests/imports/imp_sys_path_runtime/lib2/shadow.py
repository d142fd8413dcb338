"""`shadow` in lib2/: never loaded, the script directory's was imported first."""
WHERE = "shadow from lib2/ (wrong)"
