"""The links between two sets, one to one, whose scores add up to the most."""

from __future__ import annotations

import math


def _best_matching(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """The links x→y (each x and each y at most once) whose scores add up to the most.

    The assignment problem, solved by the Hungarian method on a square matrix where every x
    and every y may also stay unlinked at no cost.
    """
    rows = sorted({x for x, _ in scores})
    cols = sorted({y for _, y in scores})
    n = len(rows) + len(cols)
    if not scores:
        return {}
    forbidden = 1e9
    cost = [[forbidden] * (n + 1) for _ in range(n + 1)]
    for r, x in enumerate(rows, 1):
        for c, y in enumerate(cols, 1):
            if (x, y) in scores:
                cost[r][c] = -scores[x, y]
        cost[r][len(cols) + r] = 0.0  # x stays unlinked
    for c in range(1, len(cols) + 1):
        cost[len(rows) + c][c] = 0.0  # y stays unlinked
        for k in range(len(cols) + 1, n + 1):
            cost[len(rows) + c][k] = 0.0
    # e-maxx's O(n³) Hungarian algorithm, 1-based.
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)
    way = [0] * (n + 1)
    for r in range(1, n + 1):
        owner[0] = r
        j0 = 0
        least = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0]
            delta = math.inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    here = row[j] - u[i0] - v[j]
                    if here < least[j]:
                        least[j] = here
                        way[j] = j0
                    if least[j] < delta:
                        delta = least[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    matched: dict[int, int] = {}
    for c, y in enumerate(cols, 1):
        r = owner[c]
        if 1 <= r <= len(rows) and cost[r][c] < forbidden:
            matched[rows[r - 1]] = y
    return matched
