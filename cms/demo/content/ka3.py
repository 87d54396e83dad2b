# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.3 ICT-enhanced Teaching (Pedagogy)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="matching-tools-to-teaching-methods",
    title="Matching tools to teaching methods",
    summary="Drill, tutorial, demonstration and discovery: what each method needs from a tool, and common traps.",
    minutes=25,
    objectives=["KA.3.a", "KA.3.c"],
    body=[
        text(
            "At the Knowledge Acquisition level, ICT mostly supports the teaching you already do, and does it better. "
            "The competency asks you to choose suitable tools and digital content for particular teaching and "
            "learning methods. So start from the method, not from the app.",
        ),
        table(
            "Four common methods and what to look for in a tool",
            ["Method", "What the tool must do", "Watch out for"],
            [
                "Drill and practice",
                "Give many short items, immediate feedback, increasing difficulty",
                "Points and animations that reward speed over accuracy",
            ],
            [
                "Tutorial",
                "Explain step by step, check understanding before moving on",
                "Long videos with no pause for thinking",
            ],
            [
                "Demonstration",
                "Show the whole class something hard to see or imagine",
                "Small screens at the back of a large room",
            ],
            [
                "Guided discovery",
                "Let learners change something and observe the effect",
                "Simulations with no clear question to answer",
            ],
        ),
        heading("Drill and practice, done well"),
        text(
            "Drill is unfashionable but useful: fluent recall of number facts, spelling and vocabulary frees working "
            "memory for harder thinking. A good drill app adapts to the learner, corrects at once and keeps going "
            "only as long as it helps. Ten focused minutes, three times a week, beat an hour once a month. If "
            "learners share devices, rotate small groups while the rest of the class works on paper.",
        ),
        heading("Demonstration with one device"),
        text(
            "Many classrooms have only the teacher's phone or laptop. That is enough for demonstration: a short "
            "simulation of the water cycle, a zoomed-in photo of an insect, a recording of a native speaker. Stop "
            "often and ask learners to predict what will happen next; prediction turns watching into thinking.",
            bullets(
                "Check beforehand that the content works offline or is already downloaded.",
                "Make sure everyone can see or hear: move learners closer, or pass the phone around groups.",
                "Plan what learners do while watching: a question to answer, a table to fill.",
            ),
        ),
        callout(
            "example",
            "A science teacher in a rural school",
            "With no projector, she recorded a 40-second video of a candle burning under a glass jar, then played it "
            "on her phone to four groups in turn while the others drew their prediction. The discussion that "
            "followed was richer than when she had done the experiment live at the front, because every group saw "
            "it up close.",
        ),
        activity(
            "Choose the tool for the method",
            goal="Select, justify and test a tool or piece of digital content for one method you use next week.",
            minutes=30,
            materials=["Your plan for next week", "Any device and content you have access to"],
            steps=[
                "Pick one lesson and name its main method (drill, tutorial, demonstration or discovery).",
                "Write what the tool must do for that method, using the table above.",
                "Find one tool or resource that does it, preferably one that works offline.",
                "Test it yourself for ten minutes as if you were a learner and note one weakness.",
                "Decide how you will work around the weakness in class.",
            ],
            low_tech="If no tool fits, plan the demonstration with real objects and note what a device would add later.",
        ),
        check(
            "Which tool best fits a drill-and-practice activity for multiplication facts?",
            ("A 20-minute video explaining multiplication.", False, "That is a tutorial, not practice."),
            (
                "An app that gives short items, corrects each answer at once and adapts the difficulty.",
                True,
                "Yes: immediate feedback and adaptation are what make drill effective.",
            ),
            ("A drawing program.", False, "Useful for other things, but it gives no practice items or feedback."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="planning-an-ict-supported-lesson",
    title="Planning a lesson that builds in ICT",
    summary="A simple lesson-plan template with ICT, including accessible and multilingual resources and a plan B.",
    minutes=30,
    objectives=["KA.3.b"],
    body=[
        text(
            "One of the objectives of this competency is to plan lessons that build in ICT, for example tutorials, "
            "drill and practice, or accessible and multilingual digital resources. Planning is where good intentions "
            "become something that works on a Tuesday morning with forty learners and an unreliable power supply.",
        ),
        heading("A six-part plan"),
        text(
            numbered(
                "<strong>Outcome</strong>: what learners will be able to do by the end (from the curriculum).",
                "<strong>Starter</strong> (5 minutes): connect to what they know.",
                "<strong>ICT moment</strong>: which tool, which method, how long, who holds the device.",
                "<strong>Practice without the device</strong>: learners apply the idea on paper or aloud.",
                "<strong>Check</strong>: one question that shows who has understood.",
                "<strong>Plan B</strong>: what you do if the power, the device or the content fails.",
            ),
            "The ICT moment should be short and clearly bounded. Most of the learning still happens in talk, writing "
            "and practice around it.",
        ),
        heading("Accessible and multilingual resources"),
        text(
            "Digital content can reach learners that print cannot. Look for these features when choosing resources:",
            bullets(
                "Text that can be enlarged, or read aloud by the device, for learners with low vision or reading difficulties.",
                "Videos with captions, and transcripts you can print, for learners who are deaf or hard of hearing and for anyone when the sound is poor.",
                "Versions in the learners' home language, or resources you can record yourself in that language.",
                "Openly licensed resources (for example Creative Commons) that you may legally adapt, translate and print.",
            ),
        ),
        callout(
            "warning",
            "Always have a plan B",
            "Power cuts, flat batteries and missing downloads happen. A plan B is not failure: it is professional. "
            "Keep a printed version of the key image or text, or prepare to do the demonstration with objects.",
        ),
        activity(
            "Write and swap a six-part plan",
            goal="Produce a complete, realistic lesson plan with one ICT moment and a plan B, and improve it with a colleague's feedback.",
            minutes=45,
            materials=[
                "The six-part template (copy it into your notebook)",
                "The tool you chose in the previous lesson",
            ],
            steps=[
                "Fill in the six parts for one real lesson you will teach soon.",
                "Check the ICT moment: is it under 15 minutes? Does every learner do something during it?",
                "Add one accessibility or language feature to the resource you use.",
                "Swap plans with a colleague; each writes one question about the other's plan B.",
                "Teach the lesson and note afterwards what you would change.",
            ],
            low_tech="The template works on paper; the ICT moment can be your own phone shown to small groups in turn.",
        ),
        check(
            "Why does the six-part plan include practice without the device?",
            (
                "Because devices are bad for learners.",
                False,
                "Devices are useful; the point is balance, not avoidance.",
            ),
            (
                "Because learners need to apply the idea themselves, and devices are often shared or limited.",
                True,
                "Yes: the ICT moment supports learning, and practice makes it stick for every learner.",
            ),
            ("To fill time if the lesson finishes early.", False, "Practice is central to the lesson, not a filler."),
        ),
        reflect(
            "Which learner in your class would benefit most from an accessible or home-language resource? What would you try?"
        ),
    ],
)

LESSON_3 = Lesson(
    slug="teaching-the-whole-class-with-one-screen",
    title="Teaching the whole class with one screen",
    summary="Using a projector, a TV or a single phone to explain, show and question a whole class, without losing learners' attention.",
    minutes=25,
    objectives=["KA.3.c", "KA.3.a"],
    body=[
        text(
            "In many schools the first piece of technology a teacher can use every day is one screen: a projector "
            "shared between classrooms, a television in the hall, or simply the teacher's phone. One screen is "
            "enough to make explanations clearer, bring the outside world into the room and give learners "
            "something to discuss. It can also turn a lesson into a long, passive show. This lesson is about the "
            "difference.",
        ),
        heading("What one screen does well"),
        text(
            bullets(
                "<strong>Showing what words cannot</strong>: a diagram of the heart, a map, a short video of a volcano, "
                "a photo of a local market for a mathematics problem.",
                "<strong>Enlarging the small</strong>: the phone camera pointed at an insect, a page of a book or your "
                "hands folding a paper shape, projected for everyone.",
                "<strong>Sharing learners' work</strong>: photograph one group's answer and show it to the class for "
                "discussion.",
                "<strong>Asking questions to everyone</strong>: one question on screen, learners answer on mini "
                "whiteboards, paper or with fingers.",
            ),
        ),
        heading("Keep learners thinking, not only watching"),
        text(
            "Attention drops after a few minutes of watching. Plan a pause every three to five minutes in which "
            "learners do something: predict what comes next, discuss with a neighbour, write one word, vote. Stop a "
            "video before the answer and ask. Show a picture and ask what they notice before you explain. Put fewer "
            "words on each slide than you would on the board — the screen is for pictures and key words, your voice "
            "is for the explanation.",
        ),
        callout(
            "example",
            "One phone and a sheet in Vanuatu",
            "Without a projector, a teacher holds the phone showing a short video of a cyclone forming and walks "
            "slowly along the rows, pausing at each one. Learners then draw what they saw on paper. Another teacher "
            "in Egypt connects her phone to the school's old television with a cable, which works for the whole "
            "class.",
        ),
        heading("Practical set-up"),
        table(
            "Getting one screen right",
            ["Check", "Why"],
            ["Can the back row read it?", "Use large text (at least 28 point on slides) and test from the worst seat."],
            ["Is the room dark enough, but light enough to write?", "Close one curtain, not all of them."],
            [
                "Is everything on the device, not online?",
                "Download videos and slides in advance; the connection may fail.",
            ],
            ["Where will you stand?", "Beside the screen, facing the class, never in the beam."],
            ["What if it fails?", "Keep the key points ready for the board, and a paper copy of any image you need."],
        ),
        callout(
            "tip",
            "Use a clicker you already have",
            "Many phones and laptops let you move slides with the volume keys or a cheap wireless presenter, so you "
            "can walk among learners instead of standing at the device.",
        ),
        activity(
            "Turn a talk into a conversation",
            goal="Redesign ten minutes of whole-class explanation so that learners respond at least three times.",
            minutes=30,
            materials=[
                "Slides or images for one topic (on a phone, laptop or printed)",
                "Mini whiteboards, slates or scrap paper",
            ],
            steps=[
                "Choose ten minutes of a lesson where you usually explain with the board or slides.",
                "Cut the text on each slide to a picture and at most six words.",
                "Insert three pauses: a prediction question, a pair discussion and a quick vote or written answer.",
                "Teach it, and count how many learners answered at each pause.",
                "Note one change for next time.",
            ],
            low_tech="The same design works with a large poster or drawings on the board: the pauses matter more than the screen.",
        ),
        check(
            "You plan to show a six-minute video on the water cycle. What makes it most useful?",
            (
                "Play it twice without stopping so learners remember it.",
                False,
                "Watching twice without a task keeps learners passive.",
            ),
            (
                "Stop it twice to ask learners to predict the next stage, then discuss answers in pairs.",
                True,
                "Yes: pauses with a task turn watching into thinking.",
            ),
            (
                "Stream it from the internet during the lesson to save time.",
                False,
                "A slow connection can stop the lesson; download it in advance.",
            ),
        ),
        reflect(
            "In your last lesson with a screen, how many minutes did learners watch without doing anything? What would you change?"
        ),
    ],
)

MODULE = Module(
    slug="ka3-teaching-with-ict",
    title="Teaching with ICT: choosing and planning",
    summary=(
        "Choose tools and digital content to fit drill, tutorial, demonstration and discovery, and plan realistic "
        "lessons that build in ICT, with accessible, multilingual resources and a plan B."
    ),
    level="KA",
    competencies=["KA.3"],
    minutes=85,
    cover="ka3-pedagogy.svg",
    cover_alt="A blackboard with three learners in front of it.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-3",
    prerequisites=["ka2-curriculum-and-assessment-with-ict"],
)
