# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.6 Networking (Knowledge Deepening, Teacher Professional Learning)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="finding-and-sharing-professional-resources",
    title="Finding and sharing professional resources",
    summary="Build a small, trusted library of teaching resources and share your own with colleagues.",
    minutes=25,
    objectives=["KD.6.a"],
    body=[
        text(
            "At Level 1 you used ICT for your own digital literacy. At Knowledge Deepening you use it to connect: to "
            "resources, colleagues and experts who help you teach better. It starts with a habit: collecting and "
            "sharing resources in an organised way, rather than searching from scratch before every lesson.",
        ),
        heading("Where teachers find trusted resources"),
        table(
            "Sources of professional resources, many usable offline",
            ["Source", "What it offers", "Offline use"],
            [
                "National platforms (DIKSHA in India, national education portals in many countries)",
                "Curriculum-aligned lessons, videos, teacher courses",
                "Download content to the phone",
            ],
            [
                "Open repositories (OER Commons, African Storybook, Siyavula)",
                "Openly licensed textbooks, stories and lesson plans",
                "Download PDFs",
            ],
            [
                "UNESCO, Commonwealth of Learning and similar bodies",
                "Guides, frameworks, teacher courses",
                "Print or download",
            ],
            [
                "Colleagues and teacher groups",
                "Tested lesson plans, worksheets, rubrics",
                "Share by Bluetooth or memory card",
            ],
        ),
        heading("Organise a personal library"),
        text(
            bullets(
                "One folder per subject and grade, one subfolder per unit, on your phone or a memory card.",
                "Clear file names: <em>grade6-fractions-worksheet.pdf</em>, not <em>IMG_2034</em>.",
                "A short text file or notebook page per unit: what each resource is good for, and where it came from.",
                "A backup: a second memory card, a school computer or a cloud folder when you have a connection.",
            ),
        ),
        heading("Share what you make"),
        text(
            "Sharing is what turns a collection into a network. Give colleagues the rubric that worked, the audio "
            "explainer in the local language, the data pack. Add your name and an open licence such as CC BY so "
            "others can adapt it and you are credited. Teachers in Uganda and Zimbabwe have built district "
            "collections this way, passed from school to school on memory cards.",
        ),
        callout(
            "tip",
            "Respect copyright",
            "Openly licensed resources can be shared and adapted within their licence terms. Commercial textbooks "
            "and videos usually cannot be copied in full; link to them or use short extracts for teaching as your "
            "national law allows.",
        ),
        activity(
            "Start a shared unit folder",
            goal="Build a folder of trusted resources for one unit and share it with at least two colleagues.",
            minutes=40,
            materials=["A phone or computer", "A unit you will teach soon"],
            steps=[
                "Create a folder for the unit with a clear name.",
                "Add three resources from trusted sources and one you made yourself.",
                "Write a short note for each: what it is good for, source, licence.",
                "Share the folder with two colleagues by Bluetooth, memory card or a messaging group.",
                "Ask each colleague to add one resource and return it.",
            ],
            low_tech="A ring binder of printed resources with a contents page is the same library on paper; photograph it to share.",
        ),
        check(
            "Which practice best builds a professional resource network?",
            (
                "Saving every file you find in one folder called 'Downloads'.",
                False,
                "An unorganised pile is hard to use or share.",
            ),
            (
                "Organising resources by unit with notes and licences, and sharing your own work with colleagues who share back.",
                True,
                "Yes: organisation plus sharing makes a network.",
            ),
            ("Keeping your best resources to yourself.", False, "Networks grow when teachers share."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="joining-networks-and-reaching-experts",
    title="Joining teacher networks and reaching experts",
    summary="Choose a network that fits your needs and connection, take part actively, and bring outside expertise into your work.",
    minutes=30,
    objectives=["KD.6.b"],
    body=[
        text(
            "A professional network is a group of educators who learn from each other over time: a subject "
            "association, a district teacher group, an online community, a course cohort. Networks help most when "
            "you take part actively, ask real questions and bring back what you learn to your classroom.",
        ),
        heading("Choose networks that fit"),
        table(
            "Kinds of networks and what they need",
            ["Network", "Example", "Connection needed"],
            [
                "Local teacher group",
                "A cluster or subject group meeting monthly (for example, KKG/MGMP in Indonesia, teacher resource centres in Kenya)",
                "None; a phone for follow-up",
            ],
            ["Messaging group", "A district group for science teachers", "Low data; works on basic smartphones"],
            [
                "Online community or course",
                "A teacher community of practice, a free online course from a university or the Commonwealth of Learning",
                "Occasional connection; many allow downloads",
            ],
            [
                "Professional association",
                "A national association of mathematics or language teachers",
                "Varies; newsletters often by email or print",
            ],
        ),
        heading("Taking part well"),
        text(
            numbered(
                "Introduce yourself with your subject, grade and one current question.",
                "Ask specific questions: <em>How do you run group work with 70 learners and one tablet?</em> gets better answers than <em>any ideas for ICT?</em>",
                "Share something back each month: a resource, a photo of a layout, a short account of what worked.",
                "Try one idea from the network in class and report the result.",
                "Leave or mute groups that cost you time without helping your teaching.",
            ),
        ),
        heading("Reaching outside experts"),
        text(
            "Experts are closer than they seem: a university lecturer who once taught at your school, an agricultural "
            "extension officer, a health worker, a museum education officer, a teacher educator met on a course. A "
            "polite, short message with a clear request (a 15-minute call with your class, feedback on a unit plan) "
            "is often accepted. In Chile and Colombia, programmes have connected rural teachers with university "
            "mentors by phone; in the Pacific, the University of the South Pacific's regional campuses have linked "
            "island teachers to specialists.",
        ),
        callout(
            "tip",
            "Stay safe and professional online",
            "Use a professional profile name, keep learners' personal data and photos out of teacher groups unless "
            "you have consent, and check advice against a second source before using it in class.",
        ),
        activity(
            "Join, ask, try, report",
            goal="Join one professional network, ask a specific question, try an answer in class and report back.",
            minutes=60,
            materials=["A phone", "A real teaching question"],
            steps=[
                "Choose one network from the table that fits your connection and time.",
                "Introduce yourself and post one specific question.",
                "Choose the most useful answer and try it in a lesson within two weeks.",
                "Report the result to the network in three sentences.",
                "Write to one outside expert with a short, clear request related to a current unit.",
            ],
            low_tech="A local teacher group or a phone call to a colleague in another school is a network; no data needed.",
        ),
        check(
            "Which question is most likely to get useful help from a teacher network?",
            ("Any ideas for ICT?", False, "Too vague to answer well."),
            (
                "How do you organise group work with one tablet for 60 learners in Grade 5 science?",
                True,
                "Yes: specific context and goal make answers useful.",
            ),
            ("Is technology good for education?", False, "A debate topic, not a practical question."),
        ),
        reflect("Which colleague or expert outside your school would you most like to learn from this year?"),
    ],
)

LESSON_3 = Lesson(
    slug="managing-information-for-professional-learning",
    title="Managing information for your professional learning",
    summary="Search, evaluate, organise and combine information to answer a question about your own teaching.",
    minutes=30,
    objectives=["KD.6.c", "KD.6.b"],
    body=[
        text(
            "Networks and libraries give you a lot of information: articles, videos, posts, advice. The skill at "
            "this level is to manage it: search with purpose, judge what is trustworthy, organise it, combine "
            "several sources and apply the result to your own teaching. A small inquiry into your own question is "
            "the best way to practise.",
        ),
        heading("A professional inquiry in five steps"),
        table(
            "A small inquiry into your own teaching",
            ["Step", "What you do", "ICT that helps"],
            [
                "Ask",
                "Write one question about your practice: <em>Do voice-note feedback messages improve my learners' revisions?</em>",
                "A notes app",
            ],
            [
                "Search",
                "Look for what others have found",
                "Search engines with precise words; national platforms; your networks",
            ],
            [
                "Evaluate",
                "Keep sources with an identifiable author, evidence and a context like yours",
                "The five resource questions from KD.4",
            ],
            [
                "Combine",
                "Summarise what two or three sources agree on and where they differ",
                "A table in a document or notebook",
            ],
            [
                "Apply and check",
                "Try it for a few weeks and collect simple evidence",
                "Photos, quiz results, a short learner survey",
            ],
        ),
        heading("Searching well on a poor connection"),
        text(
            bullets(
                "Use precise words and your context: <em>large class group work low-resource primary</em>.",
                "Open text pages rather than videos; switch off image loading if your browser allows it.",
                "Save pages for offline reading and read them later.",
                "Ask a network for their best source instead of searching alone.",
            ),
        ),
        heading("Judge research claims carefully"),
        text(
            "Be cautious with claims such as <em>this app doubles learning</em>. Ask: who made the claim, was it "
            "tested in schools like yours, how many learners, compared with what? Evidence from several studies in "
            "similar contexts is stronger than one enthusiastic story. Summaries of evidence written for teachers, "
            "from universities or education ministries, are a good starting point.",
        ),
        callout(
            "example",
            "An inquiry in Morocco",
            "A middle-school teacher of French in Morocco wondered whether learners' recordings of their own "
            "reading improved fluency. He found two teacher-friendly summaries of research on repeated reading, "
            "asked his network how others organised recording with few phones, and tried it for six weeks. His "
            "learners' reading speed on a short passage rose, and he shared the routine with his cellule "
            "pédagogique.",
        ),
        activity(
            "Run a mini-inquiry",
            goal="Answer one question about your teaching by searching, evaluating and combining information, then trying it.",
            minutes=60,
            materials=["A phone or computer with occasional connection", "A notebook"],
            steps=[
                "Write your question in one sentence.",
                "Find three sources and check each for author, evidence and context.",
                "Write a five-line summary: what they agree on, where they differ, what you will try.",
                "Try it for three or four weeks and collect one kind of simple evidence.",
                "Share the question, the result and your sources with a colleague or network.",
            ],
            low_tech="Sources can be printed articles, a teacher guide or a conversation with an experienced colleague; the steps are the same.",
        ),
        check(
            "A post says a new app 'doubles learning'. What should you check first?",
            ("How many times the post was shared.", False, "Popularity is not evidence."),
            (
                "Who made the claim, what evidence supports it and whether it was tested in schools like yours.",
                True,
                "Yes: source, evidence and context decide how much to trust a claim.",
            ),
            ("Whether the app is free.", False, "Cost matters for use, not for whether the claim is true."),
        ),
    ],
)

MODULE = Module(
    slug="kd6-networking-for-professional-learning",
    title="Networking for professional learning",
    summary=(
        "Build and share a library of trusted resources, join teacher networks, reach outside experts and manage "
        "information to improve your teaching: Knowledge Deepening for Teacher Professional Learning."
    ),
    level="KD",
    competencies=["KD.6"],
    minutes=85,
    cover="kd6-networking.svg",
    cover_alt="A network of people linked to one teacher in the centre.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-6",
    prerequisites=["ka6-digital-literacy-for-professional-learning"],
)
