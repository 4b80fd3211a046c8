"""The links between two sets, one to one, whose scores add up to the most."""

from __future__ import annotations

import math


def _best_matching(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """The links x→y (each x and each y at most once) whose scores add up to the most.

    The links fall into groups that share no x and no y (the pieces of one column width, the
    titles of one part of the page); each group's best links are found on their own
    (`_best_in_group`), as a group's do not depend on the others'.
    """
    matched: dict[int, int] = {}
    for group in _groups(scores):
        matched.update(_best_in_group({link: scores[link] for link in group}))
    return matched


def _groups(scores: dict[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    """The links `scores` in groups that share no x and no y, each in the order given."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for x, y in scores:
        parent[root(("x", x))] = root(("y", y))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for x, y in scores:
        groups.setdefault(root(("x", x)), []).append((x, y))
    return list(groups.values())


def _best_in_group(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """The links x→y whose scores add up to the most: the assignment problem, solved by the
    Hungarian method on a matrix of the x's by the y's and one more column for each x, where
    it stays unlinked at no cost (a y may stay unlinked as it is: a column may go unused)."""
    rows = sorted({x for x, _ in scores})
    cols = sorted({y for _, y in scores})
    if not scores:
        return {}
    n, m = len(rows), len(cols) + len(rows)
    forbidden = 1e9
    cost = [[forbidden] * (m + 1) for _ in range(n + 1)]
    for r, x in enumerate(rows, 1):
        for c, y in enumerate(cols, 1):
            if (x, y) in scores:
                cost[r][c] = -scores[x, y]
        cost[r][len(cols) + r] = 0.0  # x stays unlinked
    # e-maxx's O(n²m) Hungarian algorithm for n rows of m ≥ n columns, 1-based.
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)
    way = [0] * (m + 1)
    for r in range(1, n + 1):
        owner[0] = r
        j0 = 0
        least = [math.inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0]
            ui = u[i0]
            delta = math.inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    here = row[j] - ui - v[j]
                    if here < least[j]:
                        least[j] = here
                        way[j] = j0
                    if least[j] < delta:
                        delta = least[j]
                        j1 = j
            for j in range(m + 1):
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
        if r and cost[r][c] < forbidden:
            matched[rows[r - 1]] = y
    return matched
