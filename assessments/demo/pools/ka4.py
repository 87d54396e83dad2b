# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.4 Application."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.4"
MODULE_ASSESSMENT = "module-ka-4"

ITEMS = [
    *tagged(
        "KA.4.b",
        single(
            "Which application is the best choice to calculate each student's average mark across several tests?",
            [
                ("A spreadsheet", True, "Formulas recalculate automatically when marks change."),
                ("A presentation program", False, ""),
                ("A web browser", False, ""),
                ("An image editor", False, ""),
            ],
            difficulty=1,
            feedback="A spreadsheet calculates averages with a formula and updates them when a mark changes.",
        ),
    ),
    *tagged(
        "KA.4.b",
        numeric(
            "Cells A1 to A4 of a spreadsheet hold 12, 15, 18 and 15. What does =AVERAGE(A1:A4) show?",
            "15",
            feedback="(12 + 15 + 18 + 15) ÷ 4 = 60 ÷ 4 = 15.",
        ),
    ),
    *tagged(
        "KA.4.b",
        short_text(
            "Which spreadsheet function adds up a range of cells? Give its name.",
            ["SUM", "=SUM*", "SUM(*"],
            "=SUM(A1:A10) adds the values of A1 to A10.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.4.d",
        true_false(
            "A cloud document shared as “anyone with the link can edit” can be changed by people outside the school.",
            True,
            "Share with named people, or view-only, when that is what you mean.",
        ),
    ),
    *tagged(
        "KA.4.a",
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
            feedback="Input devices send information into the computer (keys, sound, images); output devices such as screens, speakers and printers bring it out.",
        ),
    ),
    *tagged(
        "KA.4.a",
        matching(
            "Match each file extension with the kind of file it usually is.",
            [
                (".docx", "Word-processing document"),
                (".xlsx", "Spreadsheet"),
                (".pptx", "Presentation"),
                (".pdf", "Fixed-layout document for sharing or printing"),
            ],
            difficulty=1,
            feedback="The extension tells you which program opens a file; PDF keeps its layout on any device.",
        ),
    ),
    *tagged(
        "KA.4.c",
        single(
            "What is the safest way to share a large class video with parents?",
            [
                ("Upload it to the school's approved storage and share a view-only link with the parents", True, ""),
                ("Post it publicly on a social network", False, "Students' images need protection."),
                ("Email it as an attachment to every parent", False, "Large attachments often fail and spread copies."),
            ],
            difficulty=2,
            feedback="Approved storage with a view-only link keeps the video off public sites and lets you control who sees it.",
        ),
    ),
    *tagged(
        "KA.4.b",
        ordering(
            "Put the steps of building a simple class mark book in a spreadsheet in order.",
            [
                "Type the column headings (Name, Test 1, Test 2, Average)",
                "Enter the students' names and marks",
                "Write a formula for the first student's average",
                "Copy the formula down for every student",
                "Sort or chart the results",
            ],
            feedback="Headings, then data, then one formula copied down: the spreadsheet does the arithmetic for every learner.",
        ),
    ),
    *tagged(
        "KA.4.d",
        single(
            "Which password is strongest?",
            [
                ("A long passphrase of several unrelated words, used for this account only", True, ""),
                ("Your date of birth", False, "Easy to guess."),
                ("The same password you use everywhere", False, "One leak opens every account."),
                ("“password123”", False, "One of the most common passwords."),
            ],
            difficulty=1,
            feedback="Length beats complexity: several unrelated words are long, easy to remember and hard to guess. Never reuse a password across accounts.",
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.4.a",
        single(
            "The projector shows “No signal” when you connect the laptop. What should you try first?",
            [
                (
                    "Check the cable at both ends and choose the right input on the projector or the laptop's display key",
                    True,
                    "Yes: most “No signal” messages come from a loose cable or the wrong input.",
                ),
                ("Restart the school's internet router", False, "A projector cable does not depend on the internet."),
                ("Ask the school to buy a new projector", False, "Try the simple checks first."),
                ("Reinstall the laptop's operating system", False, "Far too drastic for a display problem."),
            ],
            "Check the simple things first: power, cable, input.",
        ),
        short_text(
            "Which short-range wireless link lets you send a file from one phone to another without the internet? (one word)",
            ["Bluetooth"],
            "Bluetooth (or a phone's nearby-share feature built on it) moves files with no data cost.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.4.b",
        numeric(
            'Marks for 30 learners are in cells B2 to B31. The formula =COUNTIF(B2:B31,">=50") returns 21. How many '
            "learners scored below 50?",
            "9",
            feedback="COUNTIF counted the 21 learners at 50 or above; 30 − 21 = 9 learners scored below 50.",
        ),
    ),
    *tagged(
        "KA.4.c",
        multiple(
            "Which search techniques narrow results to useful teaching material? Choose all that apply.",
            [
                ("Put an exact phrase in quotation marks", True, "Finds the phrase as written."),
                ("Add the subject and the grade or age level", True, "Filters out material for the wrong learners."),
                ("Use site: to search only one trusted website", True, "For example site:unesco.org."),
                ("Type one very general word", False, "Gives millions of unfocused results."),
                (
                    "Always open the first result marked as an advert",
                    False,
                    "Adverts are paid placements, not the best match.",
                ),
            ],
            "Precise words and filters save data and time on a slow connection.",
        ),
        matching(
            "Match each way of communicating with the use it suits best.",
            [
                ("Text message (SMS)", "A short reminder to families who have basic phones"),
                ("Messaging group", "A class notice to parents who have smartphones"),
                ("Email", "A formal report with an attachment for the district office"),
                ("Video call", "A meeting with a distant mentor when the connection allows"),
            ],
            "Choose the channel your audience can actually receive.",
        ),
        single(
            "You want to send a worksheet to parents so that it looks the same on any phone. Which format should you use?",
            [
                ("PDF", True, "Yes: a PDF keeps its layout on every device and cannot be changed by accident."),
                ("The editable word-processor file", False, "It may look different, or not open, on some phones."),
                ("A photo of the screen taken at an angle", False, "Hard to read and heavy to download."),
                ("A spreadsheet", False, "Wrong tool for a worksheet."),
            ],
            "Share finished documents as PDF; keep the editable file for yourself.",
        ),
    ),
    *tagged(
        "KA.4.d",
        true_false(
            "Keeping your only copy of the term's marks on one USB stick is safe enough if you keep the stick in your bag.",
            False,
            "One copy can be lost, stolen or damaged: keep at least two copies in different places.",
            difficulty=1,
        ),
        ordering(
            "Put the steps of a simple weekly backup routine in order.",
            [
                "Save and close the files you changed this week",
                "Copy the folder to a second place (memory card, USB stick or school computer)",
                "Open one copied file to check that it works",
                "Label the copy with the date",
                "Keep the copy away from the device it came from",
            ],
            "A backup you have not checked, or that sits next to the original, may fail you when you need it.",
        ),
    ),
]
