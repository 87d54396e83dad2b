# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.6 Networking."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.6"
MODULE_ASSESSMENT = "module-kd-6"

RUBRICS = {
    "professional-inquiry": {
        "title": "Professional inquiry through networks",
        "criteria": [
            (
                "Question",
                "KD.6",
                [
                    "No question, or one unrelated to the teacher's practice.",
                    "A broad question that cannot be tested in class.",
                    "A specific question about the teacher's own practice.",
                    "A specific, testable question with the evidence that would answer it.",
                ],
            ),
            (
                "Sources",
                "KD.6",
                [
                    "No sources, or untraceable ones.",
                    "Sources named without judging them.",
                    "Sources checked for author, evidence and context.",
                    "Checked sources combined, noting where they agree and differ.",
                ],
            ),
            (
                "Networking and sharing",
                "KD.6",
                [
                    "No contact with colleagues, networks or experts.",
                    "A network is mentioned without taking part.",
                    "The teacher asked a network or expert and used the answer.",
                    "The teacher asked, tried, and reported the result back to the network.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KD.6.a",
        single(
            "Which is the most useful way to organise a personal library of teaching resources on a phone?",
            [
                (
                    "A folder per subject and unit, clear file names and a note on each resource's use, source and licence",
                    True,
                    "Yes: easy to find, reuse and share.",
                ),
                ("Everything in the Downloads folder", False, "An unorganised pile is hard to use or share."),
                ("Only in messaging chats where colleagues sent them", False, "Files get lost among messages."),
            ],
            difficulty=1,
        ),
        true_false(
            "Commercial textbooks can usually be copied in full and shared freely with colleagues, because they are used for teaching.",
            False,
            "Copyright usually forbids full copies of commercial works; openly licensed resources are the ones you can share and adapt within their terms.",
            difficulty=1,
        ),
        matching(
            "Match each source with what it typically offers teachers.",
            [
                ("National education platform", "Curriculum-aligned lessons and teacher courses"),
                ("Open storybook collection", "Picture books in many local languages"),
                ("Colleagues in a teacher group", "Tested lesson plans and rubrics"),
                ("UNESCO or the Commonwealth of Learning", "Guides, frameworks and teacher courses"),
            ],
            "A good library draws on several kinds of source.",
        ),
        numeric(
            "You share a 4 MB resource pack with 15 colleagues, each by a separate download over mobile data. How many MB of data are used in total?",
            "60",
            feedback="4 MB × 15 = 60 MB. Sharing once by Bluetooth or memory card in a meeting would use no data at all.",
            difficulty=1,
        ),
        short_text(
            "Which licence abbreviation lets others share and adapt your resource as long as they credit you? (for example 'CC ...')",
            ["CC BY", "CC-BY", "CCBY", "CC BY 4.0"],
            "CC BY (Creative Commons Attribution) allows sharing and adaptation with credit.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.6.b",
        matching(
            "Match each kind of professional network with the connection it needs.",
            [
                ("A local cluster meeting of teachers", "None; a phone for follow-up"),
                ("A district messaging group", "Low data on a basic smartphone"),
                ("A free online course with downloads", "An occasional connection"),
            ],
            "Choose networks that fit your connection and time.",
            difficulty=2,
        ),
        single(
            "Which question posted to a teacher network is most likely to get useful answers?",
            [
                (
                    "How do you run group work with 70 Grade 6 learners and one tablet in science?",
                    True,
                    "Yes: context and goal are specific.",
                ),
                ("Any ideas about technology?", False, "Too vague to answer well."),
                ("Is ICT good or bad?", False, "A debate, not a practical question."),
            ],
            difficulty=1,
        ),
        ordering(
            "Put the steps of learning through a teacher network in order.",
            [
                "Introduce yourself with your subject, grade and a current question",
                "Ask a specific question",
                "Try the most useful answer in a lesson",
                "Report the result back to the network",
            ],
            "Networks work when teachers ask, try and give back.",
        ),
        multiple(
            "Which are safe, professional practices in online teacher networks? Choose all that apply.",
            [
                ("Using a professional profile name", True, "Separates professional and private life."),
                (
                    "Keeping learners' personal data and photos out of the group without consent",
                    True,
                    "Protects learners' privacy.",
                ),
                ("Checking advice against a second source before using it in class", True, "Not all advice is sound."),
                ("Sharing learners' full names and marks to ask for advice", False, "A breach of privacy."),
            ],
            difficulty=2,
        ),
        true_false(
            "A monthly meeting of teachers from neighbouring schools, followed up by phone, is a professional network even if no internet is used.",
            True,
            "A network is about people learning together over time; the technology is only the channel.",
            difficulty=1,
        ),
        single(
            "You want a local agricultural extension officer to answer your class's questions about soil. What is the best first step?",
            [
                (
                    "Send a short, polite message with a clear request, such as a 15-minute call with the class on a set date",
                    True,
                    "Yes: specific and easy to accept.",
                ),
                ("Ask learners to find the officer's personal number and call", False, "Not safe or professional."),
                ("Wait for experts to contact the school", False, "Experts rarely know they are needed unless asked."),
            ],
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.6.c",
        true_false(
            "Evidence from several studies in schools like yours is stronger than one enthusiastic story from a very different context.",
            True,
            "Weight evidence by how much of it there is and how close its context is to yours.",
            difficulty=2,
        ),
        single(
            "A colleague forwards an advert saying a reading app 'raises test scores by 50 %'. Before recommending it, what should you check first?",
            [
                (
                    "Who makes the claim, what evidence supports it and whether it was tested in schools like yours",
                    True,
                    "Yes: source, evidence and context decide trust.",
                ),
                ("How many times the post has been shared", False, "Popularity is not evidence."),
                ("Whether the app has bright colours", False, "Design says nothing about effect on learning."),
            ],
            difficulty=1,
        ),
        ordering(
            "Put the steps of a small professional inquiry in order.",
            [
                "Ask a question about your own practice",
                "Search for what others have found",
                "Evaluate the sources",
                "Combine what the sources agree on",
                "Try it in class and check with simple evidence",
            ],
            "Ask, search, evaluate, combine, then apply and check.",
            difficulty=2,
        ),
        multiple(
            "Which habits help you search for professional information on a poor connection? Choose all that apply.",
            [
                ("Use precise search words that include your context", True, "Fewer, better results."),
                ("Prefer text pages to videos and save them for offline reading", True, "Less data, readable later."),
                ("Ask a network for their best source", True, "Colleagues filter for you."),
                ("Open every result in a new tab at once", False, "Wastes data and time on a slow connection."),
            ],
            difficulty=2,
        ),
        extended(
            "Describe a small inquiry into your own teaching: your question, three sources you found (how you checked "
            "each for author, evidence and context), what they agree and disagree on, what you asked a network or "
            "an expert and what they answered, what you tried in class, the evidence you collected and how you "
            "shared the result. You may write it here or upload your notes.",
            "professional-inquiry",
        ),
    ),
]
