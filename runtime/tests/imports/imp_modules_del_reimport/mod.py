"""Re-executed module: bumps the shared counter each time its body runs."""
import state

state.RUNS += 1
RUN = state.RUNS
VALUE = "mod run " + str(RUN)
print("running mod, run", RUN)


def describe():
    return "describe from run " + str(RUN)
