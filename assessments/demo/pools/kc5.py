# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.5 Learning Organizations."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.5"
MODULE_ASSESSMENT = "module-kc-5"

RUBRICS = {
    "school-ict-strategy": {
        "title": "One-page school ICT strategy",
        "criteria": [
            (
                "Vision and priorities",
                "KC.5",
                [
                    "A list of equipment to buy.",
                    "A vision unrelated to the school's learning priorities.",
                    "A learning-centred vision with a few priorities based on an audit.",
                    "A learning-centred vision agreed with staff, learners and parents, with priorities traced to audit evidence.",
                ],
            ),
            (
                "Sustainability and review",
                "KC.5",
                [
                    "No costs or review.",
                    "Purchase costs only.",
                    "Running costs, responsibilities and indicators with review dates.",
                    "Total cost of ownership, shared responsibilities, indicators on learning and equity, and a yearly review with an outside colleague.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.5.a",
        single(
            "What should a school ICT strategy start from?",
            [
                (
                    "The school's learning priorities and an honest audit of what it has",
                    True,
                    "Yes: a strategy serves learning goals with real resources.",
                ),
                (
                    "The equipment the school would like to buy",
                    False,
                    "Starting from equipment leads to devices without purpose.",
                ),
                ("What a neighbouring school has bought", False, "Another school's context and needs differ."),
                ("The newest technology on the market", False, "Novelty is not a learning priority."),
            ],
            "Vision first, equipment last: learning priorities and an audit come before purchases.",
        ),
        ordering(
            "Put the steps of building a school ICT strategy in order.",
            [
                "Audit devices, power, connectivity and skills",
                "Identify the school's learning priorities",
                "Agree a shared vision",
                "Choose first-year priorities",
                "Plan and cost actions",
                "Agree indicators and review dates",
            ],
            "Take stock, ask what learning needs, agree the vision, choose, plan and cost, then decide how to check.",
        ),
        multiple(
            "Which costs belong in the total cost of ownership of school devices? Choose all that apply.",
            [
                ("Repairs and spare parts", True, "Devices break; without a budget they stay broken."),
                ("Electricity and charging", True, "Power is a recurring cost, sometimes solved with solar."),
                ("Teacher training time", True, "Devices without skills go unused."),
                ("Eventual replacement", True, "Devices last only a few years."),
                ("The colour of the device cases", False, "Irrelevant to cost of ownership."),
            ],
            "Free devices are never free: running, support and replacement costs must be planned.",
        ),
        true_false(
            "Learners and parents should be involved in developing a school's ICT strategy, not only teachers.",
            True,
            "Learners know how devices are really used; parents may bring support and need to trust the plan.",
        ),
        numeric(
            "A school has 20 tablets that will last about 5 years. To replace them steadily, how many tablets should it budget to replace each year?",
            "4",
            feedback="20 ÷ 5 = 4 tablets a year: spreading replacement avoids a sudden crisis when all devices fail together.",
            difficulty=1,
        ),
        single(
            "Which vision statement best guides a school's technology choices?",
            [
                (
                    "Every learner in grades 1–3 hears stories in their home language and practises reading daily",
                    True,
                    "Yes: it names a learning goal that technology can serve in several ways.",
                ),
                ("A tablet for every child", False, "Equipment is a means, not a vision of learning."),
                ("Be the most modern school in the district", False, "Vague, and not about learning."),
            ],
            "A learning-centred vision lets the school choose the cheapest effective means.",
            difficulty=2,
        ),
        matching(
            "Match each often-forgotten running cost of school technology with a realistic answer.",
            [
                ("Unreliable electricity", "A charging timetable or solar panels"),
                ("Rising data costs", "Offline content first and a capped data plan"),
                ("Devices that break", "A yearly repair budget and a trained technician"),
                ("Teachers unsure how to use the devices", "Peer learning sessions in the timetable"),
            ],
            "A sustainable strategy budgets for running the technology, not only for acquiring it.",
            difficulty=2,
        ),
        extended(
            "Draft a one-page ICT strategy for your school: a summary of your audit, the learning priorities it serves, a three-sentence vision, three costed first-year actions including running costs, who is responsible, and the indicators and dates for review.",
            "school-ict-strategy",
            allow_file=True,
        ),
    ),
    *tagged(
        "KC.5.b",
        single(
            "Which is the clearest sign that a school works as a learning organisation?",
            [
                (
                    "Teachers regularly examine evidence of learning together and change their practice as a result",
                    True,
                    "Yes: shared enquiry leading to change.",
                ),
                ("It has a large computer room", False, "Equipment does not make an organisation learn."),
                (
                    "Every teacher attends one workshop a year",
                    False,
                    "Occasional training is not continuous shared learning.",
                ),
            ],
            "Learning organisations turn individual experience into shared, evidence-based improvement.",
        ),
        multiple(
            "Which of these are dimensions of a school as a learning organisation? Choose all that apply.",
            [
                ("A shared vision centred on every learner's learning", True, "The first dimension."),
                ("Teams of staff learning and collaborating", True, "Team learning is central."),
                ("A culture of enquiry and innovation", True, "Trying new approaches safely."),
                ("Learning from the community and other schools", True, "Learning with the outside world."),
                ("Decisions taken by the head teacher alone", False, "Leadership for learning is shared."),
            ],
            "The OECD model has seven dimensions, from shared vision to shared learning leadership.",
            difficulty=3,
        ),
        true_false(
            "A teacher needs a formal leadership post to help the school become a learning organisation.",
            False,
            "Teacher leadership shows in repeated actions: opening classrooms, bringing evidence, organising peer learning.",
        ),
        matching(
            "Match each school routine with the learning-organisation dimension it mainly supports.",
            [
                ("A shared folder of one-page notes on lessons that worked", "Systems for exchanging knowledge"),
                ("Lesson study in a subject team", "Team learning and collaboration"),
                ("A yearly review with a colleague from a partner school", "Learning with the outside world"),
            ],
            "Each routine turns individual experience into shared learning in a different way.",
        ),
        single(
            "Which indicator says most about whether the school's ICT strategy serves learning?",
            [
                (
                    "Progress on the learning priority it targets, such as grade 3 reading fluency",
                    True,
                    "Yes: measure learning alongside use and condition.",
                ),
                ("The number of devices owned", False, "Equipment, not learning."),
                ("The number of apps installed", False, "Says nothing about learning."),
            ],
            "Monitor a few indicators covering use, condition, learning, staff practice and equity.",
        ),
        ordering(
            "Put the steps of a yearly review of the school's ICT strategy in order.",
            [
                "Look at the indicators",
                "Ask learners, parents and staff what worked",
                "Check changes in policy, funding and risks",
                "Decide what to keep, change or stop",
                "Report back to the community",
            ],
            "Evidence, voices, context, decisions, then an open report that builds trust.",
            difficulty=2,
        ),
        short_text(
            "What is the name of the practice, which began in Japan, in which a team plans a lesson together, one member teaches it while others observe learners, and all revise it? Two words.",
            ["lesson study", "lesson studies", "lesson-study"],
            "Lesson study is a team-learning routine used from Japan to Zambia and Indonesia.",
        ),
        true_false(
            "Five minutes at each staff meeting in which one teacher shows one practice is a way of building the school's shared knowledge.",
            True,
            "Small, regular routines move knowledge from individual classrooms into the whole school.",
            difficulty=1,
        ),
    ),
]
