"""Demo question pool for KA.1 Policy Understanding."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.1"
MODULE_ASSESSMENT = "module-ka-1"

ITEMS = [
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
