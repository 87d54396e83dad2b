# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.5 Collaborative Groups."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.5"
MODULE_ASSESSMENT = "module-kd-5"

RUBRICS = {
    "group-work-plan": {
        "title": "Plan for collaborative group work with few devices",
        "criteria": [
            (
                "Space and devices",
                "KD.5",
                [
                    "No layout, or one where most learners cannot reach a device.",
                    "A layout that gives access but not to every group.",
                    "A layout in which every group reaches the devices, with power planned.",
                    "A tested layout covering power, sightlines, noise, access and safety.",
                ],
            ),
            (
                "Roles and accountability",
                "KD.5",
                [
                    "No roles or norms.",
                    "Roles named but not rotated; no individual evidence.",
                    "Rotating roles and agreed norms.",
                    "Rotating roles, agreed norms and evidence of each learner's contribution.",
                ],
            ),
            (
                "Learning partners",
                "KD.5",
                [
                    "No one outside the class is involved.",
                    "Partners are mentioned without a role.",
                    "One partner with a clear contribution and channel.",
                    "Partners with clear contributions, a low-tech channel and privacy rules.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KD.5.a",
        single(
            "You have one tablet and 40 learners for a group project. Which layout keeps every group working?",
            [
                (
                    "Stations, one of them with the tablet, with groups rotating on a timer",
                    True,
                    "Yes: every group reaches the tablet and has other work between turns.",
                ),
                (
                    "Rows facing the board, with the tablet on the teacher's desk",
                    False,
                    "Rows hinder group talk and most learners never touch the tablet.",
                ),
                ("One group uses the tablet all lesson while the others wait", False, "Most learners are idle."),
            ],
            difficulty=1,
        ),
        multiple(
            "Which practical details should you check when arranging a room for group work with devices? Choose all that apply.",
            [
                ("How devices will be charged", True, "Power decides whether devices are usable."),
                ("Whether every group member can see the screen", True, "Sightlines decide who takes part."),
                (
                    "Space for a learner using a wheelchair to reach the device table",
                    True,
                    "Access is part of the layout.",
                ),
                ("Cables running across walkways", False, "That is a hazard to avoid, not a feature to check for."),
            ],
            "Power, sightlines, noise, access and safety decide whether a layout works.",
        ),
        numeric(
            "A lesson has 60 minutes of group work. Five groups rotate through five stations, spending the same time at each. How many minutes does each group spend at the tablet station?",
            "12",
            feedback="60 ÷ 5 = 12 minutes per station, so 12 minutes at the tablet station.",
            difficulty=1,
        ),
        true_false(
            "At Knowledge Deepening the room layout is a teaching decision: it should support learners facing each other, talking and reaching devices when they need them.",
            True,
            "Layout shapes how groups collaborate, so it is planned with the learning in mind.",
            difficulty=1,
        ),
        matching(
            "Match each room layout with the situation it suits best.",
            [
                ("Stations", "A class with one to three devices"),
                ("Clusters with a shared device", "Several devices, one per group"),
                ("Device corner", "A room with a single working socket"),
                ("Outside and inside", "Fieldwork with a phone while others analyse in class"),
            ],
            "Choose the layout from the devices, power and task you actually have.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.5.b",
        single(
            "How should you form groups for a term-long collaborative project?",
            [
                (
                    "Mix levels, genders and languages on purpose, and keep the groups stable for the project",
                    True,
                    "Yes: deliberate mixing and stability support collaboration on long work.",
                ),
                (
                    "Let friends choose to work together",
                    False,
                    "Friendship groups often exclude some learners and reinforce gaps.",
                ),
                (
                    "Put all the fastest learners in one group",
                    False,
                    "Streaming groups leaves the other groups without support.",
                ),
            ],
            difficulty=2,
        ),
        ordering(
            "Put the steps of managing a collaborative project session in order.",
            [
                "Run a short stand-up with each group",
                "Visit the groups that reported a block",
                "Offer extension tasks to groups that finish early",
                "Groups update their progress and return devices to charge",
            ],
            "Start with the stand-up, coach where needed, stretch the quick groups, close with updates.",
        ),
        single(
            "During a project, the same boy operates his group's phone every session while two girls only watch. What is the best response?",
            [
                (
                    "Introduce rotating roles, including a named device role each session",
                    True,
                    "Yes: roles share access and responsibility.",
                ),
                ("Take the tablet away from the group", False, "This removes access for everyone."),
                ("Leave it: that learner is the most skilled", False, "The others lose the chance to learn."),
            ],
            difficulty=1,
        ),
        short_text(
            "What is the name of the very short meeting at the start of a session in which each group says what it did, what it will do next and what blocks it? (a term borrowed from project management)",
            ["stand-up", "standup", "stand up", "stand-up meeting", "standup meeting", "daily stand-up"],
            "A stand-up of a minute or two per group tells you where to go first.",
            difficulty=2,
        ),
        multiple(
            "Which practices give individual accountability within group work? Choose all that apply.",
            [
                (
                    "Each learner writes or records a short individual reflection",
                    True,
                    "Shows each learner's understanding.",
                ),
                ("A randomly chosen member explains the group's work", True, "Everyone must be ready to explain."),
                ("Peer ratings of contribution against the rubric", True, "Makes each member's part visible."),
                ("Giving every member the group's mark with no other evidence", False, "Hides who learned what."),
            ],
            difficulty=2,
        ),
        true_false(
            "For a short task, changing group membership helps learners work with everyone over a term; for a long project, stable groups usually work better.",
            True,
            "Short tasks benefit from variety; long projects need stable groups to build shared work.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.5.c",
        true_false(
            "Families who have only a basic phone that receives SMS and calls can still be learning partners in a project.",
            True,
            "A weekly SMS or a voice call is enough for families to follow and support the work.",
            difficulty=1,
        ),
        single(
            "Schools close for three weeks after floods. Most families have basic phones and a few have smartphones. How should you keep project groups working?",
            [
                (
                    "Design tasks that work by SMS, calls or radio, and add richer materials for those who can use them",
                    True,
                    "Yes: plan for the lowest common tool, then enrich.",
                ),
                ("Move everything to live video lessons", False, "Most learners could not join."),
                (
                    "Pause the projects until school reopens",
                    False,
                    "Learning can continue with the tools families have.",
                ),
            ],
            difficulty=2,
        ),
        matching(
            "Match each learning partner with a contribution they can make through simple ICT.",
            [
                ("Families", "Help at home after a weekly voice note on what the class is learning"),
                ("A health worker", "Answers learners' questions in a phone call on speaker"),
                ("A class in another school", "Compares data and gives peer feedback by file exchange"),
                ("Older learners", "Mentor younger groups at the device station"),
            ],
            "Partners extend collaboration beyond the classroom.",
        ),
        multiple(
            "You add families and learners to a messaging group for a project. Which privacy practices should you follow? Choose all that apply.",
            [
                ("Share phone numbers only with consent", True, "Numbers are personal data."),
                ("Keep a parent or colleague in any group that includes learners", True, "A safeguarding practice."),
                ("Never post learners' photos publicly without permission", True, "Images of learners need consent."),
                (
                    "Add learners to any group they ask to join, without checking",
                    False,
                    "Groups with learners need consent and oversight.",
                ),
            ],
            "Managing the channel safely is part of managing learning partners.",
            difficulty=3,
        ),
        extended(
            "Plan collaborative group work for a project with the devices your school really has. Describe the room "
            "layout and how every group reaches the devices, the groups, roles and norms, how you will see each "
            "learner's contribution, and one learning partner from outside the class with the channel you will use "
            "and its privacy rules. You may write it here or upload a plan or a photo of your layout.",
            "group-work-plan",
        ),
    ),
]
