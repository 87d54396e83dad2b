# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.4 Transformation (Knowledge Creation, Application of Digital Skills)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="production-tools-for-knowledge-products",
    title="Production tools for knowledge products",
    summary="Choose recording, data, mapping and publishing tools by what they let learners create, not by novelty.",
    minutes=30,
    objectives=["KC.4.a"],
    body=[
        text(
            "At the Knowledge Acquisition level you used everyday applications; at the Knowledge Deepening level you "
            "combined tools into a learning environment. At the Knowledge Creation level, technology becomes "
            "<strong>transformative</strong>: learners use it to create knowledge products that did not exist "
            "before, such as a dataset of their community's water points, a map of local plants, a podcast series "
            "in their language, or a small program that solves a problem. The teacher's digital skill now lies in "
            "choosing production tools that make such work possible with the devices at hand.",
        ),
        heading("Production tools by function"),
        table(
            "What learners can create, and the tools that help",
            ["Function", "What learners create", "Tools that work on a phone or offline"],
            [
                "Recording and editing",
                "Interviews, podcasts, oral histories, songs",
                "Built-in voice recorder; free audio editors on a shared computer",
            ],
            [
                "Collecting and analysing data",
                "Surveys, measurements, community datasets, charts",
                "Paper forms typed into a phone spreadsheet; offline form apps",
            ],
            [
                "Mapping",
                "Maps of resources, hazards, heritage sites",
                "Offline map apps with saved areas; a phone's GPS coordinates; hand-drawn maps photographed",
            ],
            [
                "Programming and making",
                "Simple games, animations, sensor projects",
                "Block-based programming with an offline editor; paper prototypes first",
            ],
            [
                "Publishing",
                "Guides, class books, wikis, exhibitions",
                "Shared documents; a school offline server; print",
            ],
        ),
        heading("Choosing well"),
        text(
            bullets(
                "<strong>Function first:</strong> ask what learners need to do (record, count, compare, locate, build), then pick the simplest tool that does it.",
                "<strong>Free and open where possible:</strong> tools without licences or subscriptions can be copied to every device and kept when a project ends.",
                "<strong>Works offline:</strong> prefer tools that do not need a connection while learners work; synchronise later if at all.",
                "<strong>Low learning cost:</strong> the tool should take minutes to learn, so the time goes on the knowledge, not the software.",
                "<strong>Open formats:</strong> audio, images, spreadsheets and text others can open on any device.",
            ),
        ),
        callout(
            "example",
            "A community water dataset",
            "Learners in a secondary school in northern Ghana surveyed forty water points around their town, noting "
            "location, type, queue time and condition on paper forms, then typed them into a spreadsheet on the "
            "teacher's phone. Their chart of broken pumps was presented to the district assembly. In a similar "
            "project in Sri Lanka, learners added photographs and coordinates to build a simple map. In both, the "
            "knowledge product was new: nobody had collected this information before.",
        ),
        activity(
            "Match a product to its tools",
            goal="Plan the production tools a learner knowledge product needs, with the devices available in your school.",
            minutes=35,
            materials=["An inventory of your school's devices", "A project idea from your curriculum"],
            steps=[
                "Describe a knowledge product your learners could create this term.",
                "List the functions it needs: recording, data, mapping, programming, publishing.",
                "For each function, choose the simplest tool that works offline on your devices.",
                "Try each tool yourself for ten minutes and write a one-page how-to for learners.",
                "Plan what learners will do on paper while waiting for the device.",
            ],
            low_tech="Start every product on paper: survey forms, storyboards, hand-drawn maps. Devices then speed up counting, recording and sharing.",
        ),
        check(
            "Which is the best reason to choose a particular production tool for a learner project?",
            ("It is the newest app available", False, "Novelty is not a learning reason."),
            (
                "It does what the task needs, works offline on the school's devices and learners can learn it quickly",
                True,
                "Yes: function, access and low learning cost leave time for the knowledge itself.",
            ),
            ("It was free for a month", False, "Tools that disappear after a trial leave learners' work stranded."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="designing-a-knowledge-community",
    title="Designing a knowledge community",
    summary="Set up a community where learners, and others beyond the school, build shared knowledge over time.",
    minutes=35,
    objectives=["KC.4.b"],
    body=[
        text(
            "A knowledge community is a group that works together, over time, to improve its shared understanding of "
            "something. Scientists, farmers' cooperatives and open-source projects work this way. Researchers on "
            "<em>knowledge building</em>, notably Marlene Scardamalia and Carl Bereiter, showed that classrooms can "
            "too: learners pose their own questions, propose theories, test them against evidence and improve ideas "
            "collectively, much as researchers do. Technology helps by keeping the community's ideas in one place, "
            "visible and open to improvement.",
        ),
        heading("Ingredients of a classroom knowledge community"),
        text(
            numbered(
                '<strong>A shared question</strong> that is genuinely open: "Why do some of our fields flood and others not?"',
                "<strong>A shared space</strong> for ideas: a knowledge wall, a class notebook that travels between groups, a shared document or an offline class wiki.",
                "<strong>Norms for contributing:</strong> every idea has an author and a reason; build on others' ideas; improve rather than delete.",
                "<strong>Roles:</strong> curators who organise ideas, evidence checkers, summarisers; roles rotate.",
                "<strong>Outside voices:</strong> parents, local experts, a partner class in another region or country.",
                '<strong>Regular "rise above" moments:</strong> the class steps back to summarise what it now knows and what remains unsolved.',
            ),
        ),
        heading("Beyond the school walls"),
        text(
            "Partnerships between classes extend the community. A class in Peru and a class in Spain can compare "
            "rainfall records; schools in Egypt and Jordan can exchange studies of water use; a class in Samoa can "
            "share observations of coral with a class in New Zealand. With a poor connection, exchanges can be slow "
            "and asynchronous: a weekly message with photos and a short voice note, or even a parcel of letters and a "
            "memory card. What matters is that each side contributes knowledge the other could not get alone.",
        ),
        callout(
            "tip",
            "Keep ideas improvable",
            'Ask learners to write ideas as drafts: "Our current theory is... because...". A space where ideas are '
            "marked as improvable invites revision, while a space of finished answers invites copying.",
        ),
        callout(
            "warning",
            "Safety in open communities",
            "When learners communicate beyond the class, agree rules with parents: the teacher moderates, no personal "
            "contact details are shared, and messages go through class accounts, never private ones.",
        ),
        activity(
            "Launch a knowledge wall",
            goal="Start a classroom knowledge community around an open question, with space, norms and roles.",
            minutes=60,
            materials=[
                "Wall space or a shared document",
                "Paper slips or sticky notes",
                "Optional: a phone to photograph the wall each week",
            ],
            steps=[
                "Agree an open question with learners, linked to your curriculum.",
                'Each learner posts one idea with a reason, in the form "I think... because...".',
                'Groups read the wall and add "build-on" notes, evidence or questions.',
                "Assign rotating curators to organise ideas into themes each week.",
                'Every two weeks, hold a "rise above" discussion and write the class\'s current understanding.',
            ],
            low_tech="A wall of paper is a complete knowledge space; photographing it weekly creates an archive that can be shared with a partner class.",
        ),
        check(
            "What most distinguishes a knowledge community from a class that simply shares files?",
            ("It uses a more advanced platform", False, "The platform matters far less than what people do with it."),
            (
                "Members work on shared open questions and improve their collective ideas over time",
                True,
                "Yes: collective, continuing improvement of ideas is the defining feature.",
            ),
            ("Everyone has their own device", False, "A knowledge wall with no devices can be a knowledge community."),
        ),
        reflect("Who outside your classroom could bring knowledge your learners cannot find alone?"),
    ],
)

LESSON_3 = Lesson(
    slug="learning-anywhere-any-time",
    title="Learning anywhere, any time, on the devices families have",
    summary="Extend learning beyond the lesson with phones, radio, SMS and offline content, fairly and safely.",
    minutes=35,
    objectives=["KC.4.c"],
    body=[
        text(
            "Learning that continues beyond the classroom, sometimes called pervasive or ubiquitous learning, is part "
            "of the Knowledge Creation level. In many places the device families have is a basic or shared phone, and "
            "data is expensive. School closures during the COVID-19 pandemic taught education systems a great deal "
            "about what works in those conditions, and much of it remains useful.",
        ),
        heading("Channels that reach learners"),
        table(
            "Ways to support learning outside school, from least to most demanding",
            ["Channel", "Needs", "Good for"],
            ["Radio and TV lessons", "A radio or TV", "Reaching many learners, listening tasks, stories, language"],
            ["SMS and phone calls", "Any basic phone", "Reminders, short problems, teacher check-ins"],
            ["Voice notes and messaging groups", "A smartphone, some data", "Feedback, explanations, peer questions"],
            [
                "Offline content on a school server or memory card",
                "A shared device",
                "Videos, e-books and exercises without data",
            ],
            ["Online platforms", "A connection", "Collaboration, submissions, wider resources"],
        ),
        text(
            "Research supports the simple end. In Botswana, short weekly phone calls and text messages to families "
            "improved primary learners' numeracy during school closures, at low cost. Radio instruction has long "
            "been used in Latin America and Africa, and was revived in Sierra Leone during the Ebola closures. "
            "Offline content servers such as Kolibri or RACHEL let schools in Asia, Africa and the Pacific share "
            "videos and exercises over a local wireless network with no internet at all.",
        ),
        heading("Designing for anywhere, any time"),
        text(
            bullets(
                "<strong>Short and self-contained:</strong> a task that fits in ten minutes on a shared phone in the evening.",
                "<strong>Asynchronous:</strong> learners choose when to do it; nothing depends on being online at the same moment.",
                "<strong>Low data:</strong> text and audio before video; compress files; share by Bluetooth where possible.",
                "<strong>Paper alongside:</strong> a printed task sheet for learners without any device, so nobody is excluded.",
                "<strong>Connected to class:</strong> what is done at home is used in the next lesson, so it matters.",
                "<strong>Two-way:</strong> learners can send a photo of their work or a voice question, and get a reply.",
            ),
        ),
        callout(
            "warning",
            "Equity and wellbeing",
            "Anywhere-any-time learning must not mean all-the-time learning. Agree hours when you and learners are not "
            "expected to reply, respect family phones shared by several children, and never make marks depend on data "
            "that some families cannot afford.",
        ),
        activity(
            "A one-week out-of-class learning plan",
            goal="Design learning that continues beyond the lesson using the devices and channels your learners have.",
            minutes=45,
            materials=[
                "A quick survey of learners' access (radio, basic phone, smartphone, none)",
                "Your scheme of work",
            ],
            steps=[
                "Survey your class: which channels can each learner use at home?",
                "Pick one topic and design three short tasks for the week, each usable by SMS, voice or paper.",
                "Decide how learners send back their work and how you will reply, within agreed hours.",
                "Plan how the next lesson will use what learners did at home.",
                "After the week, count who took part and adjust the channels for those who did not.",
            ],
            low_tech="A printed weekly task sheet with a phone number for questions by SMS reaches almost every family.",
        ),
        check(
            "Half your learners share a basic phone with their family and have no data. Which out-of-class task suits them best?",
            (
                "A 20-minute video lesson to stream at home",
                False,
                "Streaming needs a smartphone and data they do not have.",
            ),
            (
                "A short problem sent by SMS, with a paper sheet for those without a phone, answered by text or in the next lesson",
                True,
                "Yes: it works on any phone, offline, and excludes nobody.",
            ),
            ("A live online class at 7 pm", False, "It needs data, a smartphone and everyone free at the same moment."),
        ),
    ],
)

MODULE = Module(
    slug="kc4-transformation",
    title="Transformation: creating and learning anywhere",
    summary=(
        "Use production tools so learners create new knowledge products, design knowledge communities that reach "
        "beyond the school, and support learning anywhere and any time on the devices families have: Knowledge "
        "Creation for digital skills."
    ),
    level="KC",
    competencies=["KC.4"],
    minutes=100,
    cover="kc4-transformation.svg",
    cover_alt="A phone sending out signals in all directions.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kc-4",
    prerequisites=["ka4-everyday-digital-skills"],
)
