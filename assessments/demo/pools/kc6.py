"""Demo question pool for KC.6 Teacher as Innovator."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KC.6"
MODULE_ASSESSMENT = "module-kc-6"

RUBRICS = {
    "innovation-reflection": {
        "title": "Reflection on a teaching innovation",
        "criteria": [
            (
                "Evidence-based reflection",
                "KC.6",
                [
                    "Describes the change only.",
                    "Gives opinions about the effect.",
                    "Uses evidence from students' work to judge the effect.",
                    "Uses evidence to judge the effect and plans the next cycle.",
                ],
            ),
            (
                "Sharing with peers",
                "KC.6",
                [
                    "Not shared.",
                    "Shared informally.",
                    "Shared with a professional community.",
                    "Shared openly (e.g. as OER) and improved with peers' feedback.",
                ],
            ),
        ],
    },
}

ITEMS = [
    single(
        "What is action research for a teacher?",
        [
            ("A cycle: plan a change in your practice, act, observe the effects, reflect, then plan again", True, ""),
            ("Reading research articles about other schools", False, "Useful, but it is not action research."),
            ("Letting students research actions on the internet", False, ""),
        ],
    ),
    ordering(
        "Put the steps of an action research cycle in order.",
        [
            "Identify a problem in your practice",
            "Plan an intervention",
            "Act: put it into practice",
            "Observe and collect evidence",
            "Reflect and revise",
        ],
    ),
    multiple(
        "Which are good ways to share a teaching innovation? Choose all that apply.",
        [
            ("Publish the materials as open educational resources", True, ""),
            ("Present it in a teachers' network or webinar", True, ""),
            ("Mentor colleagues who want to try it", True, ""),
            ("Keep the materials private to protect your advantage", False, ""),
        ],
        difficulty=1,
    ),
    true_false(
        "Reflecting on evidence from students' work is a key part of innovating in one's teaching.",
        True,
        difficulty=1,
    ),
    matching(
        "Match each term with its meaning.",
        [
            ("Community of practice", "Teachers who share a concern and learn together regularly"),
            ("Open educational resource", "Openly licensed material others may reuse and adapt"),
            ("Pilot", "A small trial before wider adoption"),
            ("Peer observation", "Colleagues watch each other teach and exchange feedback"),
        ],
    ),
    single(
        "How can you tell whether a new app improved learning in your class?",
        [
            (
                "Compare evidence of learning against the objective before and after, ideally with a comparison group",
                True,
                "",
            ),
            ("Ask whether students enjoyed it", False, "Enjoyment is not evidence of learning."),
            ("Count how many minutes students used it", False, "Use is not learning."),
        ],
        difficulty=3,
    ),
    short_text(
        "Which Creative Commons licence lets anyone reuse and adapt your materials provided they credit you? "
        "Give its short code.",
        ["CC BY", "CC-BY", "CC BY 4.0", "CCBY"],
    ),
    numeric(
        "In your pilot, 18 of 24 students reached the objective. What percentage is that?",
        "75",
        feedback="18 ÷ 24 = 0.75, that is 75 %.",
        difficulty=1,
    ),
    extended(
        "Describe a change you made (or will make) in your teaching with ICT: what you changed, the evidence "
        "you collected of its effect on learning, what you concluded, and how you shared it with colleagues.",
        "innovation-reflection",
        allow_file=False,
    ),
]
