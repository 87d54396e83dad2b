# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.6 Teacher as Innovator (Knowledge Creation, Teacher Professional Learning)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="small-experiments-in-your-practice",
    title="Small experiments in your own practice",
    summary="Innovate the way researchers do: a question, a change, evidence, and an honest conclusion.",
    minutes=30,
    objectives=["KC.6.a"],
    body=[
        text(
            "At the Knowledge Creation level, teachers keep developing, experimenting, coaching, innovating and "
            "sharing good practice on how technology can best serve their school. Innovation here does not mean "
            "buying new equipment. It means treating your teaching as something you can improve through small, "
            "careful experiments, and sharing what you learn.",
        ),
        heading("The improvement cycle"),
        text(
            numbered(
                '<strong>Notice</strong> a problem in learning: "many learners stop reading when a text gets hard".',
                '<strong>Ask</strong> a question you can test: "Will listening to the audio version while reading '
                'help struggling readers finish the text?"',
                "<strong>Change</strong> one thing for a few weeks, with one class or group.",
                "<strong>Collect evidence</strong> before and after: completion, a short comprehension check, learners' views.",
                "<strong>Conclude honestly</strong> and decide: adopt, adapt or abandon.",
            ),
            "This cycle is sometimes called action research or lesson study. Its strength is that it is small "
            "enough to fit into a normal term, and concrete enough to convince colleagues.",
        ),
        callout(
            "warning",
            "Beware the shiny result",
            "Learners are often excited by anything new, so early enthusiasm is not evidence of learning. Look at "
            "what learners can do after the change, and compare with what they could do before or with another "
            "group.",
        ),
        heading("Choosing what to try"),
        text(
            bullets(
                "Start from a learning problem, not from a tool.",
                "Prefer changes that cost nothing or little and could spread to other classrooms in your school.",
                "Look at what colleagues elsewhere have tried: teacher networks and open resources are full of ideas to adapt.",
                "Consider the learners who are usually left behind: an innovation that helps them is worth the most.",
            ),
        ),
        heading("Evidence you can collect with a phone"),
        text(
            "Evidence does not need special equipment. Photograph a sample of learners' work before and after the "
            "change; keep a tally of how many learners finish a task; record a two-minute conversation in which "
            "learners explain what helped them; ask a colleague to note, during one lesson, how many learners speak. "
            "A teacher in Cambodia tested whether reading short texts aloud in pairs improved fluency by timing ten "
            "learners each fortnight with a phone's stopwatch. A teacher in Colombia compared two classes' written "
            "explanations in science after one class began recording its explanations as voice notes first. Both "
            "kept their records in a notebook and shared a one-page summary with colleagues.",
        ),
        activity(
            "Plan a four-week experiment",
            goal="Design a small, testable change in your practice with a clear question and evidence.",
            minutes=45,
            materials=["Your notebook or portfolio", "Data you already have (marks, attendance, learners' work)"],
            steps=[
                "Write down one learning problem you have noticed this term.",
                "Turn it into a testable question with one change involving technology.",
                "Decide what evidence you will collect before and after, and how long it will take.",
                "Check the ethics: learners' consent, privacy, and fairness to any comparison group.",
                "Tell one colleague your plan and ask them to observe one lesson.",
            ],
            low_tech="The cycle does not need devices; the change you test may be low-tech, and the evidence can be paper.",
        ),
        check(
            "After introducing tablets, learners say they enjoy reading more. What is the best conclusion?",
            (
                "The tablets improved reading.",
                False,
                "Enjoyment is encouraging, but it is not yet evidence of better reading.",
            ),
            (
                "Enjoyment rose; check reading outcomes before and after, or against another group, before concluding.",
                True,
                "Yes: separate motivation from learning and look for evidence of both.",
            ),
            (
                "The experiment failed because it was not measured.",
                False,
                "It can still be measured: plan the evidence now.",
            ),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="sharing-and-mentoring",
    title="Sharing practice and mentoring colleagues",
    summary="Turn what you learned into something colleagues can use, and support them as they try it.",
    minutes=30,
    objectives=["KC.6.b", "KC.6.c"],
    body=[
        text(
            "An innovation that stays in one classroom helps one class. The Knowledge Creation competency asks "
            "teachers to coach colleagues and share good practice, so that the whole school improves. This lesson "
            "covers how to share what works in a form others can use, and how to mentor colleagues without "
            "taking over.",
        ),
        heading("Share in a form others can use"),
        text(
            "Colleagues are busy. The most useful thing you can give them is short and concrete:",
            bullets(
                "A one-page description: the problem, what you changed, the evidence, and what you would advise.",
                "The actual materials: the lesson plan, the worksheet, the spreadsheet template, with an open licence so others may adapt them.",
                "A short demonstration in a staff meeting, ideally with learners' work to show.",
                "A post in a teacher network, so that teachers in other schools can try it and report back.",
            ),
        ),
        heading("Mentoring that builds confidence"),
        text(
            numbered(
                "Start from the colleague's goal, not yours: what do they want to improve?",
                "Co-plan one lesson together, using their class and their constraints.",
                "Observe, or teach together, then talk: what did learners do? What would you both change?",
                "Step back: let them lead the next attempt, and be available for questions.",
            ),
            "Good mentoring is a conversation between professionals. Avoid judging; describe what you saw and ask "
            "questions. Celebrate small steps, especially with colleagues who are anxious about technology.",
        ),
        callout(
            "example",
            "A school that learned together",
            "Two teachers who had tested audio-supported reading shared a one-page summary and their recordings in a "
            "staff meeting. Four colleagues tried it the following term, each in a different grade. They met monthly "
            "to compare results, and by the end of the year the school had a shared library of recorded texts in "
            "two languages.",
        ),
        heading("Contributing to the school's plan"),
        text(
            "Evidence from classroom experiments is valuable for school leaders deciding how to spend scarce "
            "resources. Offer your findings when the school reviews its development plan or its ICT plan: what "
            "worked, for whom, at what cost, and what would be needed to extend it.",
        ),
        activity(
            "Share one practice and offer to mentor",
            goal="Turn one successful practice into a shareable package and support a colleague in trying it.",
            minutes=60,
            materials=["Your experiment notes and materials", "Time in a staff meeting or with one colleague"],
            steps=[
                "Write a one-page summary: problem, change, evidence, advice.",
                "Gather the materials and add a licence and credit line.",
                "Present for ten minutes in a staff meeting, with an example of learners' work.",
                "Invite one colleague to co-plan a lesson using the practice.",
                "After their lesson, have a feedback conversation using questions, not judgements.",
            ],
            low_tech="Share printed copies and demonstrate with paper materials; the package matters more than the medium.",
        ),
        check(
            "A colleague is nervous about using technology. What is the best first step as a mentor?",
            ("Show them everything the tool can do.", False, "Too much at once increases anxiety."),
            (
                "Ask what they want to improve in their teaching and co-plan one small lesson together.",
                True,
                "Yes: start from their goal and take one manageable step together.",
            ),
            ("Teach their class for them.", False, "This solves today's lesson but builds no confidence."),
        ),
        reflect("Which practice of yours has worked well enough to share? Which colleague might benefit first?"),
    ],
)

LESSON_3 = Lesson(
    slug="professional-communities-and-open-resources",
    title="Professional communities and open resources",
    summary="Take part in teacher communities, online and offline, and publish what you make as open educational resources.",
    minutes=30,
    objectives=["KC.6.b"],
    body=[
        text(
            "Teachers who innovate rarely do it alone. They borrow ideas from colleagues elsewhere, test them, and "
            "give back what they learn. ICT makes this exchange possible across distances: a teacher in a remote "
            "school can learn from, and contribute to, a community of thousands. This lesson looks at how to take part "
            "in professional communities with a poor connection, and how to share your materials so others may use "
            "and improve them.",
        ),
        heading("Communities that work on a low connection"),
        text(
            bullets(
                "<strong>Messaging groups</strong> of subject teachers in a district or country, where members share a lesson idea, a question or a photo of learners' work. Agree simple rules: on topic, respectful, no forwarding of personal data.",
                "<strong>Cluster meetings</strong> where teachers from nearby schools meet monthly, bringing materials on paper or on a memory card.",
                "<strong>Open course communities</strong> around open resources, such as TESSA (Teacher Education in Sub-Saharan Africa) or the TESS-India materials, whose resources can be downloaded once and used offline.",
                "<strong>Teacher associations and unions</strong>, which increasingly run online spaces and webinars, often with recordings to download later.",
            ),
            "Participate actively rather than only reading: post one thing you tried and what happened, answer a "
            "colleague's question, or report back on how you adapted someone else's idea. Communities thrive on such "
            "contributions.",
        ),
        heading("Publishing open educational resources"),
        text(
            "An open educational resource (OER) is teaching material released under a licence that lets others reuse, "
            "adapt and share it. The most common licences are Creative Commons. CC BY lets anyone reuse and adapt the "
            "work provided they credit you; CC BY-SA adds that adapted versions must be shared under the same licence. "
            "The UNESCO framework itself is published under CC BY-SA.",
            numbered(
                "Make sure you have the right to share: use your own text, photos and recordings, or open material with its credit.",
                "Remove learners' names and faces unless you have written consent.",
                'Add a licence line, for example "© 2026 A. Teacher, CC BY 4.0", and a short note on how you used it.',
                "Save in a format others can edit, such as a document rather than only a PDF.",
                "Share it in your community and in an open repository your ministry or network uses.",
            ),
        ),
        callout(
            "example",
            "Adapted, translated, shared",
            "A set of open science activities written in English in Kenya was translated into Kiswahili by teachers in "
            "Tanzania, adapted for local materials by teachers in Malawi, and shared back with the changes. In the Arab "
            "states, teacher networks have translated and adapted open mathematics resources into Arabic. Each "
            "adaptation was possible only because the licence allowed it.",
        ),
        activity(
            "Share one resource openly",
            goal="Publish one of your teaching materials as an OER and contribute it to a professional community.",
            minutes=45,
            materials=[
                "A lesson plan or worksheet you made",
                "A phone or computer",
                "Access to a teacher group or repository",
            ],
            steps=[
                "Choose a material that worked well and check you own every part of it.",
                "Remove personal data and add a licence line and a note on how you used it.",
                "Post it in one professional community with two sentences on what happened when you used it.",
                "Invite colleagues to adapt it and to tell you what they changed.",
                "After two weeks, note any feedback and improve the resource.",
            ],
            low_tech="Print copies with the licence line and share them at a cluster meeting; a colleague with a connection can upload them later.",
        ),
        check(
            "You want other teachers to be free to adapt your worksheet, as long as they credit you. Which licence fits?",
            ("All rights reserved", False, "This forbids reuse without permission."),
            ("CC BY", True, "Yes: anyone may reuse and adapt it, provided they credit you."),
            ("No licence at all", False, "Without a licence, others cannot legally be sure they may reuse it."),
        ),
        reflect("Which community could you contribute to this term, and what will you share first?"),
    ],
)

LESSON_4 = Lesson(
    slug="coaching-cycles-with-colleagues",
    title="Coaching cycles with colleagues",
    summary="Run a short coaching cycle with a colleague, using a phone for evidence, and help practice spread across the school.",
    minutes=30,
    objectives=["KC.6.c", "KC.6.a"],
    body=[
        text(
            "Mentoring a colleague once is generous; coaching over several weeks changes practice. A coaching cycle "
            "is a short, repeated sequence in which a colleague sets a goal, tries something new, gathers evidence "
            "with your help, and decides what to do next. The coach does not tell; the coach asks, observes and helps "
            "the colleague see their own evidence. At the Knowledge Creation level, coaching is how innovation spreads "
            "from one classroom to a school.",
        ),
        heading("One coaching cycle"),
        text(
            numbered(
                "<strong>Goal conversation (15 minutes):</strong> what does your colleague want learners to do better? Agree one observable goal.",
                "<strong>Plan together:</strong> choose one strategy to try, with or without technology, and what evidence will show whether it helps.",
                "<strong>Observe or collect:</strong> visit part of a lesson, or ask your colleague to record a short audio clip or photograph learners' work.",
                "<strong>Reflection conversation (15 minutes):</strong> look at the evidence together. Ask: what did learners do? What surprised you? What next?",
                "<strong>Repeat:</strong> two or three cycles over a term, with the colleague taking more of the lead each time.",
            ),
        ),
        heading("Questions, not verdicts"),
        table(
            "Coaching language",
            ["Instead of", "Try"],
            ['"That activity didn\'t work."', '"What did you notice when the groups started?"'],
            ['"You should use the tablets more."', '"Where in the lesson might learners need a device?"'],
            ['"Good lesson!"', '"The pairs explained their answers; what made that happen?"'],
        ),
        text(
            "Phones help coaching in low-resource schools: a colleague can record ten minutes of their own lesson and "
            "listen to it alone first, which is less threatening than being observed. Coaches in Ethiopia and Nepal "
            "have run cycles partly by messages and voice notes when schools were far apart, meeting in person once a "
            "month. Always agree first who will see or hear any recording, and delete it when the cycle ends.",
        ),
        callout(
            "tip",
            "Coach the coaches",
            "Once a colleague has completed two cycles, invite them to coach someone else, with you supporting. In this "
            "way a school builds a chain of coaching rather than depending on one enthusiastic teacher.",
        ),
        activity(
            "Run one coaching cycle",
            goal="Coach a colleague through one cycle of goal, trial, evidence and reflection.",
            minutes=60,
            materials=["A willing colleague", "A phone for audio or photos (optional)", "A notebook for both of you"],
            steps=[
                "Hold a goal conversation and agree one observable goal for learners.",
                "Co-plan one strategy and the evidence you will collect.",
                "Collect the evidence during one lesson, by observation, recording or learners' work.",
                "Hold a reflection conversation using only questions and descriptions.",
                "Agree the next step and a date for the second cycle.",
            ],
            low_tech="Observation notes on paper and learners' exercise books are strong evidence; no device is required.",
        ),
        check(
            "In a reflection conversation after observing a colleague, what should the coach do first?",
            ("Give a score for the lesson", False, "Scores turn coaching into inspection and close the conversation."),
            (
                "Ask what the colleague noticed about learners, and look at the evidence together",
                True,
                "Yes: the colleague's own reading of the evidence drives change.",
            ),
            ("List everything that went wrong", False, "A list of faults rarely leads to change and can damage trust."),
        ),
    ],
)

MODULE = Module(
    slug="kc6-teacher-as-innovator",
    title="The teacher as innovator",
    summary=(
        "Improve your practice through small experiments with evidence, share what works in professional "
        "communities and as open resources, and coach colleagues so that the whole school benefits: Knowledge "
        "Creation for professional learning."
    ),
    level="KC",
    competencies=["KC.6"],
    minutes=130,
    cover="kc6-innovator.svg",
    cover_alt="A light bulb with rays around it.",
    lessons=[LESSON_1, LESSON_2, LESSON_3, LESSON_4],
    assessment="module-kc-6",
    prerequisites=["ka6-digital-literacy-for-professional-learning"],
)
