"""Demo question pool for KA.2 Basic Knowledge."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.2"
MODULE_ASSESSMENT = "module-ka-2"

ITEMS = [
    single(
        "A teacher gives a short online quiz halfway through a unit to find out what students still "
        "misunderstand, and adjusts the next lesson. What kind of assessment is this?",
        [
            ("Formative assessment", True, "Right: it informs teaching while learning is under way."),
            ("Summative assessment", False, "Summative assessment sums up learning at the end."),
            ("Norm-referenced ranking", False, "The aim is not to rank students."),
            ("Certification", False, "Nothing is certified here."),
        ],
    ),
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
    ),
    true_false(
        "Aligning an ICT activity with the curriculum starts from the learning outcome, and only then picks "
        "the tool that supports it.",
        True,
        "The objective comes first; the technology serves it.",
    ),
    single(
        "What is a rubric?",
        [
            ("A scoring guide that lists criteria and describes levels of performance for each", True, ""),
            ("A list of correct answers for a multiple-choice test", False, "That is an answer key."),
            ("A summary of the curriculum for a year", False, "That is a scheme of work."),
        ],
    ),
    numeric(
        "A student answers 20 of the 25 questions of a quiz correctly. What is the score in percent?",
        "80",
        feedback="20 ÷ 25 = 0.8, that is 80 %.",
        difficulty=1,
    ),
    short_text(
        "What do we call a digital collection of a student's work that shows their progress over time?",
        ["e-portfolio", "eportfolio", "*portfolio"],
        "An e-portfolio (digital portfolio) gathers evidence of learning over time.",
    ),
    matching(
        "Match each curriculum goal with the ICT resource that best supports it.",
        [
            ("Practise multiplication facts until fluent", "A drill-and-practice app with instant feedback"),
            ("Understand how a pendulum's length changes its swing", "An interactive simulation"),
            ("Present the results of a class survey", "A chart made in a spreadsheet"),
            ("Improve a written draft with a partner", "A word processor with comments"),
        ],
    ),
    ordering(
        "Put the steps of using an online quiz formatively in order.",
        [
            "Identify the learning objective",
            "Write questions aligned to the objective",
            "Students take the quiz",
            "Review the results to find misconceptions",
            "Adjust the next lesson",
        ],
    ),
    single(
        "Which is a fair criticism of relying only on automatically scored multiple-choice tests?",
        [
            ("They measure recall well but may miss complex skills such as creativity or collaboration", True, ""),
            ("They cannot be used with computers", False, ""),
            ("They are always biased against every student", False, ""),
        ],
        difficulty=2,
    ),
]
