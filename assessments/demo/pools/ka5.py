# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.5 Standard Classroom."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.5"
MODULE_ASSESSMENT = "module-ka-5"

ITEMS = [
    *tagged(
        "KA.5.a",
        single(
            "A class of 32 students has 4 computers. Which arrangement is most practical?",
            [
                ("Learning stations: groups rotate to the computers while other groups do offline tasks", True, ""),
                ("Only the fastest students use the computers", False, "Access must be equitable."),
                ("The teacher uses the computers alone", False, ""),
            ],
            feedback="Stations let every group use the computers in turn while the others work offline on related tasks.",
        ),
    ),
    *tagged(
        "KA.5.a",
        numeric(
            "40 students in groups of 4 take turns at one computer station, 10 minutes per group. How many minutes "
            "until every group has had a turn?",
            "100",
            feedback="40 ÷ 4 = 10 groups; 10 × 10 minutes = 100 minutes.",
        ),
    ),
    *tagged(
        "KA.5.c",
        true_false(
            "Cables across walkways are acceptable if students are told to be careful.",
            False,
            "Route or cover cables: a trip hazard is a safety issue whatever the warnings.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.5.b",
        multiple(
            "Which choices make an ICT classroom more inclusive? Choose all that apply.",
            [
                ("The projected screen can be read from every seat", True, ""),
                ("Students can enlarge text on their devices", True, ""),
                ("There is room for a wheelchair at a computer station", True, ""),
                ("Students with low vision sit at the back", False, "They need to sit where they can see."),
                ("Computers are reserved for the highest achievers", False, ""),
            ],
            feedback="Inclusion is planned into the room: seeing the screen, adjusting text and reaching the station.",
        ),
    ),
    *tagged(
        "KA.5.a",
        single(
            "The projector fails in the middle of a lesson. What should the teacher do first?",
            [
                ("Switch to the prepared backup activity that does not need the projector", True, ""),
                ("Send the students home", False, ""),
                ("Spend the rest of the lesson repairing it", False, ""),
            ],
            difficulty=1,
            feedback="A prepared backup keeps the lesson going; fix the projector later, not while the class waits.",
        ),
    ),
    *tagged(
        "KA.5.c",
        ordering(
            "Put a classroom routine for shared devices in order.",
            [
                "Students collect their numbered device",
                "They log in with their own account",
                "They work on the task",
                "They save their work to their folder",
                "They log out and return the device to the charging trolley",
            ],
            feedback="A fixed routine saves time, protects learners' work and gets every device back charged for the next class.",
        ),
    ),
    *tagged(
        "KA.5.a",
        matching(
            "Match each classroom layout with the activity it suits best.",
            [
                ("Computers along the walls", "The teacher sees every screen during individual work"),
                ("Clusters of tables with one device each", "Small-group collaboration"),
                ("Rows facing a projector", "Whole-class demonstration"),
                ("A single station at the back", "Rotating individual practice"),
            ],
            feedback="Choose the layout for the activity: visibility for individual work, clusters for groups, rows for demonstration.",
        ),
    ),
    *tagged(
        "KA.5.c",
        short_text(
            "What is the usual name of the school document that sets the rules for using devices and the internet? "
            "(three words, or its abbreviation)",
            ["acceptable use policy", "AUP", "acceptable use agreement"],
            feedback="An acceptable use policy (or agreement) sets out how learners and staff may use the school's devices and internet.",
        ),
    ),
    *tagged(
        "KA.5.b",
        true_false(
            "Equitable access means every student gets comparable time and opportunity with the technology.",
            True,
            difficulty=1,
            feedback="Equitable access is about comparable opportunity, which may mean extra time for those who have no device at home.",
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.5.a",
        single(
            "You have one projector and a class of 50. Where should the screen go?",
            [
                (
                    "At the front, out of direct sunlight, high enough to be seen from the back, with you standing to one side",
                    True,
                    "Yes: every learner sees it and you do not block the image.",
                ),
                ("Next to the window, where it is brightest", False, "Sunlight washes out the image."),
                (
                    "Low down behind the teacher's desk",
                    False,
                    "Learners at the back cannot see over the heads in front.",
                ),
                ("At the back of the room", False, "Learners would have to turn away from you and the board."),
            ],
            "Check the view from the worst seat before the lesson.",
        ),
        single(
            "A computer room has 20 computers and your class has 40 learners. Which arrangement suits a word-processing practice lesson?",
            [
                (
                    "Pairs at each computer: one types, one checks against the task card, and they swap halfway",
                    True,
                    "Yes: everyone works, and the checker learns as much as the typist.",
                ),
                (
                    "Half the class waits outside until the first half finishes",
                    False,
                    "Half the lesson is lost for half the class.",
                ),
                ("All 40 learners gather round the teacher's screen", False, "Nobody practises."),
                ("The teacher demonstrates and nobody else touches a computer", False, "Skills come from doing."),
            ],
            "Give each person at a shared device a role, and swap roles.",
        ),
    ),
    *tagged(
        "KA.5.b",
        multiple(
            "Which practices give girls and boys fair access to a small number of devices? Choose all that apply.",
            [
                (
                    "A rota in which the role of device operator changes each lesson",
                    True,
                    "Everyone gets hands-on time.",
                ),
                (
                    "Girls-only groups where girls are otherwise crowded out",
                    True,
                    "A simple, effective fix where it is needed.",
                ),
                ("A list of who has had a turn", True, "Fairness you can check."),
                (
                    "The most confident learners keep the device",
                    False,
                    "The confident get more practice; the gap grows.",
                ),
                (
                    "Devices only for learners who have one at home",
                    False,
                    "The reverse of fair: those without access at home need school access most.",
                ),
            ],
            "Fair access is planned and checked, not left to whoever reaches first.",
        ),
        numeric(
            "42 learners work in groups of 3, and 6 tablets are available, one per group. How many rotations are "
            "needed for every group to have one turn?",
            "3",
            feedback="42 ÷ 3 = 14 groups; 14 ÷ 6 = 2.33, so 3 rotations (the last with only 2 groups, time for a catch-up).",
            difficulty=3,
        ),
        matching(
            "Match each learner's need with a classroom adjustment.",
            [
                ("Low vision", "Larger text or zoom, and a seat near the screen"),
                ("Hearing impairment", "Captions and written instructions"),
                ("Uses a wheelchair", "A station at table height with a clear path to it"),
                (
                    "New to the language of instruction",
                    "A partner who shares the home language, and audio in that language",
                ),
            ],
            "Small adjustments planned in advance let every learner take part.",
        ),
    ),
    *tagged(
        "KA.5.c",
        true_false(
            "During long screen work, a short break every 20 minutes or so to look at something far away helps reduce eye strain.",
            True,
            "Regular short breaks rest the eyes; build them into device routines.",
            difficulty=1,
        ),
        ordering(
            "Put the steps of putting shared tablets away at the end of the day in order.",
            [
                "Count the tablets back in against the list",
                "Check each one for damage and note any problem",
                "Plug them in on a dry, hard surface away from water",
                "Switch off the charging point when they are full or when you leave",
                "Lock the cupboard and keep the key in the agreed place",
            ],
            "A routine protects the devices and makes a missing or broken one visible the same day.",
        ),
        short_text(
            "Which device, placed between the wall socket and a computer, protects it from sudden power spikes? (two words)",
            ["surge protector", "surge suppressor", "voltage stabiliser", "voltage stabilizer"],
            "Where the supply is unstable, a surge protector or voltage stabiliser saves equipment; a UPS also bridges short cuts.",
            difficulty=2,
        ),
    ),
]
