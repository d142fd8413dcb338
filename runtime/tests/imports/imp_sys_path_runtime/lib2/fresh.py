"""`fresh` in lib2/: found first."""
WHERE = "fresh from lib2/"
