"""Plain import in normal mode: eager, never shown to the filter."""
print("loading fa_eager")
