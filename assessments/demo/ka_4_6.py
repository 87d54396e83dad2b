"""Demo questions for KA.4 Application, KA.5 Standard Classroom, KA.6 Digital Literacy."""

from .spec import matching, multiple, numeric, ordering, short_text, single, true_false

KA_4 = [
    single(
        "Which application is the best choice to calculate each student's average mark across several tests?",
        [
            ("A spreadsheet", True, "Formulas recalculate automatically when marks change."),
            ("A presentation program", False, ""),
            ("A web browser", False, ""),
            ("An image editor", False, ""),
        ],
        difficulty=1,
    ),
    numeric(
        "Cells A1 to A4 of a spreadsheet hold 12, 15, 18 and 15. What does =AVERAGE(A1:A4) show?",
        "15",
        feedback="(12 + 15 + 18 + 15) ÷ 4 = 60 ÷ 4 = 15.",
    ),
    short_text(
        "Which spreadsheet function adds up a range of cells? Give its name.",
        ["SUM", "=SUM*", "SUM(*"],
        "=SUM(A1:A10) adds the values of A1 to A10.",
        difficulty=1,
    ),
    true_false(
        "A cloud document shared as “anyone with the link can edit” can be changed by people outside the school.",
        True,
        "Share with named people, or view-only, when that is what you mean.",
    ),
    multiple(
        "Which of these are input devices? Choose all that apply.",
        [
            ("Keyboard", True, ""),
            ("Microphone", True, ""),
            ("Scanner", True, ""),
            ("Projector", False, "A projector outputs images."),
            ("Printer", False, "A printer outputs paper."),
        ],
        difficulty=1,
    ),
    matching(
        "Match each file extension with the kind of file it usually is.",
        [
            (".docx", "Word-processing document"),
            (".xlsx", "Spreadsheet"),
            (".pptx", "Presentation"),
            (".pdf", "Fixed-layout document for sharing or printing"),
        ],
        difficulty=1,
    ),
    single(
        "What is the safest way to share a large class video with parents?",
        [
            ("Upload it to the school's approved storage and share a view-only link with the parents", True, ""),
            ("Post it publicly on a social network", False, "Students' images need protection."),
            ("Email it as an attachment to every parent", False, "Large attachments often fail and spread copies."),
        ],
        difficulty=2,
    ),
    ordering(
        "Put the steps of building a simple class mark book in a spreadsheet in order.",
        [
            "Type the column headings (Name, Test 1, Test 2, Average)",
            "Enter the students' names and marks",
            "Write a formula for the first student's average",
            "Copy the formula down for every student",
            "Sort or chart the results",
        ],
    ),
    single(
        "Which password is strongest?",
        [
            ("A long passphrase of several unrelated words, used for this account only", True, ""),
            ("Your date of birth", False, "Easy to guess."),
            ("The same password you use everywhere", False, "One leak opens every account."),
            ("“password123”", False, "One of the most common passwords."),
        ],
        difficulty=1,
    ),
]

KA_5 = [
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

KA_6 = [
    single(
        "Which is the best way to judge whether a website is a reliable source for your teaching?",
        [
            (
                "Check who publishes it and their expertise, when it was updated, and whether claims cite sources",
                True,
                "",
            ),
            ("Trust it if it appears first in the search results", False, "Ranking is not reliability."),
            ("Trust it if the design looks professional", False, ""),
        ],
    ),
    multiple(
        "Which are forms of online professional learning for teachers? Choose all that apply.",
        [
            ("An online course (MOOC)", True, ""),
            ("An online community of practice", True, ""),
            ("A webinar followed by discussion", True, ""),
            ("Forwarding chain messages", False, ""),
        ],
        difficulty=1,
    ),
    true_false(
        "Material on the internet without a copyright notice is free to reuse for any purpose.",
        False,
        "Works are protected by copyright by default; look for an open licence.",
    ),
    short_text(
        "What is the usual abbreviation for a “massive open online course”?",
        ["MOOC", "MOOCs"],
        difficulty=1,
    ),
    matching(
        "Match each Creative Commons licence element with its meaning.",
        [
            ("BY", "Credit the creator"),
            ("SA", "Share adaptations under the same licence"),
            ("NC", "Non-commercial use only"),
            ("ND", "No adaptations may be shared"),
        ],
    ),
    ordering(
        "Put the four moves of the SIFT method for checking online information in order.",
        [
            "Stop",
            "Investigate the source",
            "Find better coverage",
            "Trace claims, quotes and media to the original context",
        ],
        "SIFT (Mike Caulfield) is a quick routine for evaluating online information.",
        difficulty=3,
    ),
    numeric(
        "How many competencies of the ICT CFT version 3 belong to the Knowledge Acquisition level?",
        "6",
        difficulty=1,
    ),
    single(
        "An email from “IT support” asks you to confirm your school password through a link. What should you do?",
        [
            ("Not click; report it to the school's IT contact through a channel you already know", True, ""),
            ("Click and enter your password quickly", False, "This is a typical phishing attempt."),
            ("Reply with your password", False, "Nobody legitimate asks for your password."),
        ],
        difficulty=1,
    ),
    single(
        "How does a digital professional learning portfolio help a teacher?",
        [
            (
                "It collects evidence of what they learned and their reflection on how it changed their practice",
                True,
                "",
            ),
            ("It replaces the need for any further learning", False, ""),
            ("It stores students' private records", False, ""),
        ],
        difficulty=2,
    ),
]
