"""Has a lazy star import, so it fails to compile."""
print("loading bad_star")
lazy from bs_target import *
