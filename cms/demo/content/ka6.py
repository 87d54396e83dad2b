# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.6 Digital Literacy (Teacher Professional Learning)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="finding-and-judging-resources",
    title="Finding and judging resources online",
    summary="Search well, judge whether a source can be trusted, and understand open licences.",
    minutes=25,
    objectives=["KA.6.c"],
    body=[
        text(
            "The Knowledge Acquisition competency for Teacher Professional Learning is called Digital Literacy: "
            "using ICT to support your own professional development. It starts with a skill teachers now need every "
            "week: finding good material online, judging whether it can be trusted, and knowing whether you may "
            "use it.",
        ),
        heading("Search with purpose"),
        text(
            bullets(
                'Use specific words: "grade 4 fractions worksheet number line" finds more than "maths".',
                "Add the kind of resource you want: lesson plan, video, worksheet, simulation.",
                'Add "open educational resource" or "Creative Commons" to find material you may adapt.',
                "When data is expensive, search at a place with free connectivity and download what you need for the month.",
            ),
        ),
        heading("Five questions to judge a source"),
        table(
            "Questions to ask of any resource before using it with learners",
            ["Question", "What to look for"],
            ["Who made it?", "A named author or organisation: a ministry, a university, a known teacher network"],
            ["Is it accurate?", "Check one or two facts against your textbook or another trusted source"],
            ["Is it current?", "A date; for science and technology, recent matters"],
            ["Does it fit my learners?", "Language level, examples from their context, no stereotypes"],
            ["May I use it?", "A licence or terms of use"],
        ),
        heading("Open licences in brief"),
        text(
            "Open educational resources (OER) are teaching materials released under licences that let you reuse, "
            "adapt and share them. The most common are Creative Commons licences. CC BY means you may use and "
            "adapt the material if you credit the author; CC BY-SA adds that your adapted version must be shared "
            "under the same licence; NC means non-commercial use only; ND means no changes. The UNESCO ICT "
            "Competency Framework for Teachers itself is published under CC BY-SA 3.0 IGO.",
            "When you adapt a resource, keep a short credit line: title, author, licence and where you found it.",
        ),
        callout(
            "warning",
            "Free to view is not free to copy",
            "A video you can watch for free may still be copyrighted. Without an open licence or permission, show "
            "it, but do not copy, change or redistribute it.",
        ),
        activity(
            "Build a small trusted library",
            goal="Find, judge and save three openly licensed resources for a topic you will teach this term.",
            minutes=45,
            materials=[
                "A device with a connection (at school, a library or a telecentre)",
                "A USB drive or phone storage",
            ],
            steps=[
                "Choose one topic and write a precise search phrase for it.",
                "Find five candidate resources and judge each with the five questions.",
                "Keep the three best; note title, author, licence and link in a simple list.",
                "Download them so that you can use them offline.",
                "Share the list (and the files, if the licence allows) with colleagues.",
            ],
            low_tech="If you rarely have a connection, ask a colleague or the district office to bring resources on a memory card, and judge them with the same questions.",
        ),
        check(
            "A worksheet is licensed CC BY-SA. You translate it into your learners' language. What must you do?",
            ("Nothing: it is free.", False, "Open licences still have conditions."),
            (
                "Credit the original author and share your translation under the same CC BY-SA licence.",
                True,
                "Yes: BY means credit, SA means share alike.",
            ),
            (
                "Ask the author for permission first.",
                False,
                "The licence already gives permission, as long as you meet its conditions.",
            ),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="a-learning-routine-with-ict",
    title="A professional learning routine with ICT",
    summary="Small, regular habits: a learning goal, a peer group on a messaging app, and a simple portfolio.",
    minutes=25,
    objectives=["KA.6.b", "KA.6.c"],
    body=[
        text(
            "Professional learning does not have to wait for a workshop. With a phone and a little structure, you "
            "can learn a bit every week, with colleagues, and keep a record that shows your growth, useful for your "
            "own reflection, for appraisal, and for certification such as this platform's.",
        ),
        heading("Three habits"),
        text(
            numbered(
                '<strong>One goal per month.</strong> Choose a specific goal: "use a two-minute check in every '
                'mathematics lesson", not "use more ICT".',
                "<strong>A small peer group.</strong> Three to six colleagues, in your school or nearby, on a "
                "messaging app you already use. Agree to share one thing each week: something you tried, a resource, "
                "a question.",
                "<strong>A simple portfolio.</strong> A folder on your phone or a notebook with dated entries: what "
                "you tried, evidence (a photo of learners' work, a lesson plan, a mark book extract with names "
                "removed), and what you would change.",
            ),
        ),
        callout(
            "tip",
            "Make the group work on little data",
            "Agree that the group shares text and compressed photos, not long videos; that files are named clearly; "
            "and that one person posts a short weekly summary so that others can catch up without scrolling.",
        ),
        heading("Learning offline"),
        text(
            "Many courses, including the modules on this platform, are designed to be light: they load quickly, work "
            "on small screens and keep your progress on the server so that you can stop and continue later. Download "
            "documents when you have a connection, read them offline, and do the classroom activities in your own "
            "lessons. The real learning happens when you try an idea with your learners and think about what "
            "happened.",
        ),
        heading("Staying safe and professional online"),
        text(
            bullets(
                "Use a strong, different password for each important account, and a PIN on your phone.",
                "Be careful with links in messages that ask for passwords or money.",
                "Do not share learners' names, photos or marks in groups without permission and a clear purpose.",
                "Write online as you would speak in the staff room: colleagues and parents may read it.",
            ),
        ),
        activity(
            "Start your learning circle",
            goal="Set up a small peer-learning group and a personal portfolio, and make the first entry in each.",
            minutes=30,
            materials=["Your phone", "A notebook or a folder on your phone"],
            steps=[
                "Write your learning goal for the next month in one sentence.",
                "Invite two to five colleagues to a group and propose the weekly sharing rule.",
                "Post your goal and one resource you found in the previous lesson.",
                "Create your portfolio folder and make a first dated entry: your goal and why you chose it.",
                "Put a reminder in your phone for the same day each week.",
            ],
            low_tech="Without data, meet for 20 minutes each week in the staff room and keep the portfolio in a notebook.",
        ),
        check(
            "Which portfolio entry best shows professional growth?",
            ("A certificate of attendance at a workshop.", False, "Attendance shows you were there, not what changed."),
            (
                "A dated note on what you tried, evidence from learners' work, and what you would change next time.",
                True,
                "Yes: action, evidence and reflection together show growth.",
            ),
            ("A list of apps you have installed.", False, "Tools alone say little about your teaching."),
        ),
        reflect("What is your learning goal for the next month, and who will you share it with?"),
    ],
)

LESSON_3 = Lesson(
    slug="saving-time-with-ict-in-your-own-work",
    title="Saving time with ICT in your own work",
    summary="Templates, reusable records and simple routines that give back an hour a week for teaching and learning.",
    minutes=25,
    objectives=["KA.6.a", "KA.6.b"],
    body=[
        text(
            "Digital literacy for a teacher begins with your own work. Before technology changes your learners' "
            "lessons, it can take some of the weight of planning, record keeping and communication off your "
            "shoulders. The time you save is time for the learning that matters, including your own professional "
            "learning. The aim is not to digitise everything, but to stop doing the same task twice.",
        ),
        heading("Make it once, reuse it"),
        text(
            bullets(
                "<strong>Templates</strong>: a lesson-plan template with your usual headings; a letter to families "
                "with blanks for the date and topic; a worksheet layout you fill with new questions.",
                "<strong>A question bank</strong>: keep good quiz questions in one document by topic. Next year you "
                "choose instead of writing.",
                "<strong>A mark book that calculates</strong>: a spreadsheet with each learner's marks and an average "
                "formula saves the end-of-term evening with a calculator.",
                "<strong>Saved replies</strong>: common answers to families' questions kept as notes you can paste.",
            ),
        ),
        callout(
            "example",
            "A shared planning folder in the Philippines",
            "Four Grade 3 teachers in one school keep their lesson plans in a shared folder, one file per week, "
            "named the same way. Each writes one subject and uses the others' plans. Planning time for each teacher "
            "fell by half, and the plans improved because colleagues commented on them.",
        ),
        heading("A weekly routine"),
        text(
            "A small routine keeps the tools working for you. Many teachers use ten minutes on the same day each "
            "week: copy the week's marks into the mark book, back up the folder, delete what is no longer needed, "
            "and note one idea to try. If you work offline most of the week, plan one visit to a place with a "
            "connection — a resource centre, the district office, a café — for downloads and updates, with a list "
            "ready so you use the time well.",
        ),
        table(
            "Where teachers say time goes, and what helps",
            ["Task", "Without ICT", "With a simple tool"],
            [
                "Writing end-of-term reports",
                "Every comment written from scratch",
                "A bank of comment starters you adapt for each learner",
            ],
            ["Adding up marks", "By hand, twice, to check", "A spreadsheet formula, checked once"],
            ["Informing families", "A note copied for each child", "One SMS or message to all"],
            [
                "Finding last year's worksheet",
                "Searching through piles of paper",
                "A folder per topic, files named by date",
            ],
        ),
        heading("Put the saved time to work"),
        text(
            "Decide in advance where the saved time goes. Many teachers use it for their own learning: a short "
            "online course downloaded at the resource centre, a chapter of an open textbook on their subject, or "
            "a colleague's lesson observed. Others use it to give learners more feedback. Either way, write it "
            "down: a line in your professional portfolio shows what the tools made possible.",
        ),
        callout(
            "tip",
            "Start with the task you like least",
            "The first template should be for the task you dread most each term. The relief is the best reason "
            "to build the second.",
        ),
        activity(
            "Build your first template",
            goal="Turn one repeated task into a reusable digital template and measure the time it saves.",
            minutes=30,
            materials=[
                "A phone or computer with a word processor or notes app",
                "An example of a task you repeat (plan, letter, report)",
            ],
            steps=[
                "Pick one task you do at least once a week or once a term.",
                "Write down how long it takes now.",
                "Make a template with the parts that never change; mark the parts that change in capital letters.",
                "Use the template the next time and note the time it took.",
                "Share the template with a colleague and ask for one improvement.",
            ],
            low_tech="A printed template with blanks, photocopied, saves time too; the digital version is easier to improve and share.",
        ),
        check(
            "Which change saves a teacher the most time over a school year?",
            (
                "Typing each lesson plan from scratch on a laptop instead of by hand.",
                False,
                "Typing from scratch is no faster than writing; reuse is what saves time.",
            ),
            (
                "A lesson-plan template and a folder of last year's plans to adapt.",
                True,
                "Yes: you fill in only what changes and build on what worked.",
            ),
            (
                "Printing every document to keep paper copies.",
                False,
                "Paper copies are a backup, not a time saver.",
            ),
        ),
        reflect("Which task will you turn into a template first, and where will the saved time go?"),
    ],
)

MODULE = Module(
    slug="ka6-digital-literacy-for-professional-learning",
    title="Digital literacy for your own professional learning",
    summary=(
        "Find and judge resources, understand open licences, and build a light weekly routine of learning with "
        "colleagues and a portfolio that shows your growth."
    ),
    level="KA",
    competencies=["KA.6"],
    minutes=75,
    cover="ka6-professional-learning.svg",
    cover_alt="A tick mark above a path connecting two people.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-6",
)
