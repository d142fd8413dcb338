"""Function traces too short for the usual minimum, which end at their
function's return, in deep recursion: `sum_list` leaves its list in
data-stack slots that the `is_even`/`is_odd` frames later reuse, and their
traces inline each other, call through `_CALL` and return with held locals
(an empty mask: `n` is an int). A stencil that released a stale slot there
corrupted the heap."""


def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)


print(sum_list(list(range(800))))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(850), is_odd(851), is_even(7))
