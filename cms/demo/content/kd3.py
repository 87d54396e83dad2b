# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.3 Complex Problem-solving (Knowledge Deepening, Pedagogy)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="designing-a-community-project",
    title="Designing an ICT-supported project on a real problem",
    summary="From a local problem to a driving question, with milestones and a clear role for technology.",
    minutes=30,
    objectives=["KD.3.b"],
    body=[
        text(
            "At the Knowledge Deepening level, the focus moves from using ICT to support your teaching to using it "
            "to help learners work on complex, real-world problems. The competency asks you to design "
            "project-based activities and to use ICT to help students plan, carry out and monitor their projects. "
            "This lesson covers the design; the next covers running and monitoring.",
        ),
        heading("Start from a real problem"),
        text(
            "Good projects start from something learners can see and care about: the school's water supply, litter "
            "after market day, the distance some learners walk to school, crop losses in the last dry season. Turn "
            "the problem into a <strong>driving question</strong> that is open, connected to the curriculum and "
            'answerable in a few weeks: "How can our school collect enough rainwater for the garden in the dry '
            'season?" links mathematics (volume, rainfall data), science (the water cycle) and language '
            "(a proposal to the head teacher).",
        ),
        heading("Plan milestones, not just a final product"),
        table(
            "A four-week project plan with a role for ICT at each milestone",
            ["Week", "Milestone", "How ICT helps"],
            [
                "1",
                "Understand the problem: observe, interview, measure",
                "Phone photos, audio interviews, a shared data table",
            ],
            [
                "2",
                "Research: find information and data",
                "Offline encyclopedia, downloaded rainfall records, a spreadsheet",
            ],
            ["3", "Design and test a solution", "Calculations and charts in a spreadsheet, drawings, a simple model"],
            [
                "4",
                "Present to a real audience",
                "A short presentation or audio report, shared with parents or the community",
            ],
        ),
        callout(
            "tip",
            "Assess the process too",
            "Agree with learners at the start how the project will be assessed: the final product, but also how "
            "well they planned, used evidence and worked together. A short rubric with three or four criteria is "
            "enough.",
        ),
        heading("Design for every learner"),
        text(
            bullets(
                "Mixed groups of four, with roles that rotate (coordinator, researcher, data keeper, reporter).",
                "Tasks at different levels of difficulty within the same milestone.",
                "Access to devices planned in advance: a rota, stations, or work at the community library.",
            ),
        ),
        activity(
            "Draft a project on a local problem",
            goal="Design a four-week ICT-supported project on a real local problem, with a driving question, milestones and a rubric.",
            minutes=60,
            materials=["Your curriculum for the term", "The four-week table above"],
            steps=[
                "List three local problems your learners know well; choose the one with the best curriculum links.",
                "Write a driving question and check it: open, connected to the curriculum, answerable in four weeks.",
                "Fill in the four milestones and the role of ICT at each.",
                "Write a rubric with three or four criteria covering product and process.",
                "Ask a colleague from another subject to join and add one milestone from their subject.",
            ],
            low_tech="Where devices are very limited, keep ICT for data and presentation and do the rest with interviews, paper and models.",
        ),
        check(
            "Which is the best driving question for a project?",
            ("What is rainwater?", False, "A closed, factual question: it can be answered in a minute."),
            (
                "How can our school collect enough rainwater for the garden during the dry season?",
                True,
                "Yes: it is open, real, linked to the curriculum and answerable by learners in a few weeks.",
            ),
            ("Make a poster about water.", False, "This is a task, not a question that drives inquiry."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="running-and-monitoring-projects",
    title="Running and monitoring projects with ICT",
    summary="Simple digital tools for planning, tracking progress and giving feedback while groups work independently.",
    minutes=30,
    objectives=["KD.3.c"],
    body=[
        text(
            "Once a project starts, several groups work on different things at the same time. Your role shifts from "
            "presenter to coach: you need to know where each group is, spot those who are stuck and give feedback "
            "while the work is happening. Simple ICT tools make this manageable, even in a large class.",
        ),
        heading("A shared project board"),
        text(
            "Each group keeps a board with three columns: <em>to do</em>, <em>doing</em>, <em>done</em>. It can be a "
            "sheet of chart paper with sticky notes photographed each Friday, or a shared spreadsheet with one row "
            "per task, the name of the learner responsible and a due date. Either way, learners plan their own work "
            "and you can see progress at a glance.",
        ),
        heading("Check-ins and feedback"),
        text(
            numbered(
                "Start each project session with a two-minute stand-up: each group says what they did, what they "
                "will do and what blocks them.",
                "Visit the groups that reported a block first.",
                "Give feedback against the rubric criteria, one strength and one next step.",
                "End the session with each group updating its board; photograph or save it.",
            ),
        ),
        callout(
            "example",
            "Monitoring with one phone",
            "A teacher with 52 learners in 12 groups asked each group's data keeper to photograph the group's board "
            "at the end of every session and send it to her by Bluetooth. In ten minutes each evening she could see "
            "which groups had not moved and planned her visits for the next day.",
        ),
        heading("Data, evidence and honesty"),
        text(
            "Real projects produce real data: measurements, survey answers, photos. Teach learners to record where "
            "each piece of data came from, to keep raw data separate from their calculations, and to say honestly "
            "when data is missing or surprising. A spreadsheet with one sheet for raw data and another for charts "
            "builds these habits. When learners interview community members, ask permission to record, and explain "
            "how recordings will be used.",
        ),
        activity(
            "Set up the monitoring system",
            goal="Prepare the tools you will use to track and coach groups during a project.",
            minutes=40,
            materials=["Chart paper and sticky notes, or a shared spreadsheet", "Your project rubric"],
            steps=[
                "Create a board template with the three columns and the group's name.",
                "Write the first milestone's tasks as examples on one board.",
                "Decide how boards reach you (photo, shared file, weekly check) and tell learners.",
                "Prepare a feedback sheet with the rubric criteria and space for one strength and one next step.",
                "Plan the first stand-up and practise it with one group.",
            ],
            low_tech="The paper board and the spoken stand-up work with no devices; a phone only makes collecting the boards faster.",
        ),
        check(
            "In a project, what is the main purpose of a shared board with to do, doing and done?",
            ("To grade the learners.", False, "It can inform assessment, but its purpose is planning and visibility."),
            (
                "To let learners plan their own work and let the teacher see progress and blocks at a glance.",
                True,
                "Yes: it supports self-management and your coaching.",
            ),
            (
                "To replace the final presentation.",
                False,
                "The board tracks the process; the product is still presented.",
            ),
        ),
        reflect("What would you need to stop doing in class to give learners time for a four-week project?"),
    ],
)

LESSON_3 = Lesson(
    slug="thinking-together-in-projects",
    title="Thinking together: reasoning, talk and reflection in projects",
    summary="Why collaborative projects deepen understanding, and how to structure talk, evidence and reflection so they do.",
    minutes=30,
    objectives=["KD.3.a", "KD.3.c"],
    body=[
        text(
            "Projects are not automatically deep. A group can spend four weeks making a beautiful poster and learn "
            "little. Collaborative, project-based learning deepens understanding when learners must "
            "<strong>reason with key concepts</strong>, <strong>explain their thinking to each other</strong> and "
            "<strong>test ideas against evidence</strong>. ICT helps when it makes evidence and thinking visible, "
            "shareable and revisable.",
        ),
        heading("Why working together helps thinking"),
        text(
            bullets(
                "Explaining an idea to a peer exposes gaps that reading alone hides.",
                "Disagreement, handled well, forces learners to look for evidence.",
                "Different learners bring different knowledge: the learner whose family farms knows about soil, the one who sells at the market knows about prices.",
                "A real audience (parents, a local official, another school) raises the quality of the final explanation.",
            ),
        ),
        heading("Structure the talk"),
        text(
            "Productive group talk is taught. Give learners sentence starters and a routine, and model them yourself.",
        ),
        table(
            "Talk moves for project groups",
            ["Move", "Sentence starter", "Why it matters"],
            ["Claim", "I think ... because ...", "Links an idea to a reason"],
            ["Evidence", "Our data shows ...", "Grounds the claim"],
            ["Challenge", "What if ...? How do we know ...?", "Tests the claim"],
            ["Build", "Adding to what Amina said ...", "Connects ideas across the group"],
            ["Revise", "We changed our mind because ...", "Shows learning"],
        ),
        callout(
            "example",
            "Evidence on a shared phone",
            "In a Philippine secondary school, groups investigating flooding kept one shared photo album per group "
            "on the teacher's phone: each photo of a blocked drain had a one-line caption saying what it showed. "
            "When the groups argued about the main cause, the teacher asked them to point to photos and rainfall "
            "figures. The argument turned into an analysis.",
        ),
        heading("Reflection makes learning last"),
        text(
            "At the end of each milestone, ask every learner (not only the group) to answer three questions in a "
            "journal, on paper or as a short voice note: <em>What did I learn about the concept? What evidence "
            "changed my mind? What will I do differently next time?</em> Reading a sample of these tells you whether "
            "the project is producing understanding or only a product, and gives evidence of each learner's "
            "contribution for assessment.",
        ),
        activity(
            "A reasoning routine for your next project session",
            goal="Plan one project session in which groups reason with evidence using structured talk, then reflect individually.",
            minutes=40,
            materials=["The talk-moves table, copied on the board or a chart", "Learners' project data or photos"],
            steps=[
                "Pose a question that groups must answer with their own data (for example, which source of water is safest and why).",
                "Model the talk moves with one group in front of the class for three minutes.",
                "Let groups discuss for fifteen minutes; one learner ticks each talk move when it is used.",
                "Each group states its claim and evidence in one minute; others may challenge.",
                "Learners write or record their individual reflection on the three questions.",
            ],
            low_tech="The routine needs no device; phone photos or a shared table only make the evidence easier to point to.",
        ),
        check(
            "What makes a collaborative project deepen understanding rather than only produce a product?",
            (
                "Giving the group as much time as possible to decorate the final poster.",
                False,
                "Presentation matters, but it is not where understanding grows.",
            ),
            (
                "Requiring learners to make claims about key concepts, support them with evidence and respond to challenges, then reflect individually.",
                True,
                "Yes: reasoning, evidence and reflection are what deepen understanding.",
            ),
            (
                "Letting the strongest learner do the thinking so the group finishes on time.",
                False,
                "Then only one learner deepens understanding.",
            ),
        ),
        reflect("In your last group activity, who did the thinking? How would you know?"),
    ],
)

MODULE = Module(
    slug="kd3-ict-supported-projects",
    title="ICT-supported projects on real problems",
    summary=(
        "Design project-based activities around real local problems and use simple ICT to help learners plan, "
        "carry out and monitor them: Knowledge Deepening for Pedagogy."
    ),
    level="KD",
    competencies=["KD.3"],
    minutes=100,
    cover="kd3-projects.svg",
    cover_alt="A project board with three columns of task cards.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-3",
    prerequisites=["ka3-teaching-with-ict"],
)
