# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.1 Policy Understanding."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="why-policy-matters-in-your-classroom",
    title="Why ICT policy matters in your classroom",
    summary="What an ICT-in-education policy is, where to find the one that applies to you, and what to look for.",
    minutes=20,
    objectives=["KA.1.a"],
    body=[
        text(
            "Most countries, and many districts and schools, have written down what they expect technology to do "
            "for learning. These documents go by different names: a national ICT-in-education policy, a digital "
            "education strategy, a school ICT plan, or a section of the national curriculum framework. Whatever the "
            "name, they answer three questions: <strong>why</strong> the system invests in technology, "
            "<strong>what</strong> learners and teachers are expected to be able to do with it, and "
            "<strong>how</strong> the investment will be supported (devices, connectivity, training, content).",
            "At the Knowledge Acquisition level of the UNESCO ICT Competency Framework for Teachers, you are not "
            "expected to write policy or to critique it. You are expected to <em>understand</em> it well enough to "
            "explain how what you do in your own classroom matches and supports it. That is a practical skill: it "
            "helps you argue for the resources you need, choose activities that your head teacher will recognise as "
            "priorities, and make sense of the many initiatives that arrive at a school.",
        ),
        heading("Where to find the policy that applies to you"),
        text(
            "Start close to home and work outwards. Ask your head teacher or ICT coordinator whether the school has "
            "an ICT plan or development plan with a technology section. Then look for the district or provincial "
            "education office's priorities, and finally the ministry's national policy or strategy. Ministries "
            "usually publish these on their website; if your connection is slow, ask a colleague who has already "
            "downloaded the document, or ask the district office for a printed copy.",
            bullets(
                "School level: the school development plan, the ICT or computer-room rules, the acceptable-use "
                "agreement signed by learners.",
                "District level: circulars and training plans that mention devices, connectivity or digital content.",
                "National level: the ICT-in-education policy or digital education strategy, and the curriculum "
                "framework's statements about digital skills.",
            ),
        ),
        callout(
            "tip",
            "Read the summary first",
            "Policy documents are long. Read the executive summary and the list of goals or pillars first, then "
            "only the section on teachers and classrooms. Ten focused minutes are enough to start.",
        ),
        heading("What to look for"),
        text(
            "When you read a policy, note down its goals in your own words. Most goals fall into a small number of "
            "families, and you will recognise them quickly:",
        ),
        table(
            "Common goals in ICT-in-education policies and what they can mean for one teacher",
            ["Policy goal", "What it can look like in your classroom"],
            [
                "Digital literacy for all learners",
                "Learners practise safe, purposeful use of a device or the school computer room every week.",
            ],
            [
                "Better learning outcomes in core subjects",
                "Short drill or practice activities with offline apps in mathematics or reading.",
            ],
            [
                "Equity and inclusion",
                "Making sure girls, learners with disabilities and learners without devices at home get equal time.",
            ],
            ["Teacher professional development", "Joining the district training, keeping a record of what you tried."],
            ["Efficient administration", "Recording marks or attendance in the school's system."],
        ),
        text(
            'Notice that none of these goals says "use technology as much as possible". Good policies ask for '
            "technology where it helps learning. Being able to say <em>which</em> goal a lesson serves is the heart "
            "of this competency.",
        ),
        activity(
            "Find the three goals",
            goal="Identify the main goals of the ICT policy that applies to your school and restate them in plain words.",
            minutes=30,
            materials=["The school, district or national ICT policy (printed or on a phone)", "A notebook"],
            steps=[
                "Locate one policy document that applies to your school (ask your head teacher if you cannot find one).",
                "Read the summary and list every goal that mentions learners, teachers or classrooms.",
                "Choose the three goals that matter most for your subject and rewrite each as one sentence a parent would understand.",
                "Next to each goal, write one thing you already do that supports it.",
                "Share your three sentences with a colleague and compare: did you choose the same goals?",
            ],
            low_tech="Work from a printed copy or from notes taken at a staff meeting; the point is the restating, not the device.",
        ),
        check(
            "At the Knowledge Acquisition level, what does the framework expect of you about ICT policy?",
            (
                "To write the school's ICT policy.",
                False,
                "Writing and shaping policy comes later, at the Knowledge Creation level.",
            ),
            (
                "To explain how your classroom practice matches and supports the policy.",
                True,
                "Exactly: understand the policy well enough to connect your own teaching to its goals.",
            ),
            (
                "To use technology in every lesson.",
                False,
                "No policy worth the name asks this; technology should serve a learning goal.",
            ),
        ),
        reflect(
            "Which goal of your school's or country's ICT policy do you already support without having named it? How?"
        ),
    ],
)

LESSON_2 = Lesson(
    slug="connecting-your-lessons-to-policy",
    title="Connecting your lessons to policy goals",
    summary="A simple method to show, lesson by lesson, how your use of ICT supports the goals of your school and country.",
    minutes=25,
    objectives=["KA.1.a", "KA.1.b"],
    body=[
        text(
            "Knowing a policy's goals is the first step. The second is to connect them to what actually happens in "
            "your lessons, and to be able to say so clearly when a head teacher, an inspector or a parent asks "
            '"why are the children using tablets today?". A clear answer protects good practice and helps you get '
            "support for it.",
        ),
        heading("The goal–activity–evidence line"),
        text(
            "For any lesson where learners use technology, you can write one line with three parts:",
            numbered(
                "<strong>Goal</strong>: the policy or curriculum goal the lesson serves, in plain words.",
                "<strong>Activity</strong>: what learners do with the technology, in one sentence.",
                "<strong>Evidence</strong>: what you will see or collect that shows the goal is being reached.",
            ),
            "For example: <em>Goal:</em> improve early-grade reading. <em>Activity:</em> pairs read a levelled story "
            "on the offline reading app and answer three questions. <em>Evidence:</em> the number of stories each "
            "pair finishes per week and their answers to the questions.",
        ),
        callout(
            "example",
            "A lesson that does not pass the test",
            "Learners copy a paragraph from the board into a word processor. It uses a computer, but which goal does "
            'it serve? If the honest answer is "none, except typing practice", either name typing practice as the '
            "goal (digital literacy) and plan it as such, or change the activity.",
        ),
        heading("When the policy and the classroom do not match"),
        text(
            "Sometimes a policy promises things your school does not have: one device per learner, reliable "
            "electricity, connectivity. Understanding policy also means being realistic. Look for the parts of the "
            "goal you can serve with what you have. A single teacher's phone and a projector, or a phone passed "
            "around small groups, can support a digital-literacy goal. A radio programme or a printed offline "
            "resource can support a learning-outcomes goal. Write down what is missing too: the gap between policy "
            "and reality is useful information for your head teacher and district.",
            "Be careful also with the policy's rules, not only its goals. Many policies and school agreements say "
            "how learners' personal data may be collected, whether photos of learners may be shared, and which "
            "websites or apps are approved. Following these rules is part of supporting the policy.",
        ),
        activity(
            "Write three goal–activity–evidence lines",
            goal="Connect three of your upcoming lessons to the policy goals you identified.",
            minutes=25,
            materials=["Your scheme of work for the next two weeks", "The three goals from the previous lesson"],
            steps=[
                "Pick three lessons from your scheme of work where learners could use any technology, even a single phone or a radio.",
                "For each, write the goal, the activity and the evidence on one line.",
                "Check each activity against your school's rules on devices, photos and data.",
                "Mark any line where something is missing (a device, power, a resource) and note what would fix it.",
                "Keep the lines: they are a ready answer when someone asks why you use technology.",
            ],
            low_tech="A goal–activity–evidence line works just as well for a radio lesson or a printed worksheet made from digital content.",
        ),
        check(
            "An inspector asks why your learners used the computer room today. Which answer best shows policy understanding?",
            (
                '"The timetable gave us the room."',
                False,
                "True perhaps, but it says nothing about learning or policy goals.",
            ),
            (
                '"We are working on the national digital-literacy goal: each pair searched two sources and compared them, and I collected their comparison sheets."',
                True,
                "Yes: a goal, an activity and evidence, in one answer.",
            ),
            ('"Children love computers."', False, "Motivation matters, but it is not a goal the policy sets."),
        ),
        reflect("Write one goal–activity–evidence line for a lesson you will teach this week."),
    ],
)

LESSON_3 = Lesson(
    slug="policy-rules-data-images-and-licences",
    title="The rules that come with the policy: data, images and licences",
    summary="What school and national rules say about learners' personal data, photos and copyright, and how to follow them with a phone and no lawyer.",
    minutes=25,
    objectives=["KA.1.b", "KA.1.a"],
    body=[
        text(
            "An ICT policy is not only a list of goals. It also comes with rules: who may use the school's devices and "
            "how, what may be done with information about learners, and what may be copied and shared. These rules "
            "are spread over several documents — the school's acceptable-use agreement, a ministry circular on "
            "social media, the country's data protection law, copyright law — and teachers rarely get a summary. "
            "This lesson gives you one, in practical terms. It is not legal advice: when in doubt, ask your head "
            "teacher, and follow the stricter rule.",
        ),
        heading("Learners' personal data"),
        text(
            "Personal data is any information that identifies a learner: a name, a photo, a voice recording, marks, "
            "a home address, a phone number, a health or disability record. A growing number of countries protect it "
            "by law — for example Kenya's Data Protection Act (2019), Nigeria's Data Protection Act (2023), "
            "Brazil's General Data Protection Law (LGPD, 2018), the Philippines' Data Privacy Act (2012) and "
            "Morocco's Law 09-08 (2009). The details differ, but the everyday rules for a teacher are much the same:",
            bullets(
                "<strong>Collect only what you need.</strong> A quiz needs answers, not phone numbers.",
                "<strong>Keep it where it belongs.</strong> Marks stay in the school's mark book or your protected "
                "device, not in a public group chat.",
                "<strong>Share only with those who need it</strong>, and never post a list of marks or names with "
                "special needs where other families can see it.",
                "<strong>Children's data needs extra care</strong>: most laws and school rules ask for a parent's or "
                "guardian's consent.",
            ),
        ),
        heading("Photos, video and voice"),
        text(
            "A phone makes it easy to record a learner reading, a group experiment or a class performance. These "
            "recordings are excellent evidence of learning and, shared with care, they make families proud. They "
            "are also personal data. Before you record, know the school's rule; before you share, check consent. "
            "Where consent forms are not yet in use, a simple practice keeps you safe: photograph hands, work and "
            "backs of heads rather than faces, and keep recordings of individual learners for assessment only.",
        ),
        callout(
            "example",
            "A school messaging group in Fiji",
            "A primary teacher shares a weekly photo of the class's best work in the parents' messaging group. "
            "She photographs the exercise books, not the children, and writes first names only. Parents see "
            "progress; no child's face travels beyond the group.",
        ),
        heading("Copyright and open licences"),
        text(
            "Most of what you find online is protected by copyright, even without a © sign. You may usually use a "
            "short extract in your own class, but copying a whole textbook, or re-publishing someone's worksheet as "
            "your own, is not allowed. Open licences change this: a resource under a Creative Commons licence tells "
            "you in advance what you may do. CC BY lets you copy, adapt and share if you name the author; SA asks "
            "you to share your adaptation under the same licence; NC rules out commercial use; ND forbids changes. "
            "Many ministries — in Latin America, Asia and Africa — now publish textbooks and lesson resources under "
            "open licences precisely so teachers may translate and adapt them.",
        ),
        table(
            "Quick decisions about rules",
            ["Situation", "What the rules usually ask"],
            [
                "Posting a class photo on the school's page",
                "Consent for every learner who can be identified; follow the school's media rule.",
            ],
            ["Using a learner's work as an example for another class", "Remove the name, or ask the learner."],
            [
                "Translating an open textbook chapter into a local language",
                "Allowed under CC BY or CC BY-SA; credit the original and keep the licence.",
            ],
            [
                "Photocopying a whole commercial workbook",
                "Not allowed without permission; look for an open alternative.",
            ],
            [
                "Asking learners to create accounts on a free app",
                "Check whether the school or ministry has approved it; prefer tools that need no learner accounts.",
            ],
        ),
        activity(
            "A rules check for one lesson",
            goal="Check one ICT-supported lesson against the rules on data, images and licences before you teach it.",
            minutes=20,
            materials=[
                "A lesson you will teach soon",
                "The school's acceptable-use or media rules, if they exist",
                "A notebook",
            ],
            steps=[
                "Write down every piece of learner information the lesson will create or collect (answers, recordings, photos, accounts).",
                "For each, note where it will be stored and who will see it.",
                "List every resource you will copy or show, and find its licence or owner.",
                "Mark anything you are unsure about and ask your head teacher or ICT coordinator before the lesson.",
                "Change one thing to reduce risk (for example, use nicknames in the quiz, or photograph work instead of faces).",
            ],
            low_tech="This is a paper exercise: the rules apply as much to a printed class list pinned on the wall as to a phone.",
        ),
        check(
            "You recorded each learner reading aloud for assessment. A parent asks you to share all the recordings in the class group. What do you do?",
            (
                "Share them: the parent asked.",
                False,
                "Each recording is one child's personal data; other families have not agreed.",
            ),
            (
                "Send each family only their own child's recording, and keep the rest for assessment.",
                True,
                "Yes: each family sees its own child's progress and no one else's data travels.",
            ),
            (
                "Delete all recordings at once.",
                False,
                "You need them as evidence of learning; keep them safely instead.",
            ),
        ),
        reflect(
            "Which rule on data, images or licences did you learn about today that your school does not yet follow? Who could you raise it with?"
        ),
    ],
)

MODULE = Module(
    slug="ka1-ict-policy-in-your-classroom",
    title="ICT policy in your classroom",
    summary=(
        "Find the ICT-in-education policy that applies to you, understand its goals, and explain how your own "
        "lessons support them: the Knowledge Acquisition competency for Understanding ICT in Education Policy."
    ),
    level="KA",
    competencies=["KA.1"],
    minutes=70,
    cover="ka1-policy.svg",
    cover_alt="A policy document with a tick mark.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-1",
)
