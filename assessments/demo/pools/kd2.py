# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.2 Knowledge Application."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.2"
MODULE_ASSESSMENT = "module-kd-2"

RUBRICS = {
    "aligned-unit": {
        "title": "Unit aligning standard, ICT activity and assessment",
        "criteria": [
            (
                "Key concepts",
                "KD.2",
                [
                    "No key concept identified.",
                    "Concepts listed but mixed with minor details.",
                    "Two or three key concepts with the process experts use.",
                    "Key concepts and processes, with a clear link to use outside school.",
                ],
            ),
            (
                "Subject tool",
                "KD.2",
                [
                    "No tool, or a tool unrelated to the concept.",
                    "A general tool that presents content.",
                    "A subject tool that lets learners work with the concept.",
                    "A subject tool with a precise learner task and an offline alternative.",
                ],
            ),
            (
                "Assessment",
                "KD.2",
                [
                    "No assessment, or one that tests other thinking than the standard.",
                    "A test of facts only.",
                    "A rubric or task aligned with the standard's verb.",
                    "An aligned rubric plus formative checks with planned responses.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KD.2.a",
        single(
            "What is a key concept of a unit?",
            [
                (
                    "An idea learners will keep using after the test, around which the unit's details are organised",
                    True,
                    "Yes: key concepts are the durable ideas, such as rate of change or interdependence.",
                ),
                ("The first word of the chapter title", False, "Titles do not always name the central idea."),
                (
                    "The fact most likely to appear in the exam",
                    False,
                    "Exam facts may be details; key concepts organise them.",
                ),
            ],
            difficulty=1,
        ),
        matching(
            "Match each subject concept with the digital tool that best lets learners work with it.",
            [
                ("Linear relationships in mathematics", "A graphing app in which learners change the slope"),
                ("Energy transfer in science", "A simulation in which learners change one variable at a time"),
                ("Land use change in geography", "Satellite images of the same place years apart"),
                ("Fluency in a language", "A voice recorder learners use to hear and improve their speech"),
            ],
            "Each tool makes the concept visible and lets learners act on it.",
        ),
        single(
            "Which use of ICT in a science lesson supports the subject's key processes rather than only presenting content?",
            [
                (
                    "Learners test water samples and record, chart and compare results in a spreadsheet",
                    True,
                    "Yes: measuring, recording and comparing are scientific processes.",
                ),
                (
                    "The teacher shows a slide with the definition of pollution",
                    False,
                    "Presentation of content; learners do not use a process.",
                ),
                (
                    "Learners watch a video and then copy its summary",
                    False,
                    "Watching and copying do not practise scientific processes.",
                ),
            ],
            difficulty=2,
        ),
        true_false(
            "At Knowledge Deepening, subject-specific tools should also help learners see how a concept is used outside school.",
            True,
            "Connecting the concept to its use in work and daily life (market prices, weather data, dosage) is part of applying knowledge.",
            difficulty=1,
        ),
        short_text(
            "Which free type of interactive resource lets learners change variables in a safe virtual model of a science phenomenon, many of them downloadable for offline use? (one word)",
            ["simulation", "simulations", "simulator"],
            feedback="Simulations, such as the PhET collection, let learners test variables many times without equipment.",
            difficulty=1,
        ),
        multiple(
            "Which are good ways to get subject tools onto learners' devices in a school with a poor connection? Choose all that apply.",
            [
                (
                    "Download once where there is a connection, then share by Bluetooth or memory card",
                    True,
                    "The standard way to beat poor connectivity.",
                ),
                ("Use apps and simulations that work offline", True, "Offline tools work every lesson."),
                (
                    "Stream every video live during the lesson",
                    False,
                    "Streaming fails on a poor connection and costs data.",
                ),
                (
                    "Keep a folder of resources per unit on a phone or card",
                    True,
                    "Organised folders are quick to share and reuse.",
                ),
            ],
        ),
    ),
    *tagged(
        "KD.2.b",
        single(
            "What does a performance-based rubric describe?",
            [
                (
                    "For a few criteria, what work looks like at each level of quality",
                    True,
                    "Yes: criteria and levels described in observable terms.",
                ),
                ("The list of correct answers to a test", False, "That is an answer key."),
                ("The marks each learner received last term", False, "That is a mark book."),
            ],
            difficulty=1,
        ),
        single(
            "Which rubric descriptor can two teachers apply in the same way?",
            [
                ("The chart has a title, labelled axes and units", True, "Yes: it describes what can be seen."),
                ("A nice chart", False, "'Nice' means different things to different readers."),
                ("Shows effort", False, "Effort is not visible in the product in a consistent way."),
            ],
            difficulty=2,
        ),
        ordering(
            "Put the steps of building a rubric in order.",
            [
                "Choose three or four criteria covering knowledge and performance",
                "Write four levels for each criterion",
                "Describe what can be seen in the work at each level",
                "Test the rubric on samples of work and adjust unclear wording",
                "Share the rubric with learners before the task",
            ],
            "Criteria, levels, observable descriptors, a trial, then sharing it with learners.",
        ),
        true_false(
            "Sharing the rubric with learners before a task lowers standards, because they know what is expected.",
            False,
            "Knowing what quality looks like helps learners reach it; it is a strong formative practice.",
            difficulty=1,
        ),
        numeric(
            "A rubric has 3 criteria, each scored from 1 to 4. A group scores 3, 4 and 2. What percentage of the maximum possible score did they get? (nearest whole number)",
            "75",
            tolerance="0.5",
            feedback="(3 + 4 + 2) ÷ 12 = 9 ÷ 12 = 75 %.",
            difficulty=2,
        ),
        multiple(
            "Which uses of a phone make rubric-based feedback faster in a large class? Choose all that apply.",
            [
                ("Photographing work to mark it later and keep a portfolio", True, "Saves time and keeps evidence."),
                (
                    "Sending each group a short voice note with one strength and one next step",
                    True,
                    "Quick, personal and replayable.",
                ),
                (
                    "A quiz app for the knowledge part, so the rubric focuses on performance",
                    True,
                    "Automates what can be automated.",
                ),
                ("Posting learners' marks publicly on social media", False, "A breach of privacy, and not feedback."),
            ],
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.2.c",
        single(
            "A standard asks learners to 'explain' the results of an investigation. Which assessment is aligned with it?",
            [
                (
                    "A written or recorded explanation of the group's results, marked with a rubric",
                    True,
                    "Yes: the assessment asks for the same thinking as the standard.",
                ),
                ("A test asking learners to define key terms", False, "Defining is not explaining results."),
                ("A check that the report is neatly presented", False, "Presentation alone does not show explanation."),
            ],
            difficulty=2,
        ),
        matching(
            "Match each element of an aligned unit with an example from a unit on local water sources.",
            [
                ("Standard", "Measure and compare water quality indicators and explain the results"),
                ("Learning activity", "Test samples from three sources and enter results in a shared table"),
                ("Formative check", "Three quick questions on indicators midway through the unit"),
                ("Summative assessment", "A data report marked with a rubric"),
            ],
            "In an aligned unit, all four ask for the same thinking.",
            difficulty=3,
        ),
        true_false(
            "A formative check is useful only if what you find out changes what happens next in teaching.",
            True,
            "Regroup, re-teach with another representation or move on: decide in advance.",
            difficulty=2,
        ),
        extended(
            "Describe a unit you will teach in which ICT is woven through content, teaching and assessment. Name the "
            "standard and its key concepts, the subject tool learners will use and exactly what they will do with "
            "it (with an offline alternative), two formative checks with what you will do after each, and the "
            "final assessment. You may write it here or upload your unit plan.",
            "aligned-unit",
        ),
    ),
]
