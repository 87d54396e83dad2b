"""Demo question pool for KA.3 ICT-enhanced Teaching."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.3"
MODULE_ASSESSMENT = "module-ka-3"

ITEMS = [
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
