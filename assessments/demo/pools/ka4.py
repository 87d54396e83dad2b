"""Demo question pool for KA.4 Application."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.4"
MODULE_ASSESSMENT = "module-ka-4"

ITEMS = [
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
