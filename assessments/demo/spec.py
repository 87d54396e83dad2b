"""Compact constructors for demo questions (plain dicts, turned into models by demo_assessments_ensure)."""


def single(text, options, feedback="", difficulty=1):
    return {"type": "single", "text": text, "options": options, "feedback": feedback, "difficulty": difficulty}


def multiple(text, options, feedback="", difficulty=2, scoring="proportional"):
    return {
        "type": "multiple",
        "text": text,
        "options": options,
        "feedback": feedback,
        "difficulty": difficulty,
        "scoring": scoring,
    }


def true_false(text, answer, feedback="", difficulty=1):
    return {"type": "true_false", "text": text, "answer": answer, "feedback": feedback, "difficulty": difficulty}


def numeric(text, answer, tolerance="0", feedback="", difficulty=2):
    return {
        "type": "numeric",
        "text": text,
        "answer": answer,
        "tolerance": tolerance,
        "feedback": feedback,
        "difficulty": difficulty,
    }


def short_text(text, accepted, feedback="", difficulty=2):
    return {"type": "short_text", "text": text, "accepted": accepted, "feedback": feedback, "difficulty": difficulty}


def ordering(text, items, feedback="", difficulty=2):
    return {"type": "ordering", "text": text, "items": items, "feedback": feedback, "difficulty": difficulty}


def matching(text, pairs, feedback="", difficulty=2):
    return {"type": "matching", "text": text, "pairs": pairs, "feedback": feedback, "difficulty": difficulty}


def extended(text, rubric, feedback="", difficulty=3, allow_file=True):
    return {
        "type": "extended",
        "text": text,
        "rubric": rubric,
        "feedback": feedback,
        "difficulty": difficulty,
        "allow_file": allow_file,
    }


# The rubric scale every demo rubric uses: label and points per level.
LEVELS = [("Beginning", "1"), ("Developing", "2"), ("Proficient", "3"), ("Exemplary", "4")]


def tagged(objective: str, *items: dict) -> list[dict]:
    """The items, each tagged to one framework objective (code such as "KA.1.a")."""
    return [{**item, "objective": objective} for item in items]
