# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.4 Infusion (Knowledge Deepening, Application of Digital Skills)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="open-ended-tools-for-thinking",
    title="Open-ended tools for thinking: data, models and simulations",
    summary="Use spreadsheets, simulations and visualisation tools so learners explore, test and explain, not only read.",
    minutes=30,
    objectives=["KD.4.a"],
    body=[
        text(
            "At Level 1 you used everyday tools: a word processor, a presentation, a search engine. At Knowledge "
            "Deepening you use <strong>open-ended</strong> tools: tools with no fixed path, in which learners decide "
            "what to enter, change and conclude. A spreadsheet, a simulation, a graphing app or an offline map does "
            "not tell learners the answer; it lets them find one and defend it. That is why these tools develop "
            "higher-order thinking: analysing, evaluating, creating.",
        ),
        heading("Four families of open-ended tools"),
        table(
            "Open-ended tools that run on a phone or an old computer, often offline",
            ["Family", "Examples", "Thinking it supports"],
            [
                "Data analysis",
                "Spreadsheet on a phone or laptop (LibreOffice, a free mobile spreadsheet)",
                "Organising, calculating, spotting patterns, testing claims",
            ],
            [
                "Simulation",
                "PhET simulations (downloadable), a coin-toss or population model in a spreadsheet",
                "Predicting, testing variables, explaining causes",
            ],
            [
                "Visualisation",
                "Graphing apps, concept-mapping apps, offline maps",
                "Seeing relationships, comparing, summarising",
            ],
            [
                "Reference",
                "Offline Wikipedia (Kiwix), downloaded dictionaries and open textbooks",
                "Checking facts, comparing sources",
            ],
        ),
        heading("Operating the tool well enough"),
        text(
            "You do not need to master every feature. For a spreadsheet, five skills cover most lessons: entering "
            "data in columns with headings, a formula that adds or averages (<code>=AVERAGE(B2:B31)</code>), "
            "sorting, a chart from a range, and copying a formula down. For a simulation, know how to reset it, "
            "change one variable at a time and read its measurements. Practise the exact steps learners will take, "
            "on the device they will use.",
        ),
        callout(
            "example",
            "A market-price investigation",
            "In a Bolivian secondary school, learners recorded the price of potatoes, onions and tomatoes at the "
            "weekly market for six weeks, photographed the price boards and entered the data in one spreadsheet on "
            "the teacher's laptop. They calculated averages and percentage changes and made line charts. The "
            "discussion that followed, on why tomato prices rose after the rains, was the real lesson.",
        ),
        heading("From tool to thinking"),
        text(
            numbered(
                "Start from a question the tool can help answer, not from the tool.",
                "Ask learners to <em>predict</em> before they run the simulation or draw the chart.",
                "Change one thing at a time and record what happens.",
                "Ask <em>what does this show, and what does it not show?</em>",
                "End with a claim supported by what the tool produced.",
            ),
        ),
        activity(
            "Predict, test, explain with one tool",
            goal="Design a 40-minute lesson in which learners use an open-ended tool to test a prediction.",
            minutes=45,
            materials=[
                "A phone or computer with a spreadsheet or a downloaded simulation",
                "A question from your syllabus",
            ],
            steps=[
                "Write a question your learners cannot answer by looking it up (for example, does the length of a pendulum change its swing time?).",
                "Prepare the tool and try the steps learners will follow.",
                "Write the prediction prompt and a simple table for results.",
                "Plan how groups share the device: stations, a rota, or the teacher operating while learners decide.",
                "Write the final explain prompt: a claim with evidence from the tool.",
            ],
            low_tech="With one device, project or pass it around while learners decide what to change; with none, run the same investigation with real objects and a paper table.",
        ),
        check(
            "Why is a simulation called an open-ended tool?",
            ("Because it is free to download.", False, "Price is not what makes a tool open-ended."),
            (
                "Because learners decide what to change and must interpret the results themselves.",
                True,
                "Yes: there is no fixed path or answer built in.",
            ),
            ("Because it works without electricity.", False, "Simulations need a device; that is not the point."),
        ),
        reflect("Which open-ended tool would you most like to master this term, and for which unit?"),
    ],
)

LESSON_2 = Lesson(
    slug="judging-and-authoring-digital-resources",
    title="Judging digital resources and authoring your own",
    summary="Check resources for accuracy and usefulness, then build a short digital learning resource learners can use offline.",
    minutes=30,
    objectives=["KD.4.b", "KD.4.c"],
    body=[
        text(
            "An integrated learning environment is built from resources: videos, readings, simulations, data sets, "
            "your own worksheets. Two skills go together here: judging whether a resource you find is accurate and "
            "useful for a project, and creating a resource yourself when nothing suitable exists in your language "
            "or context.",
        ),
        heading("Five questions before you use a resource"),
        table(
            "Checking a digital resource for a project",
            ["Question", "What to look for"],
            [
                "Who made it?",
                "An author or organisation you can identify; a ministry, university, museum or known publisher",
            ],
            ["Is it accurate?", "Facts that agree with your textbook and a second source; a recent date for data"],
            ["Is it useful for this project?", "It helps learners with the key concept, at their reading level"],
            [
                "Can we use it here?",
                "Works offline or on low data; in a language learners understand; accessible (captions, readable text)",
            ],
            ["May we use it?", "An open licence (such as Creative Commons) or permission to use in class"],
        ),
        text(
            "Open educational resources are a good starting point: the African Storybook site offers picture books in "
            "many African languages; OER Commons and national repositories such as India's DIKSHA or South Africa's "
            "Siyavula textbooks are openly licensed. Teach learners the same five questions: judging sources is a "
            "project skill, not only yours.",
        ),
        heading("Authoring your own resource"),
        text(
            "Sometimes the best resource is one you make: a two-minute explainer recorded in the local language, a "
            "worksheet with photos of the village well, a short quiz. Keep it small and reusable.",
            bullets(
                "<strong>Audio or video explainer</strong>: record on your phone, under three minutes, one idea.",
                "<strong>Illustrated guide</strong>: a presentation or document with phone photos, exported as PDF so it opens on any phone.",
                "<strong>Self-check quiz</strong>: a free form or quiz tool, or an offline tool such as H5P inside a learning platform.",
                "<strong>Data pack</strong>: a spreadsheet with real local data and three questions.",
            ),
        ),
        callout(
            "tip",
            "Light files travel further",
            "A 2 MB PDF or a 1 MB audio file can be shared by Bluetooth, a memory card or a messaging app on a poor "
            "connection. Compress images, avoid long videos, and name files clearly (<em>grade7-water-guide.pdf</em>).",
        ),
        activity(
            "Check one resource, make one resource",
            goal="Evaluate a resource for an upcoming project and author a short resource to fill a gap.",
            minutes=60,
            materials=["A phone", "One digital resource you plan to use", "The five-question table"],
            steps=[
                "Apply the five questions to the resource and write a one-line verdict.",
                "Identify one thing your learners need that the resource does not offer.",
                "Create a small resource to fill the gap (an audio explainer, a PDF guide or a quiz).",
                "Test it with two learners and fix what confused them.",
                "Add a licence line (for example, CC BY) so colleagues can reuse it.",
            ],
            low_tech="A hand-drawn, photographed guide is a valid digital resource; so is an audio explanation played from your phone to a group.",
        ),
        check(
            "A video on climate found online has no author, no date and contradicts your textbook. What should you do?",
            ("Use it: learners like videos.", False, "An unverified resource may teach errors."),
            (
                "Set it aside, or use it only as an example for learners to practise checking sources.",
                True,
                "Yes: it fails the accuracy and authorship questions.",
            ),
            (
                "Show it and tell learners it is correct.",
                False,
                "That would spread a possible error with your authority.",
            ),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="one-learning-environment",
    title="One learning environment: managing projects and communicating",
    summary="Combine tools into one simple environment for a project, monitor progress and communicate with learners and families.",
    minutes=30,
    objectives=["KD.4.d", "KD.4.e"],
    body=[
        text(
            "Infusion means the tools stop being separate events (the day we used the simulation) and become one "
            "environment learners work in: where they find resources, store their data, submit work, get feedback "
            "and talk with you and each other. It need not be expensive. A school with one laptop and a few phones "
            "can build one.",
        ),
        heading("Three models of a learning environment"),
        table(
            "Learning environments for different conditions",
            ["Condition", "Environment", "How it works"],
            [
                "No internet, one computer",
                "A shared folder on the computer, plus a paper logbook",
                "Each group has a folder for data and drafts; the logbook records progress",
            ],
            [
                "Local network, no internet",
                "A small offline server (such as a Raspberry Pi running Kolibri or a local Moodle)",
                "Learners connect by Wi-Fi to resources and quizzes; results sync when a connection is available",
            ],
            [
                "Mobile data, learners' or families' phones",
                "A free learning platform or a messaging group",
                "Resources and tasks posted; learners submit photos of work; feedback by voice note",
            ],
        ),
        heading("Monitoring progress"),
        text(
            "Whatever the environment, keep one place where you can see each group's progress at a glance: a "
            "spreadsheet with one row per group and columns for each milestone, updated after every session; or the "
            "platform's progress page. Look at it before each lesson and decide whom to visit first. Assess at "
            "milestones, not only at the end, so groups can still improve.",
        ),
        heading("Communicating beyond the classroom"),
        text(
            bullets(
                "With learners: clear instructions in one place, so absent learners can catch up.",
                "With colleagues: share resources and rubrics in a staff folder or group.",
                "With families: a short weekly voice or text message about what the class is learning and how to help.",
                "With the community: invite a local expert (a nurse, an engineer, a farmer) to answer questions by phone call.",
            ),
            "Agree rules for messaging: school hours, respectful language, no private one-to-one chats with "
            "learners, and families' consent for any group that includes learners.",
        ),
        callout(
            "example",
            "An offline server in a rural school",
            "Schools in rural Zambia, Guatemala and parts of Myanmar have used low-cost offline servers loaded with "
            "Kolibri or Khan Academy Lite content: learners join the local Wi-Fi with old phones or tablets, and "
            "teachers see who has completed which exercise without any internet.",
        ),
        activity(
            "Sketch your project environment",
            goal="Design the simple learning environment and communication plan for your next project.",
            minutes=40,
            materials=[
                "Your project plan (from the KD.3 module if you took it)",
                "A list of devices and connectivity you can really use",
            ],
            steps=[
                "Choose the model that matches your conditions.",
                "Decide where resources, data, drafts and feedback will live.",
                "Create the progress sheet with one row per group and one column per milestone.",
                "Write a short message to families explaining the project and how they can help.",
                "Agree three messaging rules with learners and write them on the wall.",
            ],
            low_tech="A wall chart, labelled folders and a notebook make a working environment; add devices where they save time.",
        ),
        check(
            "Which best describes infusing ICT in a project?",
            (
                "Using a different app in every lesson to keep learners interested.",
                False,
                "Many separate tools do not make one environment.",
            ),
            (
                "Learners find resources, store data, submit work and receive feedback in one simple environment you can monitor.",
                True,
                "Yes: the tools are combined into one environment that supports the work.",
            ),
            ("Replacing all paper with devices.", False, "Infusion is about integration, not eliminating paper."),
        ),
        reflect("Where does your learners' work live today, and how would you see at a glance who is stuck?"),
    ],
)

MODULE = Module(
    slug="kd4-infusing-digital-tools",
    title="Infusing digital tools into learning",
    summary=(
        "Operate open-ended tools, judge and author digital resources, and combine them into one learning "
        "environment you can monitor: Knowledge Deepening for Application of Digital Skills."
    ),
    level="KD",
    competencies=["KD.4"],
    minutes=90,
    cover="kd4-infusion.svg",
    cover_alt="Four tools connected to one central circle.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-4",
    prerequisites=["ka4-everyday-digital-skills"],
)
