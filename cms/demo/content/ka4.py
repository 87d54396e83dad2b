# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.4 Application (Application of Digital Skills)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="know-your-devices",
    title="Know your devices",
    summary="What common classroom hardware does, how to keep it working, and how to move files without the internet.",
    minutes=25,
    body=[
        text(
            "The Knowledge Acquisition competency for digital skills is about knowing what common hardware and "
            "everyday software do, and being able to operate them confidently. Confidence matters: a teacher who "
            "is afraid of breaking the projector will not use it. This lesson covers the devices found in most "
            "schools and the small habits that keep them working.",
        ),
        table(
            "Common devices and what they are good for in school",
            ["Device", "Good for", "Keep in mind"],
            [
                "Smartphone",
                "Camera, audio recording, offline apps, sharing files by cable or Bluetooth",
                "Small screen; battery; storage fills up with photos",
            ],
            [
                "Laptop",
                "Writing, spreadsheets, presentations, preparing materials",
                "Needs charging; keep it away from dust and heat",
            ],
            ["Projector", "Showing one screen to the whole class", "Let it cool before unplugging; keep a spare cable"],
            ["Power bank", "Charging phones during power cuts", "Charge it whenever power is available"],
            [
                "USB flash drive or memory card",
                "Moving files between devices without the internet",
                "Scan for viruses; keep a second copy of important files",
            ],
        ),
        heading("Moving files without the internet"),
        text(
            "In low-connectivity schools, files travel by hand. Learn at least two ways:",
            bullets(
                "A USB cable between phone and laptop: the phone appears as a drive; copy the files across.",
                "A memory card or USB drive, using a small adapter for phones if needed.",
                "Bluetooth or a file-sharing app that works phone-to-phone without data.",
            ),
            "Name files so you can find them again: <em>2026-03-grade5-fractions-worksheet.pdf</em> is better than "
            "<em>scan0043.pdf</em>. A date, a class, a topic and a type are enough.",
        ),
        callout(
            "tip",
            "Keep a small kit",
            "A charging cable, an adapter, a short extension lead and a power bank in one bag solve most classroom "
            "problems before they start.",
        ),
        heading("Basic care and first-aid"),
        text(
            numbered(
                "If something freezes, wait a minute, then restart it. Restarting fixes most problems.",
                "Keep devices updated when you have a connection: updates fix security holes.",
                "Protect screens from dust and direct sun; clean with a dry cloth.",
                "Lock your devices with a PIN: they hold learners' personal data.",
            ),
        ),
        activity(
            "Device treasure hunt",
            goal="Find out what devices your school has, who looks after them and how to borrow them.",
            minutes=30,
            materials=["A notebook", "Permission from your head teacher"],
            steps=[
                "List every device in the school that teachers may use: phones, laptops, projectors, radios, printers.",
                "For each, note where it is kept, who holds the key and whether it works.",
                "Practise moving one file from your phone to a laptop by cable or memory card.",
                "Share the list with colleagues in the staff room so that everyone knows what exists.",
            ],
            low_tech="If the school has no shared devices, list the devices teachers own and are willing to use, and those in the community (library, telecentre).",
        ),
        check(
            "The projector shows nothing just before your lesson. What should you try first?",
            ("Call the district ICT officer.", False, "Worth doing if it stays broken, but try simple checks first."),
            (
                "Check the cable, the input source button and restart the laptop.",
                True,
                "Yes: most display problems are a loose cable or the wrong input.",
            ),
            ("Cancel the lesson.", False, "Use your plan B while you troubleshoot."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="everyday-software-for-teachers",
    title="Everyday software for teachers",
    summary="A word processor, a spreadsheet mark book and a presentation: three tools that save teachers time.",
    minutes=30,
    body=[
        text(
            "Three kinds of everyday software cover most of what teachers need: a word processor, a spreadsheet and "
            "a presentation program. Free versions exist for every computer and phone, and most work without the "
            "internet. The point is not to learn every feature, but to become quick at the few that save you time.",
        ),
        heading("Word processor: make it once, reuse it"),
        text(
            "Type a worksheet once and you can correct it, enlarge the font for a learner with low vision, translate "
            'it, or print more copies next year. Learn headings, lists, tables and "Save as PDF", which makes a '
            "file that looks the same on every device.",
        ),
        heading("Spreadsheet: a mark book that adds up"),
        text(
            "A spreadsheet mark book has one row per learner and one column per assessment. With a few formulas it "
            "calculates averages, and with conditional colours it shows at a glance who is falling behind.",
            bullets(
                "<code>=AVERAGE(B2:F2)</code> gives a learner's average mark across columns B to F.",
                '<code>=COUNTIF(B2:B41,"&lt;50")</code> counts learners below 50 in one assessment.',
                "Sort by a column to see the lowest marks first; undo to return to alphabetical order.",
            ),
            "Back up the file: a mark book lost with a stolen phone is a term's work gone. Keep a copy on a second "
            "device or a memory card, and protect it with a password if it has learners' names.",
        ),
        heading("Presentations: fewer words, bigger pictures"),
        text(
            "Slides help when they show something: a diagram, a photo, a map, a question for discussion. They hurt "
            "when they hold paragraphs to be copied. A good rule for classrooms: one idea per slide, text large "
            "enough to read from the back, and no more than a handful of slides per lesson.",
        ),
        callout(
            "example",
            "Saving an hour a week",
            "A mathematics teacher made one spreadsheet template with formulas for averages and colours for marks "
            "under 50. Copying it for each class took a minute; entering marks replaced the hour she used to spend "
            "adding them up by hand.",
        ),
        activity(
            "Build your mark book",
            goal="Create a working spreadsheet mark book for one class, with averages and a warning colour.",
            minutes=40,
            materials=["A computer or phone with a spreadsheet app", "Your class list and recent marks"],
            steps=[
                "Type learner names in column A and assessment names across row 1.",
                "Enter the marks you already have.",
                "In the last column, write an AVERAGE formula for the first learner and copy it down.",
                "Add conditional formatting so that averages under 50 turn orange.",
                "Save two copies in different places and write down where they are.",
            ],
            low_tech="Draw the same grid on paper first; the formulas are what the spreadsheet adds, but the layout is the same.",
        ),
        check(
            "What does =AVERAGE(B2:F2) calculate in a mark book with learners in rows?",
            ("The average of column B for all learners.", False, "B2:F2 runs across one row, not down a column."),
            ("The average of one learner's marks in columns B to F.", True, "Yes: one row, five assessments."),
            ("The number of learners who passed.", False, "That would need COUNTIF."),
        ),
        reflect("Which routine task takes you the most time each week? Could one of these three tools make it faster?"),
    ],
)

MODULE = Module(
    slug="ka4-everyday-digital-skills",
    title="Everyday digital skills for teachers",
    summary=(
        "Operate common classroom hardware with confidence, move files without the internet, and use a word "
        "processor, a spreadsheet mark book and presentations to save time."
    ),
    level="KA",
    competencies=["KA.4"],
    minutes=55,
    cover="ka4-digital-skills.svg",
    cover_alt="A laptop and a smartphone side by side.",
    lessons=[LESSON_1, LESSON_2],
    assessment="module-ka-4",
)
