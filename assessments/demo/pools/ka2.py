# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.2 Basic Knowledge."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.2"
MODULE_ASSESSMENT = "module-ka-2"

ITEMS = [
    *tagged(
        "KA.2.c",
        single(
            "A teacher gives a short online quiz halfway through a unit to find out what students still "
            "misunderstand, and adjusts the next lesson. What kind of assessment is this?",
            [
                ("Formative assessment", True, "Right: it informs teaching while learning is under way."),
                ("Summative assessment", False, "Summative assessment sums up learning at the end."),
                ("Norm-referenced ranking", False, "The aim is not to rank students."),
                ("Certification", False, "Nothing is certified here."),
            ],
            feedback="Assessment during learning, used to adjust teaching, is formative; summative assessment sums up learning at the end.",
        ),
    ),
    *tagged(
        "KA.2.c",
        multiple(
            "Which are sound ways ICT can support assessment? Choose all that apply.",
            [
                ("Quizzes that give students immediate feedback", True, ""),
                ("E-portfolios that show progress over time", True, ""),
                ("A spreadsheet of results to spot patterns across the class", True, ""),
                ("Publishing every student's marks on a public website", False, "This breaches privacy."),
                (
                    "Letting software replace all teacher judgement",
                    False,
                    "ICT supports judgement; it does not replace it.",
                ),
            ],
            feedback="ICT helps when it gives quick feedback, keeps evidence of progress or shows patterns you can act on.",
        ),
    ),
    *tagged(
        "KA.2.a",
        true_false(
            "Aligning an ICT activity with the curriculum starts from the learning outcome, and only then picks "
            "the tool that supports it.",
            True,
            "The objective comes first; the technology serves it.",
        ),
    ),
    *tagged(
        "KA.2.c",
        single(
            "What is a rubric?",
            [
                ("A scoring guide that lists criteria and describes levels of performance for each", True, ""),
                ("A list of correct answers for a multiple-choice test", False, "That is an answer key."),
                ("A summary of the curriculum for a year", False, "That is a scheme of work."),
            ],
            feedback="A rubric makes expectations visible: criteria down the side, levels of quality across, each described in words.",
        ),
    ),
    *tagged(
        "KA.2.c",
        numeric(
            "A student answers 20 of the 25 questions of a quiz correctly. What is the score in percent?",
            "80",
            feedback="20 ÷ 25 = 0.8, that is 80 %.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.2.c",
        short_text(
            "What do we call a digital collection of a student's work that shows their progress over time?",
            ["e-portfolio", "eportfolio", "*portfolio"],
            "An e-portfolio (digital portfolio) gathers evidence of learning over time.",
        ),
    ),
    *tagged(
        "KA.2.a",
        matching(
            "Match each curriculum goal with the ICT resource that best supports it.",
            [
                ("Practise multiplication facts until fluent", "A drill-and-practice app with instant feedback"),
                ("Understand how a pendulum's length changes its swing", "An interactive simulation"),
                ("Present the results of a class survey", "A chart made in a spreadsheet"),
                ("Improve a written draft with a partner", "A word processor with comments"),
            ],
            feedback="Choose the resource for what the goal asks: fluency needs practice, understanding a relationship needs exploration, presenting needs a chart, revising needs comments.",
        ),
    ),
    *tagged(
        "KA.2.c",
        ordering(
            "Put the steps of using an online quiz formatively in order.",
            [
                "Identify the learning objective",
                "Write questions aligned to the objective",
                "Students take the quiz",
                "Review the results to find misconceptions",
                "Adjust the next lesson",
            ],
            feedback="Formative use starts from the objective and ends with a change in teaching; a quiz whose results nobody acts on is not formative.",
        ),
    ),
    *tagged(
        "KA.2.c",
        single(
            "Which is a fair criticism of relying only on automatically scored multiple-choice tests?",
            [
                ("They measure recall well but may miss complex skills such as creativity or collaboration", True, ""),
                ("They cannot be used with computers", False, ""),
                ("They are always biased against every student", False, ""),
            ],
            difficulty=2,
            feedback="Automatic scoring is quick and consistent, but skills such as explaining, arguing or creating need other kinds of tasks too.",
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.2.a",
        single(
            "A curriculum outcome reads: “Learners compare the climate of two regions using data.” Which use of ICT "
            "serves this outcome most directly?",
            [
                (
                    "Learners enter monthly rainfall for two towns into a spreadsheet and make one chart to compare them",
                    True,
                    "Yes: learners handle the data and compare it, which is what the outcome asks.",
                ),
                (
                    "Learners watch a general video about the weather",
                    False,
                    "Interesting, but learners neither use data nor compare two regions.",
                ),
                (
                    "Learners type the outcome into a word processor",
                    False,
                    "Copying text does not serve the outcome.",
                ),
                (
                    "Learners play any educational game on the tablets",
                    False,
                    "A game unrelated to the outcome is not aligned with it.",
                ),
            ],
            "Read the verb and the object of the outcome (compare, using data), then choose ICT that lets learners do exactly that.",
        ),
        multiple(
            "Which questions should you ask before adding ICT to a curriculum outcome? Choose all that apply.",
            [
                ("Does it help learners reach the outcome better than without it?", True, "The learning comes first."),
                ("Can every learner get a fair turn with it?", True, "Alignment includes access for all."),
                (
                    "Will it work with the devices, power and connection we really have?",
                    True,
                    "Plan for your real school.",
                ),
                ("Is it the newest app available?", False, "New is not the same as useful."),
                (
                    "Will it keep learners busy so I need not teach?",
                    False,
                    "ICT supports teaching; it does not replace it.",
                ),
            ],
            "Useful, fair, feasible: a three-question filter for every ICT idea.",
        ),
        ordering(
            "Put the steps of reading a curriculum unit for ICT opportunities in order.",
            [
                "Read the learning outcomes of the unit",
                "Underline the verbs that say what learners must do",
                "For each verb, ask whether ICT would help and whether it is available",
                "Choose one activity and note the evidence it will give",
                "Try it, then review what learners achieved",
            ],
            "Outcomes first, tools last: the verbs tell you where technology can help.",
        ),
    ),
    *tagged(
        "KA.2.b",
        true_false(
            "Learners build ICT skills best in a separate computer lesson that is never connected to their other subjects.",
            False,
            "Skills stick when learners use them for real tasks: recording in a language lesson, charting in mathematics.",
            difficulty=1,
        ),
        single(
            "In a language lesson, which activity builds learners' ICT skills while serving the subject?",
            [
                (
                    "Pairs record a one-minute talk on a phone, play it back and improve it against a checklist",
                    True,
                    "Yes: learners practise recording and playback, and the language outcome is served.",
                ),
                (
                    "Learners copy the names of computer parts into their exercise books",
                    False,
                    "Neither a language outcome nor real use of ICT.",
                ),
                (
                    "Learners watch the teacher type a paragraph",
                    False,
                    "Watching builds little skill; learners need to handle the tool.",
                ),
                (
                    "Learners type random words for speed",
                    False,
                    "Typing practice unconnected to the lesson does not serve the subject.",
                ),
            ],
            "Put the ICT skill inside a real subject task, with learners doing it themselves.",
        ),
    ),
    *tagged(
        "KA.2.c",
        matching(
            "Match each purpose of assessment with an ICT-supported example.",
            [
                ("Before a unit (diagnostic)", "A five-question phone poll on what learners already know"),
                ("During a unit (formative)", "An exit question whose answers you tally to plan tomorrow's lesson"),
                ("At the end (summative)", "An end-of-term test recorded in the spreadsheet mark book"),
                (
                    "By learners themselves (self-assessment)",
                    "Learners record their reading aloud and compare it with a checklist",
                ),
            ],
            "The same tool can serve different purposes; what matters is when and why you use the results.",
        ),
        numeric(
            "In a five-question exit check, 24 of 30 learners answer question 3 wrongly. What percentage of the class "
            "got question 3 wrong?",
            "80",
            feedback="24 ÷ 30 = 0.8, so 80 %: a sign to reteach that point, not to move on.",
            difficulty=1,
        ),
        short_text(
            "Which kind of spreadsheet chart best shows how one learner's score changed over five weekly quizzes? (one word)",
            ["line", "line chart", "line graph"],
            "A line chart shows change over time; a bar chart is better for comparing separate groups.",
        ),
    ),
]
