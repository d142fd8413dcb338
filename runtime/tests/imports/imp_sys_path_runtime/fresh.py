"""`fresh` in the script directory; imported after lib2 is inserted, so shadowed."""
WHERE = "fresh from the script directory (wrong)"
