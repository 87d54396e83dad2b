"""Small helpers so the demo curriculum reads like text, not like StreamField JSON."""

from dataclasses import dataclass, field


def heading(text: str, size: str = "h2") -> tuple:
    return ("heading", {"text": text, "size": size})


def text(*paragraphs: str) -> tuple:
    """Paragraphs of rich text; a string starting with "<" is passed through as HTML (lists)."""
    html = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    return ("text", html)


def bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def numbered(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def callout(kind: str, title: str, *paragraphs: str) -> tuple:
    return ("callout", {"kind": kind, "title": title, "text": "".join(f"<p>{p}</p>" for p in paragraphs)})


def activity(title: str, *, goal: str, minutes: int, steps: list[str], materials=(), low_tech: str = "") -> tuple:
    return (
        "activity",
        {
            "title": title,
            "goal": goal,
            "minutes": minutes,
            "materials": list(materials),
            "steps": list(steps),
            "low_tech": low_tech,
        },
    )


def check(question: str, *options: tuple[str, bool, str]) -> tuple:
    return (
        "quick_check",
        {"question": question, "options": [{"text": t, "correct": c, "feedback": f} for t, c, f in options]},
    )


def reflect(prompt: str) -> tuple:
    return ("reflection", {"prompt": prompt})


def table(caption: str, header: list[str], *rows: list[str]) -> tuple:
    return (
        "table",
        {
            "data": [header, *rows],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    )


def image(name: str, alt: str, caption: str = "") -> tuple:
    """An image from cms/demo/images; the loader swaps the file name for the Wagtail image."""
    return ("image", {"image": name, "alt": alt, "caption": caption})


@dataclass
class Lesson:
    slug: str
    title: str
    summary: str
    minutes: int
    body: list[tuple]
    objectives: list[str] = field(default_factory=list)


@dataclass
class Module:
    slug: str
    title: str
    summary: str
    level: str
    competencies: list[str]
    minutes: int
    cover: str
    cover_alt: str
    lessons: list[Lesson]
    assessment: str = ""
    prerequisites: list[str] = field(default_factory=list)
    language: str = "en"
