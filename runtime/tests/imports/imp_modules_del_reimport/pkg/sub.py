"""Re-executed submodule."""
import state

state.RUNS += 1
print("running pkg.sub")
