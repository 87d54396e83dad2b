# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.4 Transformation."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.4"
MODULE_ASSESSMENT = "module-kc-4"

RUBRICS = {
    "anywhere-learning-plan": {
        "title": "Plan for learning beyond the classroom",
        "criteria": [
            (
                "Reach and equity",
                "KC.4",
                [
                    "Assumes every learner has a smartphone and data.",
                    "Offers one channel with no alternative.",
                    "Uses channels matched to a survey of learners' access, with a paper alternative.",
                    "Matches channels to access, includes every learner, and adjusts after checking who took part.",
                ],
            ),
            (
                "Connection to learning and community",
                "KC.4",
                [
                    "Tasks are unrelated to class work.",
                    "Tasks repeat class work without a reason to do them.",
                    "Tasks feed into the next lesson and allow learners to send work and get replies.",
                    "Tasks build a shared body of knowledge with classmates or people beyond the school, within agreed safe hours.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.4.a",
        single(
            "Which is the best reason to choose a particular production tool for a learner project?",
            [
                (
                    "It does what the task needs, works offline on the school's devices and learners learn it quickly",
                    True,
                    "Yes: time then goes on the knowledge, not the software.",
                ),
                ("It is the newest app", False, "Novelty is not a learning reason."),
                ("It was free for a one-month trial", False, "Learners' work may be lost when the trial ends."),
                ("It has the most features", False, "More features usually mean more to learn, not better learning."),
            ],
            "Choose production tools by function, access, learning cost and open formats.",
        ),
        matching(
            "Match each knowledge product with the tool function it mainly needs.",
            [
                ("An oral history of the town", "Recording and editing audio"),
                ("A dataset of broken water pumps", "Collecting and analysing data"),
                ("A map of flood-prone paths to school", "Mapping"),
                ("A simple quiz game about local plants", "Block-based programming"),
            ],
            "Start from what learners must create, then pick the function and the simplest tool for it.",
        ),
        true_false(
            "At the Knowledge Creation level, learners use technology mainly to create knowledge products that did not exist before, not only to consume content.",
            True,
            "Transformation means learners become producers: datasets, maps, recordings and programs of their own.",
        ),
        multiple(
            "Why prefer free, openly licensed tools that save in open formats for learner production? Choose all that apply.",
            [
                ("They can be installed on every device without licence costs", True, "Access for all learners."),
                (
                    "Learners' files can be opened on other devices and kept after the project",
                    True,
                    "Open formats protect learners' work.",
                ),
                (
                    "They always have more features than paid tools",
                    False,
                    "Not necessarily; the reason is access and durability.",
                ),
                (
                    "They can be shared with partner schools freely",
                    True,
                    "Sharing tools and files widens the community.",
                ),
            ],
            "Open tools and formats keep learners' products accessible, portable and shareable.",
        ),
        short_text(
            "Learners plan a short video by drawing each shot on paper, with notes on what is said, before filming on the class phone. What is this paper plan called? One word.",
            ["storyboard", "story board", "story-board", "storyboards"],
            "A storyboard lets learners do the creative thinking on paper, so filming on one shared phone is quick and needs no editing.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KC.4.b",
        single(
            "What most distinguishes a knowledge community from a class that simply shares files?",
            [
                (
                    "Members work on shared open questions and improve their collective ideas over time",
                    True,
                    "Yes: continuing, collective improvement of ideas.",
                ),
                ("It uses a more advanced platform", False, "The platform matters far less than the practice."),
                ("Everyone has a device", False, "A paper knowledge wall can host a knowledge community."),
            ],
            "Knowledge communities build shared understanding together, over time, as researchers do.",
        ),
        ordering(
            "Put the steps of launching a classroom knowledge wall in order.",
            [
                "Agree an open question with learners",
                "Each learner posts an idea with a reason",
                "Groups add build-on notes, evidence or questions",
                "Curators organise ideas into themes",
                "The class holds a rise-above discussion to summarise what it now knows",
            ],
            "Question, ideas, building on, organising, then stepping back to synthesise.",
        ),
        multiple(
            "Which norms help a classroom knowledge community improve its ideas? Choose all that apply.",
            [
                ("Every idea has an author and a reason", True, "Reasons can be examined and improved."),
                ("Build on others' ideas rather than repeat them", True, "Building on is how shared knowledge grows."),
                (
                    'Write ideas as improvable drafts: "our current theory is... because..."',
                    True,
                    "Signals that ideas can be revised.",
                ),
                (
                    "Delete ideas that turn out to be wrong",
                    False,
                    "Keep them and show how they were improved: the history is part of the learning.",
                ),
            ],
            "Authorship, reasons, building on and improvability keep a community's knowledge growing.",
        ),
        true_false(
            "A knowledge community that includes a partner class in another country must have a fast internet connection.",
            False,
            "Asynchronous exchanges (weekly messages, voice notes, photos, even letters and memory cards) work over slow connections.",
        ),
        single(
            "Your class will exchange observations with a partner class abroad. Which arrangement is safest?",
            [
                (
                    "Messages go through class accounts moderated by the teachers, with no personal contact details",
                    True,
                    "Yes: moderated, class-level communication protects learners.",
                ),
                (
                    "Learners exchange personal phone numbers to chat directly",
                    False,
                    "This removes adult oversight and exposes private details.",
                ),
                (
                    "Learners post on any public site they like",
                    False,
                    "Unmoderated public posting risks privacy and safety.",
                ),
            ],
            "Open communities need agreed safety rules with parents and teacher moderation.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KC.4.c",
        single(
            "Half your learners share a basic phone with their family and have no data. Which out-of-class task suits them best?",
            [
                (
                    "A short problem by SMS, with a paper sheet for those without a phone, used in the next lesson",
                    True,
                    "Yes: it works on any phone, offline, and excludes nobody.",
                ),
                ("A 20-minute video to stream", False, "Needs a smartphone and data."),
                ("A live online class in the evening", False, "Needs data and everyone free at the same moment."),
            ],
            "Design out-of-class learning for the least-connected learner, then add options for others.",
        ),
        ordering(
            "Order these out-of-class channels from the least to the most demanding in devices and connectivity.",
            ["Radio lessons", "SMS and phone calls", "Voice notes in a messaging group", "Online platform"],
            "Radio needs only a receiver; SMS a basic phone; voice notes a smartphone and some data; platforms a steady connection.",
        ),
        numeric(
            "A 10-minute audio lesson uses about 1 MB per minute; a video of the same length uses about 8 MB per minute. How many MB does the family save by receiving the audio instead of the video?",
            "70",
            feedback="Video 10 × 8 = 80 MB, audio 10 × 1 = 10 MB: 80 − 10 = 70 MB saved. Audio and text first keeps data costs low.",
        ),
        matching(
            "Match each design principle for anywhere-any-time learning with what it means in practice.",
            [
                ("Asynchronous", "Learners choose when to do the task"),
                ("Low data", "Text and audio before video"),
                ("Two-way", "Learners can send work back and get a reply"),
                ("Connected to class", "The next lesson uses what was done at home"),
            ],
            "These principles let learning continue beyond school without excluding families with little connectivity.",
            difficulty=2,
        ),
        true_false(
            "Supporting learning any time means teachers should answer learners' messages at any hour.",
            False,
            "Agree reply hours: anywhere-any-time learning must not mean all-the-time work for teachers or families.",
        ),
        extended(
            "Plan one week of learning that continues beyond your classroom: the results of a quick survey of your learners' access, three short tasks and the channels they use (with a paper alternative), how learners send work and get replies within agreed hours, how the next lesson uses their work, and how you will check who took part.",
            "anywhere-learning-plan",
            allow_file=True,
        ),
    ),
]
