# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.3 ICT-enhanced Teaching."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.3"
MODULE_ASSESSMENT = "module-ka-3"

ITEMS = [
    *tagged(
        "KA.3.a",
        single(
            "Drill-and-practice software is best suited to…",
            [
                ("consolidating skills already taught, through repetition with immediate feedback", True, ""),
                (
                    "introducing a completely new concept without any teaching",
                    False,
                    "Tutorials or teaching come first.",
                ),
                ("open-ended project work", False, "That calls for other tools."),
            ],
            "Drill-and-practice reinforces; it does not replace teaching.",
        ),
    ),
    *tagged(
        "KA.3.b",
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
    ),
    *tagged(
        "KA.3.c",
        true_false(
            "Showing slides with a projector automatically makes a lesson student-centred.",
            False,
            "The pedagogy, not the device, decides whether a lesson is student-centred.",
        ),
    ),
    *tagged(
        "KA.3.b",
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
            feedback="OER are free to use and, thanks to their open licence, may also be adapted and shared; that is what distinguishes them from material that is only free to view.",
        ),
    ),
    *tagged(
        "KA.3.b",
        short_text(
            "Which family of licences, with codes such as CC BY and CC BY-SA, is widely used for OER?",
            ["Creative Commons", "CC"],
            "Creative Commons licences tell users what they may do with a work.",
        ),
    ),
    *tagged(
        "KA.3.a",
        matching(
            "Match each kind of software with how it supports learning.",
            [
                ("Tutorial software", "Presents new content step by step and checks understanding"),
                ("Drill-and-practice", "Repeats exercises with instant feedback"),
                ("Simulation", "Lets students explore a model by changing variables"),
                ("Presentation software", "Supports the teacher's explanation with visuals"),
            ],
            feedback="Each kind of software has a typical job: tutorials teach, drills practise, simulations let learners explore, presentations support explanation.",
        ),
    ),
    *tagged(
        "KA.3.b",
        ordering(
            "Put the steps of planning an ICT-enhanced lesson in order.",
            [
                "Identify the learning objective in the curriculum",
                "Choose an ICT resource that supports the objective",
                "Check it works on the devices available and is accessible",
                "Teach the lesson",
                "Evaluate whether the objective was met",
            ],
            feedback="Plan from the objective to the tool, check it works where you teach, then evaluate against the same objective.",
        ),
    ),
    *tagged(
        "KA.3.b",
        numeric(
            "A class of 36 students shares 12 tablets equally. How many students work on each tablet?",
            "3",
            difficulty=1,
            feedback="36 ÷ 12 = 3 students per tablet: plan roles so all three take part.",
        ),
    ),
    *tagged(
        "KA.3.b",
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
            feedback="Resources in more than one language, with audio, let learners connect new content to the language they know best.",
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.3.a",
        single(
            "You want the whole class to see how a bean seed germinates over a week, and you have only your phone. "
            "Which plan fits best?",
            [
                (
                    "Photograph the seed at the same time each day, then show the sequence to small groups in turn",
                    True,
                    "Yes: the phone records what learners cannot watch continuously, and one device is enough.",
                ),
                (
                    "Ask every learner to search for germination videos at home",
                    False,
                    "Many learners have no connection at home, and they miss observing the real seed.",
                ),
                (
                    "Wait until the school buys a digital microscope",
                    False,
                    "The phone's camera already does the job.",
                ),
                (
                    "Describe germination orally and skip the observation",
                    False,
                    "Learners lose the chance to observe change over time, which the tool makes easy.",
                ),
            ],
            "Match the tool to the teaching need: here, recording change over time for later discussion.",
        ),
        true_false(
            "Drill-and-practice software suits learners who need many short repetitions of a skill already taught, "
            "with instant feedback.",
            True,
            "That is its strength; it is a poor choice for introducing a new concept, which needs explanation first.",
            difficulty=1,
        ),
        matching(
            "Match each teaching method with the ICT that supports it best in a one-device classroom.",
            [
                ("Explaining a process", "A short animation or diagram shown on the shared screen"),
                (
                    "Demonstrating a procedure",
                    "The phone camera showing the teacher's hands, projected or passed round",
                ),
                ("Practising a skill", "An offline drill app with immediate feedback, used in turns"),
                ("Revising a topic", "A team quiz game with questions shown on the screen"),
            ],
            "Choose the tool for what the method needs: seeing, watching closely, repeating, recalling.",
        ),
    ),
    *tagged(
        "KA.3.b",
        single(
            "A lesson plan says only: “Learners use tablets.” What is most importantly missing?",
            [
                (
                    "What learners do with the tablets and which learning objective it serves",
                    True,
                    "Yes: without the task and the objective, the ICT has no purpose in the plan.",
                ),
                ("The brand of the tablets", False, "The brand rarely matters for the lesson."),
                ("The colour of the tablet covers", False, "Irrelevant to learning."),
                ("The price of the tablets", False, "A budget question, not a lesson-plan one."),
            ],
            "Every ICT step in a plan names the task and the objective it serves.",
        ),
        numeric(
            "A 40-minute lesson plans 5 minutes of introduction, 20 minutes of group practice on a drill app and "
            "10 minutes of whole-class review. How many minutes are left for the closing quick check?",
            "5",
            feedback="40 − (5 + 20 + 10) = 5 minutes: plan the check, do not leave it to chance.",
            difficulty=1,
        ),
        short_text(
            "Which three-letter abbreviation names the approach of designing lessons so that every learner can take "
            "part from the start, through several ways of presenting, engaging and responding?",
            ["UDL", "Universal Design for Learning"],
            "Universal Design for Learning: plan for diversity from the start instead of adapting afterwards.",
        ),
    ),
    *tagged(
        "KA.3.c",
        multiple(
            "Which practices make projected slides support learning? Choose all that apply.",
            [
                ("One idea per slide, with a picture or diagram", True, "Less text, more meaning."),
                ("Questions to the class between slides", True, "Keeps learners thinking, not only watching."),
                ("Enough light in the room for learners to write", True, "Learners need to take notes."),
                (
                    "Reading dense paragraphs aloud from the screen",
                    False,
                    "Learners read faster than you speak; they switch off.",
                ),
                ("Forty slides in twenty minutes", False, "Too fast for anyone to follow."),
            ],
            "Slides support the teacher's explanation; they do not replace it.",
        ),
        ordering(
            "Put the steps of preparing to teach with a borrowed projector in order.",
            [
                "Check the power supply and cables the day before",
                "Copy the slides or video onto the device so nothing depends on the internet",
                "Test in the room: brightness, sound and where learners sit",
                "Prepare a board or paper backup of the key points",
                "Teach, pausing for questions",
            ],
            "Prepare offline and keep a backup: projectors and power fail at the worst moment.",
        ),
    ),
]
