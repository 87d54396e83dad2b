"""Demo questions for KD.3 Complex Problem-solving and KC.6 Teacher as Innovator, with their rubrics."""

from .spec import extended, matching, multiple, numeric, ordering, short_text, single, true_false

LEVELS = [("Beginning", "1"), ("Developing", "2"), ("Proficient", "3"), ("Exemplary", "4")]

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

KD_3 = [
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

KC_6 = [
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
