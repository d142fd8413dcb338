"""`shared` in lib2/."""
WHERE = "shared from lib2/"
