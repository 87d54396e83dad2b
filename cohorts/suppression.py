"""Small-cell suppression with complementary suppression (ADR 0090).

Published figures form a hierarchy of sums: schools add up to their region, regions to their country,
countries to the total. For each column:

1. Primary: a group of fewer than THRESHOLD teachers has every figure hidden ("fewer than 5"); in a larger
   group, a count from 1 to THRESHOLD−1 is hidden.
2. Complementary, repeated until nothing changes, for every parent and its children:
   - parent shown, exactly one child hidden → the child = parent − the others: hide one more child (the smallest
     non-zero shown one), or the parent itself when no child is left to hide;
   - parent hidden, every child shown → the parent = sum of the children: hide the smallest child.
   So no hidden figure is ever the only unknown of a published sum.
"""

from dataclasses import dataclass, field

THRESHOLD = 5

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
    size_column: str = "registered"


def _primary(node: Node) -> None:
    small_group = node.cells[node.size_column].value < THRESHOLD
    for cell in node.cells.values():
        if small_group or 0 < cell.value < THRESHOLD:
            cell.state = SMALL
    for child in node.children:
        _primary(child)


def _walk(node: Node):
    yield node
    for child in node.children:
        yield from _walk(child)


def _hide_one(children: list[Node], column: str) -> bool:
    shown = [c for c in children if not c.cells[column].hidden]
    if not shown:
        return False
    # The smallest non-zero figure loses least information; a hidden zero protects little, so it comes last.
    shown.sort(key=lambda c: (c.cells[column].value == 0, c.cells[column].value, c.key))
    shown[0].cells[column].state = COMPLEMENT
    return True


def suppress(root: Node) -> Node:
    """Apply primary then complementary suppression to the whole tree, in place; returns root."""
    _primary(root)
    columns = list(root.cells)
    changed = True
    while changed:
        changed = False
        for node in _walk(root):
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
    return root


def suppress_series(rows: list[dict[str, Cell]]) -> None:
    """Monthly figures: hide small counts, and never leave one hidden month that the column sum would reveal."""
    if not rows:
        return
    columns = list(rows[0])
    for row in rows:
        for cell in row.values():
            if 0 < cell.value < THRESHOLD:
                cell.state = SMALL
    for column in columns:
        hidden = [r for r in rows if r[column].hidden]
        if len(hidden) == 1:
            shown = sorted(
                (r for r in rows if not r[column].hidden), key=lambda r: (r[column].value == 0, r[column].value)
            )
            if shown:
                shown[0][column].state = COMPLEMENT
