# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.4 Application (Application of Digital Skills)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="know-your-devices",
    title="Know your devices",
    summary="What common classroom hardware does, how to keep it working, and how to move files without the internet.",
    minutes=25,
    objectives=["KA.4.a"],
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
    objectives=["KA.4.b"],
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

LESSON_3 = Lesson(
    slug="search-messages-and-safe-files",
    title="Searching, messaging and keeping your files safe",
    summary="Search precisely on a slow connection, choose the right channel to reach colleagues and families, and never lose a term's work.",
    minutes=25,
    objectives=["KA.4.c", "KA.4.d"],
    body=[
        text(
            "Three everyday skills save teachers more time and trouble than any clever app: finding what you need "
            "quickly, reaching the right people with the right message, and keeping your files so that a lost phone "
            "is an inconvenience, not a disaster. All three work on an ordinary phone.",
        ),
        heading("Search precisely, spend less data"),
        text(
            "Every page you open costs data and time. Think before you type: what exactly do you need, for which "
            "age, in which language? Then use a few simple tools that most search engines understand:",
            bullets(
                '<strong>Quotation marks</strong> find an exact phrase: "photosynthesis worksheet".',
                "<strong>Add the level and the subject</strong>: fractions grade 4 activity.",
                "<strong>site:</strong> limits results to one website: fractions site:unesco.org.",
                "<strong>A minus sign</strong> removes a word: volcano -game.",
                "<strong>filetype:pdf</strong> finds documents you can download once and read offline.",
            ),
            "Search in the language of instruction and in your learners' home language: teachers in Indonesia or "
            "Morocco often find excellent local material that an English search never shows.",
        ),
        heading("Choose the channel people can receive"),
        text(
            "Communication fails most often because the message went where the reader is not. Families with basic "
            "phones read SMS but not messaging apps; district offices expect email with an attachment; colleagues "
            "may prefer a short voice note to a long text. Keep messages short, say who you are, what you need and "
            "by when. Never send learners' marks or personal details to a group where other families can read them.",
        ),
        callout(
            "example",
            "Reaching families in Guatemala",
            "A teacher sends one SMS a week to all families in Spanish and K'iche', with the date of the next "
            "meeting and one thing to ask their child about. Families with smartphones get the same text in the "
            "class group, plus a photo of the week's work without faces.",
        ),
        heading("Keep your files safe"),
        text(
            "Phones are dropped, stolen and reset; USB sticks disappear; laptops catch viruses. Protect the work you "
            "cannot redo — mark books, plans you wrote, learners' records — with three habits:",
            numbered(
                "<strong>Organise</strong>: one folder per class or subject, files named with the date first "
                "(2026-03-14 Grade 5 science quiz), so you can find them and sort them.",
                "<strong>Back up</strong>: keep a second copy in a different place every week — a memory card, a "
                "USB stick at home, the school computer, or a cloud drive when the connection allows. Open one "
                "copied file to check that it works.",
                "<strong>Protect</strong>: lock the phone with a PIN, use a long passphrase for accounts (three or "
                "four unrelated words), never share it, and when you share a document online, choose who can see "
                'or edit it rather than "anyone with the link".',
            ),
        ),
        table(
            "Where to keep a second copy",
            ["Option", "Good for", "Watch out for"],
            ["Memory card or USB stick", "No connection needed; cheap", "Easy to lose; keep it away from the phone"],
            ["School computer", "Shared place colleagues can also use", "Viruses; use your own folder"],
            ["Cloud drive", "Survives loss of the device", "Needs a connection; set sharing carefully"],
        ),
        activity(
            "A ten-minute file rescue",
            goal="Organise the files of one class and make a tested second copy.",
            minutes=20,
            materials=["Your phone or computer", "A memory card, USB stick or access to a second device"],
            steps=[
                "Create one folder for one class and move its files into it.",
                "Rename three important files with the date first and a clear title.",
                "Copy the folder to a second place.",
                "Open one file from the copy to check it works.",
                "Put a weekly reminder on your phone to repeat the copy.",
            ],
            low_tech="Keep a paper copy of the most important record (the mark book summary) each month: it is a backup too.",
        ),
        check(
            "You share a planning document online with a colleague. Which setting is safest?",
            (
                "Anyone with the link can edit.",
                False,
                "A forwarded link would let strangers change or read it.",
            ),
            (
                "Only the named colleague can edit.",
                True,
                "Yes: access is limited to the person who needs it.",
            ),
            (
                "Public on the web.",
                False,
                "Anyone can find it, including learners' personal data if it holds any.",
            ),
        ),
        reflect(
            "If your phone were lost tonight, which work would you lose for good? What will you back up this week?"
        ),
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
    minutes=80,
    cover="ka4-digital-skills.svg",
    cover_alt="A laptop and a smartphone side by side.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-4",
)
