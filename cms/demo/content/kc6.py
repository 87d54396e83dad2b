# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.6 Teacher as Innovator (Knowledge Creation, Teacher Professional Learning)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, text

LESSON_1 = Lesson(
    slug="small-experiments-in-your-practice",
    title="Small experiments in your own practice",
    summary="Innovate the way researchers do: a question, a change, evidence, and an honest conclusion.",
    minutes=30,
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

MODULE = Module(
    slug="kc6-teacher-as-innovator",
    title="The teacher as innovator",
    summary=(
        "Improve your practice through small experiments with evidence, then share what works and mentor "
        "colleagues so that the whole school benefits: Knowledge Creation for professional learning."
    ),
    level="KC",
    competencies=["KC.6"],
    minutes=70,
    cover="kc6-innovator.svg",
    cover_alt="A light bulb with rays around it.",
    lessons=[LESSON_1, LESSON_2],
    assessment="module-kc-6",
    prerequisites=["ka6-digital-literacy-for-professional-learning"],
)
