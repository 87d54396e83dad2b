"""Demo question pool for KA.5 Standard Classroom."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.5"
MODULE_ASSESSMENT = "module-ka-5"

ITEMS = [
    single(
        "A class of 32 students has 4 computers. Which arrangement is most practical?",
        [
            ("Learning stations: groups rotate to the computers while other groups do offline tasks", True, ""),
            ("Only the fastest students use the computers", False, "Access must be equitable."),
            ("The teacher uses the computers alone", False, ""),
        ],
    ),
    numeric(
        "40 students in groups of 4 take turns at one computer station, 10 minutes per group. How many minutes "
        "until every group has had a turn?",
        "100",
        feedback="40 ÷ 4 = 10 groups; 10 × 10 minutes = 100 minutes.",
    ),
    true_false(
        "Cables across walkways are acceptable if students are told to be careful.",
        False,
        "Route or cover cables: a trip hazard is a safety issue whatever the warnings.",
        difficulty=1,
    ),
    multiple(
        "Which choices make an ICT classroom more inclusive? Choose all that apply.",
        [
            ("The projected screen can be read from every seat", True, ""),
            ("Students can enlarge text on their devices", True, ""),
            ("There is room for a wheelchair at a computer station", True, ""),
            ("Students with low vision sit at the back", False, "They need to sit where they can see."),
            ("Computers are reserved for the highest achievers", False, ""),
        ],
    ),
    single(
        "The projector fails in the middle of a lesson. What should the teacher do first?",
        [
            ("Switch to the prepared backup activity that does not need the projector", True, ""),
            ("Send the students home", False, ""),
            ("Spend the rest of the lesson repairing it", False, ""),
        ],
        difficulty=1,
    ),
    ordering(
        "Put a classroom routine for shared devices in order.",
        [
            "Students collect their numbered device",
            "They log in with their own account",
            "They work on the task",
            "They save their work to their folder",
            "They log out and return the device to the charging trolley",
        ],
    ),
    matching(
        "Match each classroom layout with the activity it suits best.",
        [
            ("Computers along the walls", "The teacher sees every screen during individual work"),
            ("Clusters of tables with one device each", "Small-group collaboration"),
            ("Rows facing a projector", "Whole-class demonstration"),
            ("A single station at the back", "Rotating individual practice"),
        ],
    ),
    short_text(
        "What is the usual name of the school document that sets the rules for using devices and the internet? "
        "(three words, or its abbreviation)",
        ["acceptable use policy", "AUP", "acceptable use agreement"],
    ),
    true_false(
        "Equitable access means every student gets comparable time and opportunity with the technology.",
        True,
        difficulty=1,
    ),
]
