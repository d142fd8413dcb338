"""`shadow` in the script directory; imported before lib2 is inserted."""
WHERE = "shadow from the script directory"
