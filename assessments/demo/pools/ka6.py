"""Demo question pool for KA.6 Digital Literacy."""

from ..spec import matching, multiple, numeric, ordering, short_text, single, true_false

COMPETENCY = "KA.6"
MODULE_ASSESSMENT = "module-ka-6"

ITEMS = [
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
    ),
    multiple(
        "Which are forms of online professional learning for teachers? Choose all that apply.",
        [
            ("An online course (MOOC)", True, ""),
            ("An online community of practice", True, ""),
            ("A webinar followed by discussion", True, ""),
            ("Forwarding chain messages", False, ""),
        ],
        difficulty=1,
    ),
    true_false(
        "Material on the internet without a copyright notice is free to reuse for any purpose.",
        False,
        "Works are protected by copyright by default; look for an open licence.",
    ),
    short_text(
        "What is the usual abbreviation for a “massive open online course”?",
        ["MOOC", "MOOCs"],
        difficulty=1,
    ),
    matching(
        "Match each Creative Commons licence element with its meaning.",
        [
            ("BY", "Credit the creator"),
            ("SA", "Share adaptations under the same licence"),
            ("NC", "Non-commercial use only"),
            ("ND", "No adaptations may be shared"),
        ],
    ),
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
    numeric(
        "How many competencies of the ICT CFT version 3 belong to the Knowledge Acquisition level?",
        "6",
        difficulty=1,
    ),
    single(
        "An email from “IT support” asks you to confirm your school password through a link. What should you do?",
        [
            ("Not click; report it to the school's IT contact through a channel you already know", True, ""),
            ("Click and enter your password quickly", False, "This is a typical phishing attempt."),
            ("Reply with your password", False, "Nobody legitimate asks for your password."),
        ],
        difficulty=1,
    ),
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
    ),
]
