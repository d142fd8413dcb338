"""Package whose module the filter treats differently by resolved name."""
print("loading rpf")
