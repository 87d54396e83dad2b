# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.1 Policy Application (Knowledge Deepening, Understanding ICT in Education Policy)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="from-policy-principles-to-practice",
    title="From policy principles to classroom practice",
    summary="Read an ICT-in-education policy for its principles, turn each one into something learners do, and name the obstacles.",
    minutes=30,
    objectives=["KD.1.a"],
    body=[
        text(
            "At Level 1 you learned to say how your teaching matches the ICT policy of your school and country. At "
            "Knowledge Deepening the question changes: not only <em>does my practice fit the policy?</em> but "
            "<em>how do I put the policy's intentions to work, and what gets in the way?</em> Most national plans "
            "share a small set of principles. Once you can name them, you can design for them.",
        ),
        heading("Principles that recur in national plans"),
        table(
            "Common principles of ICT-in-education policies and what they look like in a lesson",
            ["Principle", "What it means", "What learners do in class"],
            [
                "Equity and access",
                "Every learner benefits, not only those with devices at home",
                "Work in rotating pairs on the school's few devices; take home printed or audio versions",
            ],
            [
                "Learner-centred use",
                "ICT serves active learning, not only presentation",
                "Collect, analyse and present their own data",
            ],
            [
                "Relevance",
                "Learning connects to local life and work",
                "Investigate a local problem with a phone camera and a spreadsheet",
            ],
            [
                "Safety and ethics",
                "Learners are protected and act responsibly online",
                "Agree class rules for photos, sharing and sources",
            ],
            [
                "Sustainability",
                "Devices and content last and are maintained",
                "Learners help care for devices and keep an offline resource library",
            ],
        ),
        text(
            "Policies differ in emphasis. Rwanda's ICT in education policy stresses devices in schools and digital "
            "content linked to the competence-based curriculum; India's DIKSHA platform centres on teacher and "
            "learner content in many languages that can be downloaded for offline use; Jordan's and Morocco's plans "
            "stress digital skills for employability; several Pacific island states emphasise radio, offline "
            "content and resilience when connections fail after storms. Read your own policy for its verbs: "
            "<em>ensure</em>, <em>integrate</em>, <em>promote</em> point you to what you are asked to make happen.",
        ),
        heading("Name the obstacles honestly"),
        text(
            "Putting principles into practice always meets obstacles. Naming them is part of the competency, because "
            "a plan that ignores them fails in the second week.",
            bullets(
                "<strong>Infrastructure</strong>: few devices, no electricity in some rooms, expensive data.",
                "<strong>Time</strong>: a crowded syllabus and exam pressure.",
                "<strong>Skills and confidence</strong>: yours, your learners', your colleagues'.",
                "<strong>Rules</strong>: phones banned in class, no permission to install software.",
                "<strong>Equity</strong>: girls, learners with disabilities or rural learners who get less time on devices.",
            ),
        ),
        callout(
            "example",
            "A principle, an obstacle, a response",
            "A teacher in northern Ghana read that the national policy promotes learner-centred ICT use. Her school "
            "had one laptop and no internet. She set up a weekly data lesson: groups measured the school garden, "
            "entered the results in the laptop's spreadsheet in ten-minute turns and drew the chart by hand the rest "
            "of the time. The obstacle (one device) was answered with a rota, not ignored.",
        ),
        activity(
            "Policy-to-practice map",
            goal="Turn three principles of your ICT policy into classroom practice and plan for their obstacles.",
            minutes=45,
            materials=[
                "Your national or school ICT policy (printed extract or on a phone)",
                "A sheet with three columns: principle, practice, obstacle and response",
            ],
            steps=[
                "Read the policy and underline the sentences that ask schools or teachers to do something.",
                "Choose three principles and write each in your own words in the first column.",
                "For each, write one thing your learners will do in a lesson this month.",
                "Write the most likely obstacle and your response to it.",
                "Share your map with a colleague and ask which response they find least realistic; improve it.",
            ],
            low_tech="If you cannot get the policy document, ask your head teacher or district officer for the key points, or use the summary in your teacher guide.",
        ),
        check(
            "A policy asks schools to give every learner equal opportunity to use ICT. The school has four tablets for 50 learners. What best applies the principle?",
            (
                "Let the four fastest learners use the tablets so they are not wasted.",
                False,
                "That widens the gap the policy wants to close.",
            ),
            (
                "A rota in which every learner has regular, planned turns, with paper tasks for the rest of the group.",
                True,
                "Yes: equity is applied through planned, fair access, even with few devices.",
            ),
            (
                "Wait until the school has one tablet per learner.",
                False,
                "Policies are applied with what exists; waiting leaves learners without access.",
            ),
        ),
        reflect("Which sentence of your ICT policy would be hardest to apply in your classroom, and why?"),
    ],
)

LESSON_2 = Lesson(
    slug="designing-lessons-for-policy-and-commitments",
    title="Designing lessons that serve policy and international commitments",
    summary="Link a unit to national priorities, SDG 4 and learners' rights, and show the link in the plan.",
    minutes=30,
    objectives=["KD.1.b"],
    body=[
        text(
            "Your school's policy sits inside larger commitments. Almost every country has signed the UN Convention "
            "on the Rights of the Child and the Convention on the Rights of Persons with Disabilities, and has "
            "committed to Sustainable Development Goal 4: inclusive, equitable, quality education and lifelong "
            "learning for all. National social priorities add more: girls' participation in science, mother-tongue "
            "literacy, peace education, climate resilience. At this level you design, adapt and run lessons that put "
            "these into effect, and you can show where.",
        ),
        heading("Three questions for every unit plan"),
        text(
            numbered(
                "<strong>Which priority does this unit serve?</strong> Name it: a line of the national curriculum "
                "framework, an SDG 4 target, a school improvement goal.",
                "<strong>Who could be left out?</strong> Learners with low vision or hearing, those who do not speak "
                "the language of instruction, girls if boys dominate devices, learners who miss school for work.",
                "<strong>How does ICT help, and what is the offline route?</strong> Every ICT step has an "
                "alternative so no one is excluded when power or data fail.",
            ),
        ),
        callout(
            "example",
            "Adapting one unit for several priorities",
            "In Peru, a teacher adapted a science unit on water quality. The national priority was environmental "
            "education; the school goal was more girls in science. Mixed groups with a girl as data lead tested "
            "water samples, recorded results in a shared spreadsheet on the teacher's phone, and recorded a short "
            "audio report in Quechua and Spanish for families. A learner with low vision used the phone's screen "
            "magnifier and read results aloud to the group.",
        ),
        heading("Accessibility is policy too"),
        text(
            "Commitments to learners with disabilities become concrete through small design choices: phones' "
            "built-in screen readers and magnifiers, captions on videos, large-print handouts, audio instructions as "
            "well as written ones, and tasks that allow several ways to show learning. Bangladesh, for example, has "
            "produced accessible digital textbooks following the DAISY standard; where such books exist, ask for "
            "them.",
        ),
        heading("Show the link, briefly"),
        text(
            "Inspectors, head teachers and parents rarely read long policy justifications. Add one line to the top "
            "of your unit plan: <em>This unit serves [priority] by [what learners do]; access for all is ensured "
            "by [measures].</em> It makes your design choices visible and helps colleagues reuse them.",
        ),
        activity(
            "Adapt a unit for a priority and for inclusion",
            goal="Adapt one existing unit so that it serves a named policy priority and includes every learner.",
            minutes=50,
            materials=["A unit plan you will teach this term", "Your curriculum framework or school improvement plan"],
            steps=[
                "Choose a priority (national, school or SDG 4) that the unit can serve and write the one-line link.",
                "List the learners who might be left out and one adaptation for each.",
                "Add one ICT step that helps learners meet the priority, with its offline alternative.",
                "Decide what evidence will show the priority was served (a product, a short survey, attendance of girls).",
                "Teach the unit and note one thing to change next time.",
            ],
            low_tech="Every step can be planned on paper; the ICT step can be the teacher's phone used for audio, photos or a simple spreadsheet.",
        ),
        check(
            "Which statement best shows a unit plan applying an international commitment?",
            ("The unit mentions SDG 4 on its cover page.", False, "Naming a goal is not applying it."),
            (
                "The unit gives learners with disabilities accessible materials and an alternative way to show their learning, and explains how.",
                True,
                "Yes: the commitment to inclusive education becomes concrete design choices.",
            ),
            (
                "The unit uses as much technology as possible.",
                False,
                "More technology does not in itself serve a commitment.",
            ),
        ),
        reflect(
            "Which learner in your class is most at risk of being left out of ICT activities, and what one change would include them?"
        ),
    ],
)

LESSON_3 = Lesson(
    slug="policy-in-action-evidence-and-feedback",
    title="Policy in action: evidence, feedback and working with your school",
    summary="Collect simple evidence that policy is working in your classroom and feed it back to school leaders.",
    minutes=25,
    objectives=["KD.1.a", "KD.1.b"],
    body=[
        text(
            "Applying a policy is not a one-off design exercise. You try a practice, see what happens, adjust and "
            "report. This lesson shows how to gather light evidence, solve problems that arise with colleagues and "
            "pass what you learn to those who plan for the whole school.",
        ),
        heading("Light evidence, not a research project"),
        table(
            "Simple evidence a classroom teacher can gather in a term",
            ["Question", "Evidence", "How to collect it"],
            [
                "Are all learners getting ICT time?",
                "Turns per learner, by gender",
                "A tally sheet next to the device rota",
            ],
            [
                "Is learning improving?",
                "Results on a short task before and after a unit",
                "Two quick quizzes, on paper or a phone form",
            ],
            ["What do learners think?", "Three-question exit slips", "Paper slips or a show of hands, photographed"],
            [
                "What blocks the practice?",
                "A log of problems (power, data, time)",
                "One line in your planner each time",
            ],
        ),
        text(
            "Keep the numbers simple. <em>Girls had 40 % of tablet turns in March and 50 % in April after we "
            "changed the rota</em> is more useful to a head teacher than a long report.",
        ),
        heading("Solve obstacles with colleagues"),
        text(
            "Many obstacles are shared. A staff meeting slot of fifteen minutes can produce a common device rota, an "
            "agreement on phone use for learning, or a plan to charge devices from the one working socket. In "
            "Indonesia, teacher working groups (KKG and MGMP) meet monthly by subject and area; in many "
            "Francophone African countries, <em>cellules pédagogiques</em> play the same role. Bring your evidence "
            "and one question to these meetings.",
        ),
        callout(
            "tip",
            "Respect the rules while you change them",
            "If a rule blocks a practice (for example, phones are banned), do not break it. Show evidence from a "
            "small, authorised trial and propose a change through the proper channel. That is how policy is applied "
            "and improved.",
        ),
        heading("Feeding back"),
        text(
            bullets(
                "Once a term, send your head teacher a half-page summary: what you tried, the evidence, the obstacle, what would help.",
                "Offer one practice for the school ICT plan.",
                "Share a short voice note or photo story with parents to explain why learners use phones or tablets in class.",
            ),
        ),
        activity(
            "A one-term evidence plan",
            goal="Plan how you will gather and report evidence that a policy principle is working in your class.",
            minutes=30,
            materials=["Your policy-to-practice map from lesson 1", "A notebook or phone notes"],
            steps=[
                "Pick one principle from your map.",
                "Choose one question and one piece of evidence from the table above.",
                "Prepare the tally sheet, quiz or exit slip.",
                "Set two dates: mid-term check and end-of-term summary.",
                "Write the first line of your summary now, so you know what you are aiming for.",
            ],
            low_tech="All the evidence can be gathered on paper; a phone photo of the sheets is enough to keep a record.",
        ),
        check(
            "Your rota shows boys get twice as many device turns as girls. What is the best next step?",
            ("Nothing: the rota is already fair on paper.", False, "The evidence shows it is not working as intended."),
            (
                "Change the rota (for example, pairs with a girl as device lead), check the tally again next month and report the result.",
                True,
                "Yes: adjust, check the evidence again, report.",
            ),
            ("Remove devices from the lesson to avoid the problem.", False, "That removes access for everyone."),
        ),
    ],
)

MODULE = Module(
    slug="kd1-applying-ict-policy",
    title="Applying ICT policy in your classroom",
    summary=(
        "Turn the principles of your ICT-in-education policy and international commitments such as SDG 4 into "
        "lessons, name the obstacles and gather evidence: Knowledge Deepening for Policy."
    ),
    level="KD",
    competencies=["KD.1"],
    minutes=85,
    cover="kd1-policy-application.svg",
    cover_alt="A policy document with an arrow pointing to a group of learners.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-1",
    prerequisites=["ka1-ict-policy-in-your-classroom"],
)
