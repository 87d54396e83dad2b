# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.3 Complex Problem-solving.

The first nine items keep their place: question ids derive from the assessment slug and the index.
"""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.3"
MODULE_ASSESSMENT = "module-kd-3"

RUBRICS = {
    "project-plan": {
        "title": "Project-based lesson plan",
        "criteria": [
            (
                "Driving question",
                "KD.3",
                [
                    "No question, or one with a single textbook answer.",
                    "A question that is open but not connected to students' lives.",
                    "An open question about a real local problem.",
                    "An open, real question students helped shape, needing work across subjects.",
                ],
            ),
            (
                "ICT for investigation",
                "KD.3",
                [
                    "ICT is decoration.",
                    "ICT is used to look up information only.",
                    "Students use ICT to collect and analyse data.",
                    "Students use ICT to collect, analyse, collaborate on and publish their findings.",
                ],
            ),
            (
                "Assessment",
                "KD.3",
                [
                    "No assessment described.",
                    "Only a final mark for the product.",
                    "A rubric for the product.",
                    "A rubric for the product plus evidence of each student's contribution and reflection.",
                ],
            ),
        ],
    },
}

_ORIGINAL = [
    single(
        "What characterises problem-based learning?",
        [
            (
                "Students learn by investigating a real, open-ended problem over time and proposing a solution",
                True,
                "Yes: the problem drives the learning, over days or weeks.",
            ),
            (
                "Students memorise solutions to problems worked by the teacher",
                False,
                "That is practice of worked examples, not problem-based learning.",
            ),
            (
                "Students take a test made only of problems",
                False,
                "A test of problems is assessment, not a way of learning through a problem.",
            ),
        ],
        "In problem-based learning a real, open problem drives the learning over time.",
    ),
    multiple(
        "Which features make a good driving question for a project? Choose all that apply.",
        [
            ("It is open-ended", True, "Open questions leave room for investigation."),
            ("It is connected to students' lives or community", True, "Relevance motivates and grounds the inquiry."),
            ("It needs investigation that may cross subjects", True, "Real problems rarely fit one subject."),
            ("It has a single answer in the textbook", False, "Then there is nothing to investigate."),
            ("It can be answered yes or no", False, "A closed question ends the inquiry at once."),
        ],
        "A driving question is open, real and needs investigation.",
    ),
    true_false(
        "In project-based learning the teacher's role shifts towards facilitating, questioning and giving feedback.",
        True,
        "Learners do more of the thinking; the teacher plans, questions, coaches and gives feedback.",
        difficulty=1,
    ),
    ordering(
        "Put the phases of an ICT-supported project in order.",
        [
            "Pose the driving question",
            "Plan the investigation and the roles in each group",
            "Research and collect data with ICT tools",
            "Create and revise the product",
            "Present to an audience and reflect",
        ],
        "Question, plan, investigate, create and revise, then present and reflect.",
    ),
    matching(
        "Match each tool with its role in a group's problem solving.",
        [
            ("Shared online document", "Co-writing the group's report"),
            ("Spreadsheet", "Analysing the data collected"),
            ("Mind-mapping tool", "Brainstorming and organising ideas"),
            ("Online survey form", "Collecting data from the community"),
        ],
        "Each tool serves one part of the group's work; offline equivalents (paper forms, chart paper) do the same job.",
    ),
    single(
        "How can group project work be assessed fairly?",
        [
            (
                "Combine a rubric for the group's product with evidence of each student's contribution",
                True,
                "Yes: product and individual contribution are both assessed.",
            ),
            ("Give everyone the mark of the strongest student", False, "This hides who learned what."),
            ("Assess only the final presentation", False, "The process and each learner's part would be invisible."),
        ],
        "Fair group assessment looks at the product and at each learner's contribution.",
    ),
    numeric(
        "Students record rainfall for 5 days: 12, 0, 8, 20 and 10 mm. What is the mean daily rainfall in mm?",
        "10",
        feedback="(12 + 0 + 8 + 20 + 10) ÷ 5 = 50 ÷ 5 = 10 mm.",
        difficulty=1,
    ),
    short_text(
        "Teachers often abbreviate problem-based and project-based learning the same way. What is the abbreviation?",
        ["PBL"],
        "PBL stands for both problem-based and project-based learning.",
        difficulty=1,
    ),
    extended(
        "Outline a two-week project in which your students use ICT to investigate a problem in their community. "
        "Give the driving question, the ICT tools and how you will assess the learning. You may write it here "
        "or upload your lesson plan.",
        "project-plan",
    ),
]

# The objective each of the first nine items serves, in their order.
_ORIGINAL_OBJECTIVES = ["KD.3.a", "KD.3.b", "KD.3.a", "KD.3.c", "KD.3.c", "KD.3.c", "KD.3.c", "KD.3.a", "KD.3.b"]

ITEMS = [
    *(tagged(code, item)[0] for code, item in zip(_ORIGINAL_OBJECTIVES, _ORIGINAL, strict=True)),
    *tagged(
        "KD.3.a",
        multiple(
            "Why does collaborative project work deepen understanding when it is well structured? Choose all that apply.",
            [
                (
                    "Explaining an idea to peers exposes gaps in one's own understanding",
                    True,
                    "Talk makes thinking visible.",
                ),
                (
                    "Disagreement pushes learners to look for evidence",
                    True,
                    "Handled well, challenge leads to analysis.",
                ),
                (
                    "Learners bring different knowledge from home and community",
                    True,
                    "Diverse knowledge enriches the group's reasoning.",
                ),
                (
                    "The strongest learner can do the work for everyone",
                    False,
                    "Then only one learner deepens understanding.",
                ),
            ],
            "Reasoning, evidence and diverse knowledge are what make collaboration productive.",
        ),
        matching(
            "Match each talk move with a sentence starter learners can use in project groups.",
            [
                ("Claim", "I think ... because ..."),
                ("Evidence", "Our data shows ..."),
                ("Challenge", "How do we know ...?"),
                ("Revise", "We changed our mind because ..."),
            ],
            "Sentence starters teach learners to reason together.",
            difficulty=2,
        ),
        true_false(
            "A project that ends in a well-decorated poster has necessarily deepened learners' understanding of the key concepts.",
            False,
            "A product can be polished without much thinking; reasoning with evidence and reflection show understanding.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KD.3.b",
        single(
            "Which problem best suits a four-week ICT-supported project for lower-secondary learners?",
            [
                (
                    "How can our school reduce the litter left after market day?",
                    True,
                    "Real, local, open, linked to science and mathematics, answerable in weeks.",
                ),
                ("What is the capital of France?", False, "A closed fact, answerable in seconds."),
                (
                    "How can we end world hunger?",
                    False,
                    "Important, but too large for learners to investigate and act on in four weeks.",
                ),
            ],
            "A good project problem is real, open, linked to key concepts and sized for learners.",
            difficulty=2,
        ),
        short_text(
            "What do we call the open, real question that frames a project and guides learners' inquiry? (two words)",
            ["driving question", "driving questions"],
            "The driving question frames the whole project.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KD.3.c",
        ordering(
            "Put the steps of a two-minute group stand-up at the start of a project session in order.",
            [
                "Each group says what it did last session",
                "Each group says what it will do today",
                "Each group names what blocks it",
                "The teacher visits blocked groups first",
            ],
            "Done, next, blocked; then the teacher acts on the blocks.",
            difficulty=1,
        ),
        numeric(
            "Twelve project groups each photograph their task board every session. There are 3 sessions a week for 4 weeks. How many board photos will the teacher receive?",
            "144",
            feedback="12 groups × 3 sessions × 4 weeks = 144 photos: enough to see which groups are stuck without visiting all of them.",
            difficulty=2,
        ),
        single(
            "While learners collect survey data from community members for their project, what should they do?",
            [
                (
                    "Ask permission before recording, say how the answers will be used and keep raw data apart from calculations",
                    True,
                    "Yes: honest, ethical data handling is part of the project.",
                ),
                (
                    "Record people without telling them, to get natural answers",
                    False,
                    "Recording without consent is unethical and may be unlawful.",
                ),
                (
                    "Change surprising answers so the results look tidy",
                    False,
                    "Data must be reported honestly, including surprises.",
                ),
            ],
            difficulty=2,
        ),
    ),
]
