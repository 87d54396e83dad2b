# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.1 Policy Understanding."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.1"
MODULE_ASSESSMENT = "module-ka-1"

ITEMS = [
    *tagged(
        "KA.1.a",
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
    ),
    *tagged(
        "KA.1.a",
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
    ),
    *tagged(
        "KA.1.a",
        ordering(
            "Put the ICT CFT levels in order, from the first a teacher reaches to the most advanced.",
            ["Knowledge Acquisition", "Knowledge Deepening", "Knowledge Creation"],
            "Each level builds on the previous one.",
        ),
    ),
    *tagged(
        "KA.1.a",
        numeric(
            "How many competencies does the ICT CFT version 3 matrix contain (levels × aspects)?",
            "18",
            feedback="3 levels × 6 aspects = 18 competencies.",
        ),
    ),
    *tagged(
        "KA.1.a",
        true_false(
            "The ICT CFT must be adopted word for word: countries may not adapt it to their own policies.",
            False,
            "The framework is explicitly meant to be adapted to national and institutional contexts.",
        ),
    ),
    *tagged(
        "KA.1.a",
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
            feedback="KA.1 asks teachers to understand policy well enough to connect their own practice to it; applying and shaping policy come at KD.1 and KC.1.",
        ),
    ),
    *tagged(
        "KA.1.b",
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
    ),
    *tagged(
        "KA.1.a",
        short_text(
            "Which United Nations agency publishes the ICT Competency Framework for Teachers? (one word)",
            ["UNESCO", "United Nations Educational, Scientific and Cultural Organi*ation"],
            "UNESCO published the framework in 2008, 2011 and 2018 (version 3).",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.1.a",
        numeric(
            "Which Sustainable Development Goal (give its number) calls for inclusive and equitable quality "
            "education for all?",
            "4",
            feedback="SDG 4: quality education. The ICT CFT v3 links teachers' ICT competencies to it.",
        ),
    ),
    *tagged(
        "KA.1.b",
        true_false(
            "Under most data protection rules, a teacher may publish photos of students on the school website "
            "without consent, because the website belongs to the school.",
            False,
            "Publishing students' images generally needs consent from the students or their guardians.",
            difficulty=2,
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.1.a",
        single(
            "Your ministry's strategy aims to improve early-grade reading. You have one phone and no internet "
            "connection. Which activity serves that goal best?",
            [
                (
                    "Small groups take turns reading a levelled story on an offline reading app, then retell it to the class",
                    True,
                    "Yes: it serves the reading goal directly and works with one device and no connection.",
                ),
                (
                    "Learners practise typing the alphabet on the phone",
                    False,
                    "Typing is a digital-literacy skill, not the reading goal the strategy names.",
                ),
                (
                    "Wait until the school is connected before using any technology",
                    False,
                    "Offline apps and one shared phone can already serve the goal; waiting helps no learner.",
                ),
                (
                    "Show a cartoon so learners get used to screens",
                    False,
                    "Screen time on its own serves no goal of the policy.",
                ),
            ],
            "Start from the policy goal, then choose the simplest activity that serves it with what you have.",
        ),
        true_false(
            "If the national policy promises one device per learner but your school has two laptops, the policy has "
            "nothing to say about your teaching yet.",
            False,
            "You can serve part of each goal with the devices you have, and the gap itself is useful information "
            "to report to your head teacher and district.",
            difficulty=2,
        ),
        matching(
            "Match each level of the education system with a document where you would find its ICT priorities.",
            [
                ("School", "School development plan and the learners' acceptable-use agreement"),
                ("District or province", "Circulars on training days, device deliveries and connectivity"),
                ("Country", "The ICT-in-education policy or digital education strategy"),
                ("International", "Sustainable Development Goal 4 and the Education 2030 agenda"),
            ],
            "Read from the closest level outwards: what your school expects is usually the most concrete.",
        ),
        ordering(
            "Put the steps of connecting one of your lessons to a policy goal in the order you would do them.",
            [
                "Name the policy goal the lesson serves, in plain words",
                "Describe what learners do with the technology",
                "Decide what evidence you will see or collect",
                "Note anything missing (device, power, resource) and who could fix it",
            ],
            "Goal, activity, evidence, then the gap: the line you can show a head teacher or inspector.",
        ),
        numeric(
            "A district policy asks for at least 40 minutes of hands-on device time per learner each week. Your 30 "
            "learners share 5 tablets, one learner per tablet at a time. How many minutes of lesson time a week must "
            "all five tablets be in use to meet the target?",
            "240",
            feedback="30 learners × 40 minutes = 1,200 tablet-minutes; shared by 5 tablets that is 1,200 ÷ 5 = 240 minutes.",
            difficulty=3,
        ),
    ),
    *tagged(
        "KA.1.b",
        multiple(
            "You want to post a video of your class's science demonstration on the school's social media page. "
            "What should you check first? Choose all that apply.",
            [
                (
                    "That the guardians of every learner who can be seen or named have given consent",
                    True,
                    "Images of learners are personal data.",
                ),
                (
                    "What the school's rules say about publishing photos and videos of learners",
                    True,
                    "The school's own policy applies first.",
                ),
                (
                    "That any music or pictures added to the video may be reused under their licence",
                    True,
                    "Copyright applies to what you add.",
                ),
                ("That the video is in high resolution", False, "Quality is not a policy question."),
                ("That the learners enjoyed the demonstration", False, "Enjoyment does not replace consent."),
            ],
            "Consent, the school's rules and licences: three checks before anything about learners is published.",
        ),
        short_text(
            "A learner's name, marks, photo and home address are all examples of what kind of data, protected by data "
            "protection rules? (two words)",
            ["personal data", "personal information", "personally identifiable information"],
            "Personal data is anything that identifies a learner; collect only what you need and keep it safe.",
            difficulty=1,
        ),
        single(
            "A free quiz app asks each learner to sign up with a phone number and full name. Your school has no "
            "agreement with the app's company. What is the most policy-aware choice?",
            [
                (
                    "Check the school's or ministry's guidance first, and meanwhile run the quiz without learner accounts",
                    True,
                    "Yes: you avoid handing over learners' data until the use is approved, and the lesson still happens.",
                ),
                (
                    "Sign every learner up: the app is free",
                    False,
                    "A free app may be paid for with learners' data; that needs approval.",
                ),
                (
                    "Ask learners to sign up with their parents' numbers instead",
                    False,
                    "That still shares personal data, now of the parents, without agreement.",
                ),
                (
                    "Never use any app in class",
                    False,
                    "Too strict: many approved or account-free tools are fine.",
                ),
            ],
            "Policies on learners' data apply to every app; a quiz needs no learner accounts to work.",
            difficulty=2,
        ),
    ),
]
