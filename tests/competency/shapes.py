"""CASE packages shaped like other teacher frameworks, written by us for structure tests.

Only the SHAPE is theirs: DigCompEdu (JRC, 2017) has 6 areas holding 22 competences, each described at six
proficiency levels A1–C2; UNESCO's AI competency framework for teachers (2024) has 5 dimensions at 3
progression levels (Acquire, Deepen, Create). Every text here is a placeholder of ours, not the publishers'.
"""

import json
import uuid

NS = uuid.UUID("0f5d6a34-8a55-4d0b-9b7e-3c1f6f0c1a77")
DIGCOMPEDU_AREAS = [3, 3, 3, 5, 3, 5]  # competences per area: 22 in all
DIGCOMPEDU_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]
AI_CFT_LEVELS = ["Acquire", "Deepen", "Create"]
AI_CFT_DIMENSIONS = 5


def _id(*parts) -> str:
    return str(uuid.uuid5(NS, "|".join(map(str, parts))))


class Package:
    def __init__(self, name: str, code: str):
        self.doc = _id(code)
        self.items, self.assocs = [], []
        self.document = {"identifier": self.doc, "title": name, "humanCodingScheme": code, "version": "1",
                         "notes": "Structure test written by the project; not the publisher's text."}  # fmt: skip

    def item(self, kind: str, code: str, statement: str) -> str:
        ident = _id(self.doc, kind, code)
        self.items.append({"identifier": ident, "CFItemType": kind, "humanCodingScheme": code,
                           "fullStatement": statement})  # fmt: skip
        return ident

    def link(self, kind: str, origin: str, destination: str, seq: int | None = None) -> None:
        entry = {
            "identifier": _id(origin, kind, destination),
            "associationType": kind,
            "originNodeURI": {"identifier": origin},
            "destinationNodeURI": {"identifier": destination},
        }
        if seq is not None:
            entry["sequenceNumber"] = seq
        self.assocs.append(entry)

    def json(self) -> str:
        return json.dumps({"CFDocument": self.document, "CFItems": self.items, "CFAssociations": self.assocs})


def digcompedu_shaped() -> str:
    """6 areas (aspect groups) × 22 competences (aspects) × scale A1–C2 (levels) = 132 cells."""
    p = Package("DigCompEdu-shaped test framework", "digcompedu-shape")
    levels = {}
    for n, code in enumerate(DIGCOMPEDU_LEVELS, start=1):
        levels[code] = p.item("Level", code, f"Proficiency {code}")
        p.link("isChildOf", levels[code], p.doc, n)
    seq = 0
    for area_no, count in enumerate(DIGCOMPEDU_AREAS, start=1):
        area = p.item("Aspect", f"{area_no}", f"Area {area_no}")
        seq += 1
        p.link("isChildOf", area, p.doc, seq)
        for comp_no in range(1, count + 1):
            competence = p.item("Aspect", f"{area_no}.{comp_no}", f"Competence {area_no}.{comp_no}")
            seq += 1
            p.link("isChildOf", competence, area, seq)
            for level in DIGCOMPEDU_LEVELS:
                code = f"{area_no}.{comp_no}.{level}"
                cell = p.item("Competency", code, f"Competence {area_no}.{comp_no} at {level}")
                p.link("isChildOf", cell, levels[level])
                p.link("isPartOf", cell, competence)
    return p.json()


def ai_cft_shaped() -> str:
    """5 dimensions (aspects) × 3 progression levels = 15 competencies."""
    p = Package("AI CFT-shaped test framework", "ai-cft-shape")
    levels = [p.item("Level", f"L{n}", name) for n, name in enumerate(AI_CFT_LEVELS, start=1)]
    for n, level in enumerate(levels, start=1):
        p.link("isChildOf", level, p.doc, n)
    for d in range(1, AI_CFT_DIMENSIONS + 1):
        dimension = p.item("Aspect", f"D{d}", f"Dimension {d}")
        p.link("isChildOf", dimension, p.doc, 3 + d)
        for n, level in enumerate(levels, start=1):
            cell = p.item("Competency", f"D{d}.L{n}", f"Dimension {d} at level {n}")
            p.link("isChildOf", cell, level)
            p.link("isPartOf", cell, dimension)
    return p.json()
