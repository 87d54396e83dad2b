# ruff: noqa: E501 (question text: a line is a sentence)
"""Demo question pool for KA.6 Digital Literacy."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KA.6"
MODULE_ASSESSMENT = "module-ka-6"

ITEMS = [
    *tagged(
        "KA.6.c",
        single(
            "Which is the best way to judge whether a website is a reliable source for your teaching?",
            [
                (
                    "Check who publishes it and their expertise, when it was updated, and whether claims cite sources",
                    True,
                    "",
                ),
                ("Trust it if it appears first in the search results", False, "Ranking is not reliability."),
                ("Trust it if the design looks professional", False, ""),
            ],
            feedback="Judge the publisher, the date, the evidence and the purpose; looks and search ranking say little about reliability.",
        ),
    ),
    *tagged(
        "KA.6.b",
        multiple(
            "Which are forms of online professional learning for teachers? Choose all that apply.",
            [
                ("An online course (MOOC)", True, ""),
                ("An online community of practice", True, ""),
                ("A webinar followed by discussion", True, ""),
                ("Forwarding chain messages", False, ""),
            ],
            difficulty=1,
            feedback="Online courses, communities and webinars with discussion all build professional knowledge; what matters is that you apply what you learn.",
        ),
    ),
    *tagged(
        "KA.6.c",
        true_false(
            "Material on the internet without a copyright notice is free to reuse for any purpose.",
            False,
            "Works are protected by copyright by default; look for an open licence.",
        ),
    ),
    *tagged(
        "KA.6.b",
        short_text(
            "What is the usual abbreviation for a “massive open online course”?",
            ["MOOC", "MOOCs"],
            difficulty=1,
            feedback="MOOC: massive open online course. Many can be downloaded for offline study.",
        ),
    ),
    *tagged(
        "KA.6.c",
        matching(
            "Match each Creative Commons licence element with its meaning.",
            [
                ("BY", "Credit the creator"),
                ("SA", "Share adaptations under the same licence"),
                ("NC", "Non-commercial use only"),
                ("ND", "No adaptations may be shared"),
            ],
            feedback="The four elements combine into the six Creative Commons licences; BY appears in all of them.",
        ),
    ),
    *tagged(
        "KA.6.c",
        ordering(
            "Put the four moves of the SIFT method for checking online information in order.",
            [
                "Stop",
                "Investigate the source",
                "Find better coverage",
                "Trace claims, quotes and media to the original context",
            ],
            "SIFT (Mike Caulfield) is a quick routine for evaluating online information.",
            difficulty=3,
        ),
    ),
    *tagged(
        "KA.6.b",
        numeric(
            "How many competencies of the ICT CFT version 3 belong to the Knowledge Acquisition level?",
            "6",
            difficulty=1,
            feedback="Six aspects at each level: Knowledge Acquisition has competencies KA.1 to KA.6.",
        ),
    ),
    *tagged(
        "KA.6.c",
        single(
            "An email from “IT support” asks you to confirm your school password through a link. What should you do?",
            [
                ("Not click; report it to the school's IT contact through a channel you already know", True, ""),
                ("Click and enter your password quickly", False, "This is a typical phishing attempt."),
                ("Reply with your password", False, "Nobody legitimate asks for your password."),
            ],
            difficulty=1,
            feedback="A request for your password through a link is a classic phishing sign; report it through a channel you already trust.",
        ),
    ),
    *tagged(
        "KA.6.b",
        single(
            "How does a digital professional learning portfolio help a teacher?",
            [
                (
                    "It collects evidence of what they learned and their reflection on how it changed their practice",
                    True,
                    "",
                ),
                ("It replaces the need for any further learning", False, ""),
                ("It stores students' private records", False, ""),
            ],
            difficulty=2,
            feedback="A portfolio gathers evidence and reflection over time, which helps you see progress and show it to others.",
        ),
    ),
    # Added for the pilot: one objective per group, every option explained.
    *tagged(
        "KA.6.a",
        multiple(
            "Which uses of ICT save a teacher time week after week? Choose all that apply.",
            [
                ("A lesson-plan template you fill in instead of starting from a blank page", True, "Reuse saves time."),
                ("A spreadsheet mark book that calculates averages", True, "No more adding by hand."),
                ("One class message to all families instead of separate notes", True, "One message, many readers."),
                ("Retyping the same worksheet every term", False, "Save it once and edit it."),
                ("Printing every email to file it", False, "Costs paper and time; file it digitally."),
            ],
            "Productivity comes from doing a task once and reusing it.",
        ),
        short_text(
            "What do we call a saved document that already holds the headings and layout of a lesson plan, so you only "
            "fill in the content? (one word)",
            ["template"],
            "A template: make it once, then copy it for each new lesson.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.6.b",
        single(
            "You are taking a free online course but your connection is poor. What works best?",
            [
                (
                    "Download the videos and readings where there is a good connection, study offline, and go online only to submit",
                    True,
                    "Yes: you learn at your own pace and use data only when it is cheap or free.",
                ),
                ("Stream every video in high quality on mobile data", False, "Costly and likely to stall."),
                (
                    "Give up: online courses are not for rural teachers",
                    False,
                    "Most courses allow downloads or have offline versions.",
                ),
                ("Only study at peak evening hours", False, "Networks are slowest then."),
            ],
            "Plan online learning around your connection, not the other way round.",
        ),
        ordering(
            "Put the steps of a simple professional learning cycle in order.",
            [
                "Choose one thing to improve, from your self-assessment",
                "Find a resource or short course on it",
                "Try it in a lesson",
                "Record what happened: notes, a photo, learners' work",
                "Reflect on it and share it with a colleague",
            ],
            "Plan, learn, try, record, reflect: small cycles you repeat through the year.",
        ),
        numeric(
            "You set aside 20 minutes a day, 5 days a week, for an online course. How many hours of study is that "
            "over 6 weeks?",
            "10",
            feedback="20 × 5 × 6 = 600 minutes = 10 hours: short daily slots add up.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KA.6.c",
        true_false(
            "A resource under a CC BY licence may be translated into a local language and shared, as long as its "
            "author is credited.",
            True,
            "CC BY allows adaptations, including translations, with attribution. A licence with ND (no derivatives) would not.",
            difficulty=2,
        ),
        matching(
            "Match each question for judging an online source with what it checks.",
            [
                ("Who wrote it?", "The author's expertise"),
                ("When was it last updated?", "Whether the information is current"),
                ("Can I check its sources?", "The evidence behind the claims"),
                ("Is it trying to sell me something?", "The purpose and possible bias"),
            ],
            "Ask all four before using a resource in class.",
        ),
        single(
            "A colleague forwards a viral message announcing a new exam rule from the ministry. What should you do "
            "before sharing it?",
            [
                (
                    "Look for the announcement on the ministry's official website or ask the district office",
                    True,
                    "Yes: go to the source; official rules are published officially.",
                ),
                ("Forward it at once so colleagues are not caught out", False, "You may spread a false rule."),
                ("Trust it because many people have shared it", False, "Popularity is not evidence."),
                ("Reply to the sender asking if it is true", False, "They may simply have forwarded it too."),
            ],
            "Check the source before you share, especially for official-looking messages.",
        ),
    ),
]
