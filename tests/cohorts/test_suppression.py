"""Small cells: fewer than 5 teachers never show, and no published sum gives a hidden figure away."""

import csv
import io
import itertools

import pytest

from cohorts.permissions import Scope
from cohorts.selectors.overview import programme_overview
from cohorts.suppression import COMPLEMENT, SMALL, Cell, Node, suppress


def _tree(spec: dict) -> Node:
    """{"A": {"a1": {"x": n, ...}, ...}} → total → A → a1 with counts; registered is the first column."""

    def node(key, children):
        if isinstance(children, dict) and all(isinstance(v, int) for v in children.values()):
            return Node(key=key, cells={k: Cell(v) for k, v in children.items()})
        kids = [node((*key, name), sub) for name, sub in children.items()]
        columns = list(kids[0].cells)
        return Node(key=key, cells={c: Cell(sum(k.cells[c].value for k in kids)) for c in columns}, children=kids)

    return node((), spec)


def _recoverable(root: Node) -> set:
    """An attacker's view: every published sum is an equation; solve any with a single unknown, repeatedly."""
    known = {}
    equations = []
    for n in _nodes(root):
        for column, cell in n.cells.items():
            if not cell.hidden:
                known[(n.key, column)] = cell.value
        if n.children:
            for column in n.cells:
                equations.append(((n.key, column), [(c.key, column) for c in n.children]))
    solved = set()
    changed = True
    while changed:
        changed = False
        for parent, children in equations:
            unknown = [x for x in [parent, *children] if x not in known]
            if len(unknown) != 1:
                continue
            target = unknown[0]
            if target == parent:
                known[parent] = sum(known[c] for c in children)
            else:
                known[target] = known[parent] - sum(known[c] for c in children if c != target)
            solved.add(target)
            changed = True
    return solved


def _nodes(node):
    yield node
    for child in node.children:
        yield from _nodes(child)


def test_a_group_of_fewer_than_5_hides_every_figure():
    root = suppress(
        _tree({"K": {"big": {"registered": 30, "certified": 12}, "tiny": {"registered": 3, "certified": 0}}})
    )
    tiny = root.children[0].children[1]
    assert all(c.state == SMALL for c in tiny.cells.values())
    # and its complement in the same column is hidden too, or 30 + x = 33 would reveal it
    big = root.children[0].children[0]
    assert big.cells["registered"].state == COMPLEMENT


def test_a_count_of_1_to_4_in_a_large_group_is_hidden():
    root = suppress(
        _tree(
            {
                "K": {
                    "a": {"registered": 40, "certified": 2},
                    "b": {"registered": 50, "certified": 20},
                    "c": {"registered": 60, "certified": 30},
                }
            }
        )
    )
    a, b, c = root.children[0].children
    assert a.cells["certified"].state == SMALL and a.cells["registered"].state == "shown"
    assert b.cells["certified"].state == COMPLEMENT  # the smallest non-zero other figure
    assert c.cells["certified"].state == "shown"


def test_a_lonely_child_makes_its_parent_hidden():
    root = suppress(_tree({"K": {"only": {"registered": 3}}, "G": {"x": {"registered": 50}, "y": {"registered": 60}}}))
    kenya = next(n for n in root.children if n.key == ("K",))
    assert kenya.cells["registered"].hidden
    assert not _recoverable(root) & {(n.key, "registered") for n in _nodes(root) if n.cells["registered"].hidden}


@pytest.mark.parametrize("seed", range(40))
def test_no_hidden_figure_can_be_computed_from_the_published_ones(seed):
    import random

    rng = random.Random(seed)
    spec = {}
    for country in range(rng.randint(1, 3)):
        spec[f"C{country}"] = {}
        for region in range(rng.randint(1, 3)):
            spec[f"C{country}"][f"R{region}"] = {}
            for school in range(rng.randint(1, 4)):
                size = rng.choice([1, 2, 3, 4, 6, 9, 15, 40])
                spec[f"C{country}"][f"R{region}"][f"S{school}"] = {
                    "registered": size,
                    "active": rng.randint(0, size),
                    "certified": rng.randint(0, min(size, 5)),
                }
    root = suppress(_tree(spec))
    hidden = {(n.key, col) for n in _nodes(root) for col, cell in n.cells.items() if cell.hidden}
    small = {(n.key, col) for n in _nodes(root) for col, cell in n.cells.items() if cell.state == SMALL}
    assert not (_recoverable(root) & hidden)
    # and every primary cell really is small or in a small group
    for n in _nodes(root):
        for col, cell in n.cells.items():
            if 0 < cell.value < 5:
                assert (n.key, col) in small


def test_every_grouping_of_the_page_hides_a_small_school(db, client, administrator, make_user):
    for i in range(12):
        make_user(f"big{i}", country="Kenya", region="Nairobi", school="Riverside Primary")
    for i in range(6):
        make_user(f"mid{i}", country="Kenya", region="Nairobi", school="Westlands Secondary")
    for i in range(2):
        make_user(f"small{i}", country="Kenya", region="Nairobi", school="Tiny Hill School")
    client.force_login(administrator)
    html = client.get("/cohorts/overview/?by=school").content.decode()
    row = html[html.index("Tiny Hill School") :].split("</tr>")[0]
    assert "fewer than 5" in row and ">2<" not in row
    rows = list(
        csv.reader(io.StringIO(client.get("/cohorts/overview/?by=school&format=csv").content.decode("utf-8-sig")))
    )
    tiny = next(r for r in rows if "Tiny Hill School" in r)
    assert tiny[3] == "fewer than 5"
    total = next(r for r in rows if r[0] == "Total")
    westlands = next(r for r in rows if "Westlands Secondary" in r)
    riverside = next(r for r in rows if "Riverside Primary" in r)
    # Total (20) minus the schools shown must not give the small school's 2.
    shown = [int(v) for v in (westlands[3], riverside[3]) if v.isdigit()]
    assert not (total[3].isdigit() and len(shown) == 2)


def test_api_reports_suppression_the_same_way(db, client, administrator, make_user):
    for i, school in itertools.product(range(3), ["Tiny"]):
        make_user(f"s{i}", country="Kenya", region="Coast", school=school)
    for i in range(8):
        make_user(f"l{i}", country="Kenya", region="Coast", school="Large")
    client.force_login(administrator)
    data = client.get("/api/v1/reports/programme/overview?by=school").json()
    tiny = next(g for g in data["groups"] if g["group"][-1] == "Tiny")
    assert tiny["figures"]["registered"] == {"value": None, "suppressed": "fewer_than_5"}
    overview = programme_overview(scope=Scope())
    page_tiny = next(n for n in overview.rows(by="school") if n.key[-1] == "Tiny")
    assert page_tiny.cells["registered"].state == SMALL
