# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.2 Knowledge Application (Knowledge Deepening, Curriculum and Assessment)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="key-concepts-and-subject-tools",
    title="Key concepts and the digital tools of your subject",
    summary="Find the few big ideas of a unit and match each to a subject-specific tool that helps learners use it.",
    minutes=30,
    objectives=["KD.2.a"],
    body=[
        text(
            "At Knowledge Deepening, ICT is no longer a general helper (a slide, a typed worksheet). It becomes a "
            "tool of the subject itself: the way a geographer uses maps, a scientist uses data, a mathematician uses "
            "graphs and models. The first step is to know the <strong>key concepts and processes</strong> of a unit "
            "and the tools that make them visible and usable.",
        ),
        heading("Key concepts come first"),
        text(
            "A key concept is an idea learners will keep using after the test: <em>rate of change</em>, "
            "<em>interdependence in an ecosystem</em>, <em>cause and consequence</em> in history, <em>audience and "
            "purpose</em> in writing. A key process is how experts work with it: measuring, modelling, comparing "
            "sources, drafting and revising. Most units have two or three; the rest is detail that supports them.",
        ),
        table(
            "Key concepts and subject tools that support them",
            ["Subject", "Key concept or process", "Tool (phone-first)", "How it helps"],
            [
                "Mathematics",
                "Linear relationships",
                "A free graphing app (such as GeoGebra) or a spreadsheet chart",
                "Learners change a value and see the line move",
            ],
            [
                "Science",
                "Energy transfer",
                "An offline simulation (such as PhET, downloadable in many languages)",
                "Learners test variables safely and many times",
            ],
            [
                "Geography",
                "Land use and change over time",
                "Offline maps, satellite images saved in advance",
                "Learners compare the same place years apart",
            ],
            [
                "History",
                "Evaluating sources",
                "Phone photos of local archives, recorded oral histories",
                "Learners compare accounts of one event",
            ],
            [
                "Languages",
                "Pronunciation and fluency",
                "The phone's voice recorder",
                "Learners hear and improve their own speech",
            ],
        ),
        heading("Beyond the classroom"),
        text(
            "Subject tools also connect learning to the world outside school. Farmers in Kenya and India check "
            "market prices and weather by SMS; nurses use dosage calculators; engineers read sensor data. When "
            "learners in Fiji chart rainfall and sea-level records, or learners in Egypt calculate the water a "
            "household uses from a meter reading, they apply the concept as adults do. Say this connection out "
            "loud: it answers the question <em>why are we learning this?</em>",
        ),
        callout(
            "tip",
            "Download while you can",
            "Simulations, maps and videos can be downloaded once, where there is a connection (a district office, "
            "a café, a colleague's Wi-Fi), and then shared from phone to phone by Bluetooth or a memory card. Keep a "
            "folder per unit.",
        ),
        activity(
            "Concept-to-tool map for one unit",
            goal="Identify the key concepts of a unit you will teach and choose one subject tool for each.",
            minutes=40,
            materials=["The syllabus page for a unit", "A phone with one free subject app or simulation, if possible"],
            steps=[
                "Read the unit's objectives and circle the two or three ideas learners will keep using.",
                "For each, write the process experts use with it (measure, model, compare, draft).",
                "Choose a tool that makes the concept visible, and describe exactly what learners will do with it.",
                "Write one sentence linking the concept to a use outside school.",
                "Try the tool yourself for ten minutes before the lesson.",
            ],
            low_tech="Where no device is available, use the same process with paper: squared paper for graphs, printed maps, a class data table on the board.",
        ),
        check(
            "Which use of ICT best supports a key concept in mathematics?",
            (
                "Showing the textbook exercises on a projector.",
                False,
                "This presents content; it does not help learners work with the concept.",
            ),
            (
                "Learners change the slope in a graphing app and describe how the line and the table of values change.",
                True,
                "Yes: the tool lets learners explore the concept of a linear relationship.",
            ),
            ("Learners type their answers in a word processor.", False, "Typing is not a mathematical process."),
        ),
        reflect(
            "Which concept in your subject do learners find hardest to picture, and which tool could make it visible?"
        ),
    ],
)

LESSON_2 = Lesson(
    slug="rubrics-for-knowledge-and-performance",
    title="Rubrics for knowledge and performance",
    summary="Write a short rubric that assesses understanding and application, and use a phone to give faster feedback.",
    minutes=30,
    objectives=["KD.2.b"],
    body=[
        text(
            "When learners apply knowledge to a task (a report on water quality, a model of a bridge, a graph of "
            "market prices), a test of facts is not enough. You need to judge both what they <strong>know</strong> "
            "and what they can <strong>do</strong> with it. A rubric describes, for a few criteria, what work looks "
            "like at each level. Shared before the task, it tells learners what quality means.",
        ),
        heading("Build a rubric in four steps"),
        text(
            numbered(
                "Choose three or four criteria, mixing knowledge (<em>uses the concept of density correctly</em>) and "
                "performance (<em>presents data in a clear chart</em>, <em>explains the method</em>).",
                "Write four levels for each: beginning, developing, proficient, exemplary.",
                "Describe what you would <em>see</em> at each level, not adjectives: <em>the chart has a title, "
                "labelled axes and units</em> rather than <em>a good chart</em>.",
                "Test it on two pieces of last year's work and adjust wording that two teachers would read differently.",
            ),
        ),
        table(
            "An example criterion at four levels",
            ["Criterion", "Beginning", "Developing", "Proficient", "Exemplary"],
            [
                "Uses data as evidence",
                "No data used",
                "Data shown but not linked to the conclusion",
                "Conclusion supported by data",
                "Conclusion supported by data, with limits of the data discussed",
            ],
        ),
        heading("ICT for faster, fairer feedback"),
        text(
            bullets(
                "Photograph learners' work with your phone and mark it against the rubric in the evening; keep the photos as a portfolio.",
                "Record a 30-second voice note per group: one strength, one next step, named against a criterion.",
                "Use a free form or quiz app for the knowledge part, so the rubric can focus on performance.",
                "Ask learners to assess their own work with the rubric before handing it in; compare their rating with yours.",
            ),
        ),
        callout(
            "example",
            "Voice feedback in a large class",
            "A secondary teacher in Malawi with 90 learners in a chemistry class could not write comments on every "
            "report. She marked each group against a three-criterion rubric and sent a short voice note to each "
            "group's phone through a messaging app, with permission from parents. Groups replayed it when revising.",
        ),
        activity(
            "Write and test a rubric",
            goal="Write a rubric with three or four criteria for a task in which learners apply a key concept.",
            minutes=50,
            materials=["A task from your next unit", "Two samples of learners' work"],
            steps=[
                "Write the task in one sentence and list what a strong response would include.",
                "Turn the list into three or four criteria covering knowledge and performance.",
                "Describe four levels for each criterion in observable terms.",
                "Mark the two samples, then ask a colleague to mark them; discuss any criterion where you differ.",
                "Share the final rubric with learners before the task, on the board or as a photo.",
            ],
            low_tech="A rubric works entirely on paper; the phone only speeds up feedback and record keeping.",
        ),
        check(
            "Which rubric descriptor is the most useful?",
            (
                "Good use of data.",
                False,
                "Two teachers could read 'good' differently; learners do not know what to do.",
            ),
            (
                "The conclusion is supported by data from the investigation, and the limits of the data are discussed.",
                True,
                "Yes: it describes what can be seen in the work.",
            ),
            ("Excellent work, well done.", False, "This is praise, not a description of quality."),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="showing-mastery-of-standards",
    title="Weaving ICT through content, teaching and assessment",
    summary="Plan a unit where ICT appears in the content, the activities and the assessment, so learners can show mastery.",
    minutes=25,
    objectives=["KD.2.a", "KD.2.c"],
    body=[
        text(
            "The first two lessons looked at tools for concepts and rubrics for assessment. This lesson joins them: a "
            "unit in which ICT is woven through what is learned, how it is learned and how learning is shown, so "
            "that learners can demonstrate mastery of the curriculum standards, not just complete activities.",
        ),
        heading("Align three things"),
        table(
            "An aligned unit: Grade 8 science, local water sources",
            ["", "Without alignment", "Aligned"],
            [
                "Standard",
                "Understand water quality",
                "Measure and compare water quality indicators and explain the results",
            ],
            [
                "Learning activity",
                "Watch a video on pollution",
                "Test samples from three local sources, enter results in a shared table",
            ],
            [
                "Assessment",
                "Multiple-choice test on facts",
                "Short quiz on indicators, plus a data report marked with a rubric",
            ],
            ["Role of ICT", "Decoration", "Data table and chart; photos as evidence; quiz on a phone form"],
        ),
        text(
            "Alignment means the standard, the activity and the assessment ask for the same thinking. If the "
            "standard says <em>explain</em>, learners must explain in the activity and be assessed on explaining.",
        ),
        heading("Formative checks along the way"),
        text(
            "Mastery is built in steps. Short checks during the unit show who has understood and who needs another "
            "route: three questions on a free quiz app that works offline and syncs later, a show of mini "
            "whiteboards photographed with your phone, or an SMS poll where learners answer A, B or C. In Brazil and "
            "Colombia, many teachers run such checks through messaging groups with families' consent; in rural "
            "Nepal, teachers used printed answer cards held up and counted from a phone photo.",
        ),
        callout(
            "tip",
            "Act on the check",
            "A formative check is only useful if it changes what happens next: regroup learners, re-teach with a "
            "different representation, or move on. Decide in advance what you will do for each result.",
        ),
        heading("Mastery for every learner"),
        text(
            bullets(
                "Offer more than one way to show mastery: a written report, an audio explanation, a labelled drawing.",
                "Let learners retry a task after feedback; record the best evidence, not the first attempt.",
                "Keep a simple mastery grid (learners × standards) in a spreadsheet or notebook, updated weekly.",
            ),
        ),
        activity(
            "Align one unit",
            goal="Rewrite one unit so that its standard, activities, assessment and use of ICT are aligned.",
            minutes=45,
            materials=["A unit plan", "Your concept-to-tool map and rubric from the previous lessons"],
            steps=[
                "Copy the unit's standard and underline its verb.",
                "Check that one main activity asks learners to do exactly that, with a subject tool.",
                "Add two formative checks and write what you will do for each possible result.",
                "Attach the rubric and a short knowledge quiz as the final assessment.",
                "Fill the last row of the table: the precise role of ICT at each stage.",
            ],
            low_tech="Formative checks work with cards or mini whiteboards; the spreadsheet mastery grid can be a page in your record book.",
        ),
        check(
            "A standard asks learners to 'interpret data on local rainfall'. Which assessment is aligned with it?",
            ("A test asking learners to define rainfall.", False, "Defining is not interpreting data."),
            (
                "Learners receive a rainfall chart and write what it shows, with reasons, marked with a rubric.",
                True,
                "Yes: the assessment asks for the same thinking as the standard.",
            ),
            (
                "Learners copy the rainfall table neatly into their notebooks.",
                False,
                "Copying does not show interpretation.",
            ),
        ),
        reflect(
            "In your last unit, did the assessment ask for the same thinking as the standard? What would you change?"
        ),
    ],
)

MODULE = Module(
    slug="kd2-applying-subject-knowledge-with-ict",
    title="Applying subject knowledge with ICT",
    summary=(
        "Match the key concepts of your subject to digital tools, assess understanding and application with "
        "rubrics, and align content, teaching and assessment: Knowledge Deepening for Curriculum and Assessment."
    ),
    level="KD",
    competencies=["KD.2"],
    minutes=85,
    cover="kd2-knowledge-application.svg",
    cover_alt="A bar chart and a rising line drawn on a whiteboard.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-2",
    prerequisites=["ka2-curriculum-and-assessment-with-ict"],
)
