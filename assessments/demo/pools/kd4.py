# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.4 Infusion."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.4"
MODULE_ASSESSMENT = "module-kd-4"

RUBRICS = {
    "digital-resource": {
        "title": "Teacher-made digital learning resource",
        "criteria": [
            (
                "Accuracy and purpose",
                "KD.4",
                [
                    "Contains errors or has no clear learning purpose.",
                    "Accurate but only loosely linked to a key concept.",
                    "Accurate and focused on one key concept.",
                    "Accurate, focused, and tested with learners and improved.",
                ],
            ),
            (
                "Fit for the context",
                "KD.4",
                [
                    "Needs a fast connection or a device learners do not have.",
                    "Works on learners' devices but is heavy or hard to share.",
                    "Light, works offline and in a language learners understand.",
                    "Light, offline, accessible (captions, readable text) and easy to share.",
                ],
            ),
            (
                "Reuse",
                "KD.4",
                [
                    "No source or licence information.",
                    "Sources named but no licence.",
                    "Sources and an open licence stated.",
                    "Sources, an open licence and notes that help colleagues adapt it.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KD.4.a",
        single(
            "What makes a spreadsheet, a simulation or a graphing app an open-ended tool?",
            [
                (
                    "Learners decide what to enter or change and must interpret the results themselves",
                    True,
                    "Yes: no fixed path or answer is built in.",
                ),
                (
                    "It can be installed without an administrator password",
                    False,
                    "Installation rights have nothing to do with it.",
                ),
                ("It shows the correct answer after each step", False, "That describes a closed drill tool."),
            ],
            difficulty=1,
        ),
        numeric(
            "Learners enter five weekly prices of tomatoes in cells B2 to B6: 40, 50, 45, 55 and 60. What value does the formula =AVERAGE(B2:B6) return?",
            "50",
            feedback="(40 + 50 + 45 + 55 + 60) ÷ 5 = 250 ÷ 5 = 50.",
            difficulty=2,
        ),
        ordering(
            "Put the stages of a predict-test-explain lesson with a simulation in order.",
            [
                "Pose a question the tool can help answer",
                "Learners write a prediction",
                "Change one variable at a time and record results",
                "Discuss what the results show and do not show",
                "Write a claim supported by the results",
            ],
            "Question, prediction, controlled testing, discussion, then a claim with evidence.",
        ),
        matching(
            "Match each family of open-ended tools with the thinking it mainly supports.",
            [
                ("Data analysis", "Spotting patterns and testing claims"),
                ("Simulation", "Predicting and testing the effect of variables"),
                ("Visualisation", "Seeing relationships and summarising"),
                ("Offline reference", "Checking facts and comparing sources"),
            ],
            "Choosing a tool by the thinking it supports is the heart of infusion.",
        ),
        true_false(
            "Changing several variables at once in a simulation is the best way for learners to find out which one causes an effect.",
            False,
            "Change one variable at a time; otherwise learners cannot tell which change caused the effect.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KD.4.b",
        multiple(
            "Before using a video found online in a project, which questions should you ask? Choose all that apply.",
            [
                ("Who made it, and can the author be identified?", True, "Authorship is the first test of trust."),
                ("Do its facts agree with the textbook and a second source?", True, "Cross-checking tests accuracy."),
                (
                    "Does it work on learners' devices and connection, in a language they understand?",
                    True,
                    "A perfect resource nobody can open is useless.",
                ),
                ("Does it have many views?", False, "Popularity is not accuracy."),
            ],
            "Authorship, accuracy, usefulness, access and licence decide whether a resource belongs in a project.",
        ),
        single(
            "A website on local history has no author, no date and contradicts two other sources. How should you use it?",
            [
                (
                    "Set it aside, or give it to learners as an exercise in checking sources",
                    True,
                    "Yes: it fails the authorship and accuracy checks.",
                ),
                ("Use it as the main source because it is the most detailed", False, "Detail is not accuracy."),
                ("Use it but tell learners it is reliable", False, "That spreads possible errors with your authority."),
            ],
            difficulty=2,
        ),
        short_text(
            "Which family of open licences, marked for example CC BY, lets teachers share and adapt a resource on stated conditions? (two words)",
            ["Creative Commons"],
            "Creative Commons licences state what others may do with a work, such as share and adapt it with credit.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KD.4.c",
        true_false(
            "A short audio explainer recorded on your phone in the learners' home language can be a valid digital learning resource.",
            True,
            "Teacher-made resources fill gaps that published ones leave, especially in local languages.",
            difficulty=1,
        ),
        single(
            "You made an illustrated guide for learners who have only basic smartphones and little data. Which format should you share it in?",
            [
                (
                    "A small PDF with compressed images",
                    True,
                    "Yes: it opens on almost any phone and travels by Bluetooth or messaging.",
                ),
                ("A 200 MB high-definition video", False, "Too heavy for little data and old phones."),
                ("An editable file that needs a paid desktop program", False, "Learners could not open it."),
            ],
            difficulty=2,
        ),
        extended(
            "Create a short digital learning resource for a key concept in your subject (an audio explainer, an "
            "illustrated PDF guide, a self-check quiz or a data pack). Describe who it is for and how it fits a "
            "lesson, how you checked its accuracy, how it works offline on learners' devices, and its source and "
            "licence. Upload the resource or describe it here.",
            "digital-resource",
        ),
    ),
    *tagged(
        "KD.4.d",
        true_false(
            "Checking groups' progress only when final products are handed in is enough to manage a project well.",
            False,
            "Monitor at every milestone so groups can still improve; the end is too late to help a group that is stuck.",
            difficulty=1,
        ),
        single(
            "Twelve groups are working on a project. Which tool lets you see at a glance which groups are behind?",
            [
                (
                    "A progress sheet with one row per group and one column per milestone, updated each session",
                    True,
                    "Yes: one view of all groups guides your visits.",
                ),
                (
                    "A folder of each group's final products",
                    False,
                    "Final products come too late to help groups that are stuck.",
                ),
                (
                    "A notebook of general impressions written at the end of term",
                    False,
                    "Too late and too vague to act on.",
                ),
            ],
            difficulty=1,
        ),
        matching(
            "Match each school's conditions with a suitable project learning environment.",
            [
                ("One computer, no internet", "A shared folder per group on the computer, plus a paper logbook"),
                ("A local Wi-Fi network but no internet", "A small offline server with resources and quizzes"),
                (
                    "Families' phones with some mobile data",
                    "A learning platform or messaging group for tasks and feedback",
                ),
            ],
            "An environment is chosen to fit the devices and connection that really exist.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.4.e",
        multiple(
            "You create a messaging group to communicate with a class and its families about a project. Which rules should apply? Choose all that apply.",
            [
                ("Stated hours when you answer messages", True, "Protects your time and sets expectations."),
                (
                    "No private one-to-one chats between teacher and learner",
                    True,
                    "A safeguarding rule that protects learners and teachers.",
                ),
                ("Families' consent before learners are added", True, "Consent comes first."),
                (
                    "Post learners' photos publicly to celebrate their work",
                    False,
                    "Photos need permission and should not be public by default.",
                ),
            ],
            "Clear, safe rules make digital communication with learners and families work.",
        ),
        single(
            "How can ICT best bring a community expert into a project when the school has only the teacher's phone?",
            [
                (
                    "A short phone call on speaker in which learners ask prepared questions",
                    True,
                    "Yes: cheap, live and authentic.",
                ),
                ("Ask learners to find the expert's social media profile", False, "Not safe or reliable for learners."),
                ("Skip the expert: the school has too little technology", False, "One phone is enough for a call."),
            ],
            difficulty=1,
        ),
    ),
]
