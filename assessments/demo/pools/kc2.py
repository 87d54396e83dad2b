# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.2 Knowledge Society Skills."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.2"
MODULE_ASSESSMENT = "module-kc-2"

RUBRICS = {
    "open-problem-unit": {
        "title": "Unit plan built around an open problem",
        "criteria": [
            (
                "Skills made explicit",
                "KC.2",
                [
                    "Skills are not named.",
                    "Skills are named but not linked to tasks.",
                    "Each phase names the thinking required and the skill it builds.",
                    "Skills are linked to tasks and to observable criteria learners will use to assess themselves.",
                ],
            ),
            (
                "Fit with context and curriculum",
                "KC.2",
                [
                    "Needs devices or connectivity the school lacks.",
                    "Workable but loosely tied to the curriculum.",
                    "Covers required objectives with a realistic device rotation and offline alternatives.",
                    "Covers required objectives, works with few devices, and includes every learner through roles and varied ways to contribute.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.2.a",
        multiple(
            "Which of these are knowledge-society skills in the sense of the ICT-CFT? Choose all that apply.",
            [
                (
                    "Managing and evaluating information",
                    True,
                    "Finding, judging and organising information is central.",
                ),
                ("Collaborating to solve problems", True, "Working with others on open problems is a core skill."),
                ("Creating original work", True, "Knowledge creation means producing something new."),
                (
                    "Typing faster than 60 words a minute",
                    False,
                    "A useful technical skill, but not a knowledge-society skill in itself.",
                ),
            ],
            "The framework's Knowledge Creation level emphasises complex cognitive skills: information management, problem solving, collaboration, creativity and critical thinking.",
        ),
        single(
            "Learners copy paragraphs about a topic from a website into their notebooks. What does this mainly show?",
            [
                (
                    "Device use without much information management or critical thinking",
                    True,
                    "Yes: nothing asks them to compare, judge or organise what they found.",
                ),
                (
                    "Strong information management",
                    False,
                    "Managing information means comparing, selecting and citing, not copying.",
                ),
                ("Strong collaboration", False, "The task is individual and involves no exchange of ideas."),
            ],
            "Using technology is not the same as using a skill; tasks must require the thinking.",
        ),
        true_false(
            "Learners can practise critical thinking by comparing two printed newspaper articles, without any device.",
            True,
            "Skills are about thinking; ICT is used where it widens what learners can find, test, create or share.",
        ),
        matching(
            "Match each observable behaviour with the skill it shows.",
            [
                ("Notes which source each fact came from and which is more reliable", "Managing information"),
                ("Tries a method, checks the result and tries another when it fails", "Problem solving"),
                ("Builds on a classmate's idea and resolves a disagreement", "Collaboration"),
                ("Designs an original poster solution for a school problem", "Creativity"),
            ],
            "A skill becomes teachable and assessable when you can describe what learners do while using it.",
        ),
        single(
            "What is the most effective way for a teacher to help learners develop a complex skill such as judging sources?",
            [
                (
                    "Model it by thinking aloud, then give repeated practice with feedback in different subjects",
                    True,
                    "Yes: modelling, practice and feedback across contexts build transferable skills.",
                ),
                (
                    "Tell learners once that they should check sources",
                    False,
                    "Advice without practice rarely changes behaviour.",
                ),
                ("Give them more time on devices", False, "Time on devices does not by itself develop judgement."),
            ],
            "Complex skills grow through worthwhile problems, modelling, practice with feedback and talk about strategies.",
            difficulty=2,
        ),
        short_text(
            "A teacher who says each step of her reasoning out loud while judging a website, so learners can hear how she decides, is doing what? Two words: thinking …",
            ["thinking aloud", "think aloud", "thinking out loud", "think-aloud", "aloud"],
            "Thinking aloud (modelling) makes invisible expert reasoning visible so learners can copy and adapt it.",
        ),
    ),
    *tagged(
        "KC.2.b",
        single(
            "Which driving question best suits a unit that builds knowledge-society skills?",
            [
                (
                    "Is the water from our village's sources safe to drink, and how could we tell?",
                    True,
                    "Yes: local, open, and it needs investigation, data, reasoning and communication.",
                ),
                ("What is the definition of pollution?", False, "A closed question answered from the textbook."),
                ("Can you make a slideshow about water?", False, "This names a tool and product, not a problem."),
                ("Which page of the textbook covers water?", False, "A retrieval question with no thinking required."),
            ],
            "Open, real problems connected to learners' lives need the skills the unit aims to build.",
        ),
        ordering(
            "Put the phases of an open-problem unit in order.",
            [
                "Launch the driving question",
                "Investigate and gather information",
                "Make sense of the data",
                "Create a product",
                "Share with an audience and reflect",
            ],
            "Learners first meet the question, then investigate, analyse, create and finally share and reflect.",
        ),
        multiple(
            "A class has three phones for eight groups during an investigation unit. Which plans are sound? Choose all that apply.",
            [
                (
                    "A rotation timetable giving groups the phones at the phase they need them most",
                    True,
                    "Devices go where they add most value.",
                ),
                (
                    "Paper-based tasks for groups waiting for a device",
                    True,
                    "Everyone keeps working; the thinking does not need the device.",
                ),
                (
                    "Homework that needs each learner's own phone and data",
                    False,
                    "This excludes learners without phones or data.",
                ),
                (
                    "Rotating the role of device handler among group members, girls included",
                    True,
                    "Gives every learner a turn with the technology.",
                ),
            ],
            "Plan devices by function and phase, keep offline work meaningful, and share access fairly.",
        ),
        matching(
            "Match each unit task with the tool function that suits it best.",
            [
                ("Interviewing grandparents about the town's history", "Audio recording"),
                ("Comparing maize prices over twelve months", "Spreadsheet"),
                ("Coordinating group tasks between lessons", "Messaging group"),
                ("Documenting the shoreline each week", "Camera"),
            ],
            "Choose each tool for what it does for the learning task.",
            difficulty=1,
        ),
        numeric(
            "Eight groups share two tablets during a 40-minute investigation phase. If every group gets equal tablet time, how many minutes does each group get?",
            "10",
            feedback="Two tablets × 40 minutes = 80 tablet-minutes, shared by 8 groups = 10 minutes each: plan paper tasks for the rest of the time.",
        ),
        true_false(
            "In a well-designed unit, writing the thinking each phase requires matters more than listing the tasks.",
            True,
            '"Record three interviews" is a task; "decide which questions reveal how the town changed" is the thinking the skill needs.',
            difficulty=2,
        ),
    ),
    *tagged(
        "KC.2.c",
        ordering(
            "Put the steps of co-creating a rubric with learners in order.",
            [
                "Show a strong and a weaker anonymised example",
                "Ask learners what makes one better and note their words",
                "Group their ideas into a few criteria",
                "Agree what each level looks like",
                "Share the rubric with every group",
            ],
            "Learners see quality, name it, organise it into criteria and levels, then use it while they work.",
        ),
        single(
            "Why involve learners in writing the criteria for assessing their project work?",
            [
                (
                    "They understand what quality looks like and can improve their work while doing it",
                    True,
                    "Yes: shared criteria turn assessment into a tool for learning.",
                ),
                (
                    "It removes the need for the teacher to judge the work",
                    False,
                    "The teacher still moderates and decides.",
                ),
                (
                    "Learners always grade more generously",
                    False,
                    "They may be harsher or kinder; the teacher moderates either way.",
                ),
            ],
            "Co-created criteria help learners regulate their own learning.",
        ),
        true_false(
            "Once learners assess each other, the teacher no longer needs to check the quality of their feedback.",
            False,
            "The teacher moderates: compares a sample of self- and peer-assessments with their own judgement and teaches how to give useful feedback.",
        ),
        single(
            "Which comment is the most useful peer feedback on a group's radio segment?",
            [
                (
                    "\"Your interview facts are clear; to meet 'uses evidence', say where the rainfall figure came from.\"",
                    True,
                    "Yes: specific, kind and linked to a criterion.",
                ),
                ('"Good job!"', False, "Kind, but gives nothing to act on."),
                ('"It was boring."', False, "Not specific, not kind, not linked to criteria."),
            ],
            "Good feedback names a strength and a next step, both tied to the agreed criteria.",
            difficulty=2,
        ),
        extended(
            "Design a two- to four-week unit around an open, local problem for your learners: the curriculum objectives it covers, the driving question, its phases with the thinking and skill each builds, the tools and device rotation you would use with the devices you have, the product and its audience, and how learners will assess their own skills.",
            "open-problem-unit",
            allow_file=True,
        ),
    ),
]
