"""Demo question pool for KD.3 Complex Problem-solving."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, true_false

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

ITEMS = [
    single(
        "What characterises problem-based learning?",
        [
            ("Students learn by investigating a real, open-ended problem over time and proposing a solution", True, ""),
            ("Students memorise solutions to problems worked by the teacher", False, ""),
            ("Students take a test made only of problems", False, ""),
        ],
    ),
    multiple(
        "Which features make a good driving question for a project? Choose all that apply.",
        [
            ("It is open-ended", True, ""),
            ("It is connected to students' lives or community", True, ""),
            ("It needs investigation that may cross subjects", True, ""),
            ("It has a single answer in the textbook", False, ""),
            ("It can be answered yes or no", False, ""),
        ],
    ),
    true_false(
        "In project-based learning the teacher's role shifts towards facilitating, questioning and giving feedback.",
        True,
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
    ),
    matching(
        "Match each tool with its role in a group's problem solving.",
        [
            ("Shared online document", "Co-writing the group's report"),
            ("Spreadsheet", "Analysing the data collected"),
            ("Mind-mapping tool", "Brainstorming and organising ideas"),
            ("Online survey form", "Collecting data from the community"),
        ],
    ),
    single(
        "How can group project work be assessed fairly?",
        [
            ("Combine a rubric for the group's product with evidence of each student's contribution", True, ""),
            ("Give everyone the mark of the strongest student", False, ""),
            ("Assess only the final presentation", False, ""),
        ],
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
        difficulty=1,
    ),
    extended(
        "Outline a two-week project in which your students use ICT to investigate a problem in their community. "
        "Give the driving question, the ICT tools and how you will assess the learning. You may write it here "
        "or upload your lesson plan.",
        "project-plan",
    ),
]
