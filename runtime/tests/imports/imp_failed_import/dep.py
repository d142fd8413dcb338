"""Dependency imported by bad before it fails."""
print("running dep")
