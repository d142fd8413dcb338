"""Holds a run counter shared by the modules that are re-executed."""
RUNS = 0
