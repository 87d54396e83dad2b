# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.1 Policy Understanding."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="why-policy-matters-in-your-classroom",
    title="Why ICT policy matters in your classroom",
    summary="What an ICT-in-education policy is, where to find the one that applies to you, and what to look for.",
    minutes=20,
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

MODULE = Module(
    slug="ka1-ict-policy-in-your-classroom",
    title="ICT policy in your classroom",
    summary=(
        "Find the ICT-in-education policy that applies to you, understand its goals, and explain how your own "
        "lessons support them: the Knowledge Acquisition competency for Understanding ICT in Education Policy."
    ),
    level="KA",
    competencies=["KA.1"],
    minutes=45,
    cover="ka1-policy.svg",
    cover_alt="A policy document with a tick mark.",
    lessons=[LESSON_1, LESSON_2],
    assessment="module-ka-1",
)
