"""Demo questions for KA.1 Policy Understanding, KA.2 Basic Knowledge, KA.3 ICT-enhanced Teaching."""

from .spec import matching, multiple, numeric, ordering, short_text, single, true_false

KA_1 = [
    single(
        "What is the UNESCO ICT Competency Framework for Teachers (ICT CFT)?",
        [
            (
                "A reference framework that countries and institutions adapt to set the ICT competencies teachers need",
                True,
                "Yes: it is a reference to be adapted to national policy and context.",
            ),
            ("A mandatory international exam that every teacher must pass", False, "It is not an exam."),
            ("A list of approved software for schools", False, "It describes competencies, not products."),
            ("A hardware standard for school computer labs", False, "It is about teachers' competencies."),
        ],
        "Version 3 (2018) organises 18 competencies in three levels and six aspects of teachers' work.",
    ),
    multiple(
        "Which are the three levels (approaches) of ICT use in the ICT CFT? Choose all that apply.",
        [
            ("Knowledge Acquisition", True, ""),
            ("Knowledge Deepening", True, ""),
            ("Knowledge Creation", True, ""),
            ("Knowledge Transfer", False, "Not a level of the framework."),
            ("Digital Citizenship", False, "An important topic, but not one of the three levels."),
        ],
        "The levels are Knowledge Acquisition, Knowledge Deepening and Knowledge Creation.",
    ),
    ordering(
        "Put the ICT CFT levels in order, from the first a teacher reaches to the most advanced.",
        ["Knowledge Acquisition", "Knowledge Deepening", "Knowledge Creation"],
        "Each level builds on the previous one.",
    ),
    numeric(
        "How many competencies does the ICT CFT version 3 matrix contain (levels × aspects)?",
        "18",
        feedback="3 levels × 6 aspects = 18 competencies.",
    ),
    true_false(
        "The ICT CFT must be adopted word for word: countries may not adapt it to their own policies.",
        False,
        "The framework is explicitly meant to be adapted to national and institutional contexts.",
    ),
    single(
        "At the Knowledge Acquisition level, what does the policy competency (KA.1) expect of a teacher?",
        [
            (
                "To explain how their classroom practice corresponds to and supports institutional and national "
                "ICT policies",
                True,
                "",
            ),
            ("To write the national ICT in education policy", False, "That belongs to policy makers."),
            (
                "To design new policies for their school alone",
                False,
                "Policy innovation comes at Knowledge Creation (KC.1).",
            ),
            ("To ignore policy and focus only on teaching", False, "Teachers need to understand policy."),
        ],
        difficulty=2,
    ),
    matching(
        "Match each policy instrument with what it governs.",
        [
            ("Acceptable use policy", "How students and staff may use school devices and networks"),
            ("Data protection law", "How personal data about learners is collected, stored and shared"),
            ("National ICT in education plan", "Goals and investment for technology in schools"),
            ("Open licence (e.g. Creative Commons)", "How a digital resource may be reused and shared"),
        ],
        "Knowing which rule applies helps teachers act within policy.",
    ),
    short_text(
        "Which United Nations agency publishes the ICT Competency Framework for Teachers? (one word)",
        ["UNESCO", "United Nations Educational, Scientific and Cultural Organi*ation"],
        "UNESCO published the framework in 2008, 2011 and 2018 (version 3).",
        difficulty=1,
    ),
    numeric(
        "Which Sustainable Development Goal (give its number) calls for inclusive and equitable quality "
        "education for all?",
        "4",
        feedback="SDG 4: quality education. The ICT CFT v3 links teachers' ICT competencies to it.",
    ),
    true_false(
        "Under most data protection rules, a teacher may publish photos of students on the school website "
        "without consent, because the website belongs to the school.",
        False,
        "Publishing students' images generally needs consent from the students or their guardians.",
        difficulty=2,
    ),
]

KA_2 = [
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

KA_3 = [
    single(
        "Drill-and-practice software is best suited to…",
        [
            ("consolidating skills already taught, through repetition with immediate feedback", True, ""),
            ("introducing a completely new concept without any teaching", False, "Tutorials or teaching come first."),
            ("open-ended project work", False, "That calls for other tools."),
        ],
        "Drill-and-practice reinforces; it does not replace teaching.",
    ),
    multiple(
        "Which make a digital learning resource more accessible? Choose all that apply.",
        [
            ("Text alternatives (alt text) for images", True, ""),
            ("Captions or transcripts for videos", True, ""),
            ("Sufficient contrast between text and background", True, ""),
            ("Information shown by colour only", False, "Colour-blind students would miss it."),
            ("Audio that plays automatically", False, "It interferes with screen readers."),
        ],
        "See the Web Content Accessibility Guidelines (WCAG).",
    ),
    true_false(
        "Showing slides with a projector automatically makes a lesson student-centred.",
        False,
        "The pedagogy, not the device, decides whether a lesson is student-centred.",
    ),
    single(
        "What are Open Educational Resources (OER)?",
        [
            (
                "Teaching and learning materials in the public domain or under an open licence that allows "
                "no-cost use, adaptation and redistribution",
                True,
                "This is UNESCO's definition.",
            ),
            ("Any material you can find on the internet", False, "Being online does not make it open."),
            ("Materials that schools must buy from publishers", False, ""),
        ],
    ),
    short_text(
        "Which family of licences, with codes such as CC BY and CC BY-SA, is widely used for OER?",
        ["Creative Commons", "CC"],
        "Creative Commons licences tell users what they may do with a work.",
    ),
    matching(
        "Match each kind of software with how it supports learning.",
        [
            ("Tutorial software", "Presents new content step by step and checks understanding"),
            ("Drill-and-practice", "Repeats exercises with instant feedback"),
            ("Simulation", "Lets students explore a model by changing variables"),
            ("Presentation software", "Supports the teacher's explanation with visuals"),
        ],
    ),
    ordering(
        "Put the steps of planning an ICT-enhanced lesson in order.",
        [
            "Identify the learning objective in the curriculum",
            "Choose an ICT resource that supports the objective",
            "Check it works on the devices available and is accessible",
            "Teach the lesson",
            "Evaluate whether the objective was met",
        ],
    ),
    numeric(
        "A class of 36 students shares 12 tablets equally. How many students work on each tablet?",
        "3",
        difficulty=1,
    ),
    single(
        "Several students' home language differs from the language of instruction. Which use of ICT helps most?",
        [
            ("Resources with audio and text in more than one language, used alongside the lesson", True, ""),
            (
                "Only English-language videos, so everyone practises",
                False,
                "This excludes the students who most need support.",
            ),
            ("No digital resources at all", False, ""),
        ],
        difficulty=2,
    ),
]
