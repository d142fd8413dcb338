"""Counts its executions in sys, so a reload shows."""
import sys

print("loading rl_mod")
sys.rl_mod_runs = getattr(sys, "rl_mod_runs", 0) + 1
COUNT = sys.rl_mod_runs
