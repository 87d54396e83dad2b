"""Small-cell suppression with complementary suppression (ADR 0090, ADR 0153).

Published figures form a hierarchy of sums: schools add up to their region, regions to their country,
countries to the total. For each column:

1. Primary: a group of fewer than THRESHOLD teachers has every figure hidden ("fewer than 5"); in a larger
   group, a count from 1 to THRESHOLD−1 is hidden.
2. Complementary, repeated until nothing changes, for every parent and its children:
   - parent shown, exactly one child hidden → the child = parent − the others: hide one more child (the smallest
     non-zero shown one), or the parent itself when no child is left to hide;
   - parent hidden, every child shown → the parent = sum of the children: hide the smallest child.
3. Bounds (ADR 0153). Rule 2 alone is not enough: a reader also knows what a label means. A listed group has at
   least one teacher, "fewer than 5" is 1 to 4, "suppressed" is 0 or at least 5. Total 35 − Kenya 31 = 4 over
   four listed countries that each say "fewer than 5" makes each exactly 1. `disclosed` plays that reader:
   it narrows every hidden figure to an interval through every published sum (and "no column exceeds the
   teachers registered") until nothing changes; a hidden figure whose interval is one number other than 0 is
   disclosed. While one is, hide one more figure of a sum that pinned it (deepest first), or, when everything
   there is already hidden, stop breaking that group down (a group of fewer than 5 with four schools lists no
   schools).

`suppress` (the tree) and `suppress_series` (the months) are the only entry points: the page, the CSV, the XLSX,
the background exports and the API all publish what they decided.
"""

import math
from dataclasses import dataclass, field

THRESHOLD = 5
SIZE_COLUMN = "registered"

SHOWN, SMALL, COMPLEMENT = "shown", "small", "complement"


@dataclass
class Cell:
    value: int
    state: str = SHOWN

    @property
    def hidden(self) -> bool:
        return self.state != SHOWN


@dataclass
class Node:
    """One published row: a group of teachers and its counts; children sum to it column by column."""

    key: tuple
    cells: dict[str, Cell]
    children: list["Node"] = field(default_factory=list)
    size_column: str = SIZE_COLUMN


# --- what a reader can work out -------------------------------------------------------------------------------


@dataclass(eq=False)
class Bound:
    """What a reader knows of one published figure: lo ≤ value ≤ hi, and for "suppressed", not 1..THRESHOLD−1."""

    cell: Cell
    lo: float
    hi: float
    gap: bool = False

    @property
    def pinned(self) -> bool:
        # A hidden figure worked out to be 0 is not counted: zeros are published (ADR 0090), and a total of 0
        # makes every part of it 0 whatever is hidden.
        return self.cell.hidden and self.lo == self.hi > 0


def bound_of(cell: Cell, *, listed: bool, small_group: bool) -> Bound:
    """`listed`: the figure counts the teachers of a group shown as a row (so it is at least 1)."""
    if not cell.hidden:
        return Bound(cell, cell.value, cell.value)
    if cell.state == SMALL:
        # In a small group every figure says "fewer than 5", zeros included, except the size of a listed group.
        return Bound(cell, 1 if (listed or not small_group) else 0, THRESHOLD - 1)
    return Bound(cell, THRESHOLD if listed else 0, math.inf, gap=True)


def _narrow(bound: Bound, lo: float, hi: float) -> bool:
    lo, hi = max(bound.lo, lo), min(bound.hi, hi)
    if bound.gap:  # 0 or ≥ THRESHOLD: an interval inside the gap collapses to one side
        if hi < THRESHOLD:
            hi = 0
        if lo > 0:
            lo = max(lo, THRESHOLD)
    if lo > hi:  # cannot happen with true figures; keep the reader's knowledge consistent
        return False
    changed = (lo, hi) != (bound.lo, bound.hi)
    bound.lo, bound.hi = lo, hi
    return changed


def propagate(sums: list[tuple[Bound, list[Bound]]], caps: list[tuple[Bound, Bound]]) -> None:
    """Narrow every bound through `sums` (parent = Σ children) and `caps` (first ≤ second) to a fixed point."""
    for _round in range(200):
        changed = False
        for parent, children in sums:
            low = sum(c.lo for c in children)
            finite_high = sum(c.hi for c in children if c.hi != math.inf)
            unbounded = sum(1 for c in children if c.hi == math.inf)
            changed |= _narrow(parent, low, finite_high if not unbounded else math.inf)
            # Linear in the children: the others' sums are the totals less this child (inf counted apart). Totals
            # taken before a sibling narrowed are only looser, so what they conclude still holds.
            for child in children:
                others_lo = low - child.lo
                if child.hi == math.inf:
                    others_hi = math.inf if unbounded > 1 else finite_high
                else:
                    others_hi = math.inf if unbounded else finite_high - child.hi
                changed |= _narrow(child, parent.lo - others_hi, parent.hi - others_lo)
        for small, big in caps:
            changed |= _narrow(small, 0, big.hi)
        if not changed:
            return


def _walk(node: Node, depth: int = 0):
    yield node, depth
    for child in node.children:
        yield from _walk(child, depth + 1)


def _tree_bounds(root: Node) -> tuple[dict[tuple[int, str], Bound], list, list]:
    bounds: dict[tuple[int, str], Bound] = {}
    for node, _depth in _walk(root):
        small_group = node.cells[node.size_column].state == SMALL
        for column, cell in node.cells.items():
            listed = column == node.size_column and node is not root
            bounds[(id(node), column)] = bound_of(cell, listed=listed, small_group=small_group)
    sums, caps = [], []
    for node, _depth in _walk(root):
        size = bounds[(id(node), node.size_column)]
        for column in node.cells:
            if column != node.size_column:
                caps.append((bounds[(id(node), column)], size))
            if node.children:
                sums.append((bounds[(id(node), column)], [bounds[(id(child), column)] for child in node.children]))
    return bounds, sums, caps


def disclosed(root: Node) -> list[tuple[Node, str]]:
    """Hidden figures a reader can compute exactly from what is published, deepest first."""
    bounds, sums, caps = _tree_bounds(root)
    propagate(sums, caps)
    found = [
        (depth, node, column)
        for node, depth in _walk(root)
        for column in node.cells
        if bounds[(id(node), column)].pinned
    ]
    found.sort(key=lambda item: -item[0])
    return [(node, column) for _depth, node, column in found]


# --- deciding what to hide ------------------------------------------------------------------------------------


def _primary(node: Node) -> None:
    small_group = node.cells[node.size_column].value < THRESHOLD
    for cell in node.cells.values():
        if small_group or 0 < cell.value < THRESHOLD:
            cell.state = SMALL
    for child in node.children:
        _primary(child)


def _hide_one(children: list[Node], column: str) -> bool:
    shown = [c for c in children if not c.cells[column].hidden]
    if not shown:
        return False
    # The smallest non-zero figure loses least information; a hidden zero protects little, so it comes last.
    shown.sort(key=lambda c: (c.cells[column].value == 0, c.cells[column].value, c.key))
    shown[0].cells[column].state = COMPLEMENT
    return True


def _lonely_cells(root: Node, columns: list[str]) -> None:
    """Rule 2: no published sum with exactly one hidden figure."""
    changed = True
    while changed:
        changed = False
        for node, _depth in _walk(root):
            if not node.children:
                continue
            for column in columns:
                parent = node.cells[column]
                hidden = sum(1 for c in node.children if c.cells[column].hidden)
                if not parent.hidden and hidden == 1:
                    if not _hide_one(node.children, column):
                        parent.state = COMPLEMENT
                    changed = True
                elif parent.hidden and hidden == 0:
                    changed = _hide_one(node.children, column) or changed


def _parents(root: Node) -> dict[int, Node]:
    return {id(child): node for node, _depth in _walk(root) for child in node.children}


def _protect(node: Node, column: str, parent: Node | None) -> None:
    """Hide one more figure so that `node`'s `column` is no longer pinned."""
    if parent is not None:
        if _hide_one([c for c in parent.children if c is not node], column):
            return
        if not parent.cells[column].hidden:
            parent.cells[column].state = COMPLEMENT
            return
    if node.children and _hide_one(node.children, column):
        return
    if node.children:
        node.children = []  # everything in its sum is hidden already: list it as one group
    elif parent is not None:
        parent.children = []
    else:  # pragma: no cover - a root without children has no sum to pin it
        raise AssertionError("a lone total cannot be pinned")


def suppress(root: Node) -> Node:
    """Apply primary, complementary and bound-aware suppression to the whole tree, in place; returns root."""
    _primary(root)
    columns = list(root.cells)
    while True:
        _lonely_cells(root, columns)
        pinned = disclosed(root)
        if not pinned:
            return root
        node, column = pinned[0]
        _protect(node, column, _parents(root).get(id(node)))


def series_disclosed(rows: list[dict[str, Cell]], totals: dict[str, Cell] | None = None) -> list[tuple[int, str]]:
    """Hidden monthly figures a reader can compute exactly: months add up to `totals` (when published)."""
    found = []
    for column in rows[0] if rows else []:
        bounds = [bound_of(row[column], listed=False, small_group=False) for row in rows]
        total = (totals or {}).get(column)
        if total is not None:
            propagate([(bound_of(total, listed=False, small_group=False), bounds)], [])
        found.extend((i, column) for i, b in enumerate(bounds) if b.pinned)
    return found


def suppress_series(rows: list[dict[str, Cell]], totals: dict[str, Cell] | None = None) -> None:
    """Monthly figures: hide small counts, and never leave a hidden month the published total would reveal.

    `totals`: a column's figure published elsewhere that its months add up to (teachers registered, when every
    teacher registered within the months shown).
    """
    if not rows:
        return
    for row in rows:
        for cell in row.values():
            if 0 < cell.value < THRESHOLD:
                cell.state = SMALL
    for column in rows[0]:
        if (totals or {}).get(column) is None and sum(1 for r in rows if r[column].hidden) == 1:
            # No published sum: one hidden month reveals nothing exact, but the old rule stays (ADR 0090).
            _hide_one_row(rows, column)
    while pinned := series_disclosed(rows, totals):
        if not _hide_one_row(rows, pinned[0][1]):
            return  # every month of that column is hidden already
    return


def _hide_one_row(rows: list[dict[str, Cell]], column: str) -> bool:
    shown = sorted((r for r in rows if not r[column].hidden), key=lambda r: (r[column].value == 0, r[column].value))
    if not shown:
        return False
    shown[0][column].state = COMPLEMENT
    return True
