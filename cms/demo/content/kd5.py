# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KD.5 Collaborative Groups (Knowledge Deepening, Organization and Administration)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="arranging-space-for-group-work",
    title="Arranging space and devices for group work",
    summary="Lay out the room and the few devices you have so groups can work, talk and share without queues.",
    minutes=25,
    objectives=["KD.5.a"],
    body=[
        text(
            "At Level 1 you arranged the room so technology supports your teaching. At Knowledge Deepening, the room "
            "must support <strong>groups</strong>: learners facing each other, able to talk, reach a device when "
            "they need it and move between tasks. The layout is a teaching decision, not a caretaker's.",
        ),
        heading("Layouts for few devices"),
        table(
            "Room layouts and when to use them",
            ["Layout", "How it works", "Best for"],
            [
                "Stations",
                "Four to six tables, each with a different task; one station has the device(s); groups rotate every 10–15 minutes",
                "Classes with 1–3 devices",
            ],
            [
                "Clusters with a shared device",
                "Groups of four to six around joined desks; one phone or tablet per cluster, on a stand so all can see",
                "Projects with several devices",
            ],
            [
                "Device corner",
                "Devices on a table by the socket; groups send one member with a clear task and a time limit",
                "Rooms with one working socket",
            ],
            [
                "Outside and inside",
                "Some groups collect data outside with a phone while others analyse inside",
                "Fieldwork, surveys, measurements",
            ],
        ),
        heading("Practical details that decide success"),
        text(
            bullets(
                "<strong>Power</strong>: a charging plan (a multi-socket strip, a solar charger, devices charged overnight in the office).",
                "<strong>Sightlines</strong>: every member can see the screen; a book or a simple wooden stand holds a phone upright.",
                "<strong>Noise</strong>: groups with audio tasks at opposite corners; earphones shared by splitter.",
                "<strong>Access</strong>: space for a wheelchair to reach the device table; a learner with low vision near the screen.",
                "<strong>Safety</strong>: cables along walls, not across walkways; devices away from windows and water.",
            ),
        ),
        callout(
            "example",
            "Stations with one tablet",
            "A primary teacher in Tonga with 38 learners and one tablet set up five stations for a unit on local "
            "fish: reading cards, a drawing station, a measuring station with real fish, a tablet station with a "
            "short video and a quiz, and a station with the teacher. Every group reached the tablet once per lesson, "
            "and the tablet was never idle.",
        ),
        activity(
            "Draw and test a group layout",
            goal="Design a layout for group work with the devices you really have, and test it for one lesson.",
            minutes=40,
            materials=["Paper to draw the room", "A list of devices, sockets and furniture"],
            steps=[
                "Draw your room with doors, windows, sockets and furniture.",
                "Choose a layout from the table and draw the groups and device positions.",
                "Check the practical details: power, sightlines, noise, access, safety.",
                "Teach one lesson with the layout; time how long it takes to set up and pack away.",
                "Ask two learners what worked and what did not; adjust the drawing.",
            ],
            low_tech="Stations work without any device: replace the device station with printed materials or the teacher's phone for a few minutes per group.",
        ),
        check(
            "You have two tablets and 45 learners. Which arrangement best supports group work?",
            (
                "Give the tablets to the two front rows.",
                False,
                "Most learners would never use them, and rows do not support group talk.",
            ),
            (
                "Stations, with the tablets at one station and other tasks at the others, groups rotating on a timer.",
                True,
                "Yes: every group reaches the devices and keeps working between turns.",
            ),
            (
                "Keep the tablets in the cupboard until there are more.",
                False,
                "The devices help nobody in the cupboard.",
            ),
        ),
        reflect("What is the single physical change in your room that would most help group work?"),
    ],
)

LESSON_2 = Lesson(
    slug="managing-collaborative-projects",
    title="Managing collaborative projects in a technology-supported class",
    summary="Form groups, assign roles, set norms and keep several groups moving at once, with simple digital help.",
    minutes=30,
    objectives=["KD.5.b"],
    body=[
        text(
            "Group work fails for predictable reasons: one learner does everything, others drift, devices cause "
            "arguments, groups finish at very different times. Managing collaborative learning means planning for "
            "these before they happen.",
        ),
        heading("Forming groups"),
        text(
            "Groups of three to five work best. Mix levels, genders and languages on purpose; keep friends apart "
            "unless you have a reason. For long projects, keep groups stable; for short tasks, change them so "
            "learners work with everyone over a term. A spreadsheet or a random-name app can form groups in seconds "
            "and lets you track who has worked with whom.",
        ),
        heading("Roles and norms"),
        table(
            "Rotating roles for a project group",
            ["Role", "Responsibility", "Device task"],
            ["Coordinator", "Keeps the group on the plan and on time", "Updates the group's progress row"],
            ["Researcher", "Finds and checks information", "Uses the reference resources"],
            ["Data keeper", "Records measurements and results", "Enters data, saves files with clear names"],
            [
                "Reporter",
                "Speaks for the group and writes the summary",
                "Records the voice note or photographs the product",
            ],
        ),
        text(
            "Write norms with the class: <em>everyone speaks before anyone speaks twice; the device goes to whoever "
            "has the device role; we disagree with ideas, not people.</em> Post them and refer to them.",
        ),
        heading("Keeping many groups moving"),
        text(
            numbered(
                "Start with a two-minute stand-up per group: done, next, blocked.",
                "Circulate with a clipboard or your phone's notes; visit blocked groups first.",
                "Use a signal for attention (a raised hand, a bell) that works in a noisy room.",
                "Have <em>extension tasks</em> ready for groups that finish early and a shortened path for groups that fall behind.",
                "Close with each group updating its progress and returning devices to the charging point.",
            ),
        ),
        callout(
            "tip",
            "Individual accountability",
            "Assess each learner's contribution as well as the group's product: a short individual reflection, a "
            "question to a randomly chosen member, or a peer rating on the rubric. It stops one learner carrying "
            "the group.",
        ),
        activity(
            "Prepare the management kit",
            goal="Prepare groups, roles, norms and a monitoring sheet for a collaborative project.",
            minutes=45,
            materials=["Class list", "Chart paper or a spreadsheet"],
            steps=[
                "Form mixed groups of four and record them in a sheet, with a column per role.",
                "Print or write role cards with the responsibilities and device tasks.",
                "Draft three norms and agree them with learners in the first session.",
                "Prepare extension tasks and a shortened path for the first milestone.",
                "Run the first stand-up and note which groups need a visit.",
            ],
            low_tech="Role cards, a paper progress chart and a bell are enough; a spreadsheet only helps if you already keep class records on a device.",
        ),
        check(
            "In a group, one learner always holds the tablet and the others watch. What is the best response?",
            ("Take the tablet away from the group.", False, "This punishes everyone and removes access."),
            (
                "Introduce rotating roles with a named device role each session, and check individual contributions.",
                True,
                "Yes: roles share access and responsibility.",
            ),
            ("Let it continue: that learner is the most skilled.", False, "The others lose the chance to learn."),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="learning-partners-beyond-the-classroom",
    title="Learning partners beyond the classroom",
    summary="Use digital tools to involve families, community members and other classes, and to keep learning going outside school hours.",
    minutes=30,
    objectives=["KD.5.c"],
    body=[
        text(
            "Collaborative learning need not stop at the classroom door. Parents and carers, community members, "
            "outside experts and learners in other schools can all be learning partners. Digital tools, used "
            "flexibly, connect them to the work and help you manage the whole process, including when school is "
            "closed by floods, heat, conflict or epidemics.",
        ),
        heading("Who can be a learning partner?"),
        table(
            "Learning partners and simple ways to involve them",
            ["Partner", "Contribution", "Tool"],
            [
                "Families",
                "Help at home, share local knowledge, see the work",
                "A weekly SMS or voice note; photos of products",
            ],
            [
                "Community experts",
                "Answer learners' questions, give feedback on products",
                "A phone call on speaker; a recorded interview",
            ],
            [
                "Another class or school",
                "Compare data, give peer feedback, present to a real audience",
                "Exchange of files by messaging or email; a shared folder",
            ],
            ["Older learners", "Mentor younger groups", "Short sessions at the device station"],
        ),
        heading("Keeping learning going at a distance"),
        text(
            "During school closures, teachers across the world kept groups working with the tools families already "
            "had. In Sierra Leone and Liberia, radio lessons were followed by phone calls to small groups. In "
            "Argentina and Mexico, messaging groups carried tasks and voice feedback. In Jordan, teachers used a "
            "national platform plus messaging for those with little data. The lesson: plan for the lowest common "
            "tool (a basic phone, SMS, radio) and add richer tools for those who can use them.",
        ),
        callout(
            "tip",
            "Manage the channel, not only the learners",
            "Set times when you answer messages and say so; pin the week's tasks at the top of a group; keep a "
            "simple log of who has submitted. Protect learners' privacy: share phone numbers only with consent, use "
            "group channels that include a parent or colleague, and never post learners' photos publicly without "
            "permission.",
        ),
        heading("Managing the learning process"),
        text(
            bullets(
                "Plan tasks that work in and out of school: a data collection at home, a discussion in class.",
                "Use one tracking sheet for all groups, wherever they work.",
                "Agree with families how they can help without doing the work.",
                "Thank partners publicly (with permission): it keeps them involved.",
            ),
        ),
        activity(
            "Bring one learning partner into a project",
            goal="Involve one outside partner in a current project and plan the channel you will use to manage it.",
            minutes=40,
            materials=["Your project plan", "A phone"],
            steps=[
                "Choose one partner who could improve the project (a parent with expertise, a health worker, a class in another school).",
                "Decide exactly what they will contribute and when.",
                "Choose the lowest-tech channel that works for them and for learners.",
                "Write the invitation and the privacy rules for the exchange.",
                "After the contribution, ask learners what they learned from it and thank the partner.",
            ],
            low_tech="A visit, a letter or a recorded interview played in class involves partners without any data cost.",
        ),
        check(
            "You plan to keep project groups working during a school closure. Most families have basic phones; a few have smartphones. What is the best plan?",
            ("Use a video platform for everyone.", False, "Most learners could not join."),
            (
                "Design tasks that work by SMS, voice calls or radio, and add richer materials for those who can use them.",
                True,
                "Yes: plan for the lowest common tool, then enrich.",
            ),
            ("Pause the project until school reopens.", False, "Learning can continue with the tools families have."),
        ),
        reflect("Who in your learners' community knows something your next project needs, and how could they join in?"),
    ],
)

MODULE = Module(
    slug="kd5-organising-collaborative-groups",
    title="Organising collaborative groups with ICT",
    summary=(
        "Arrange space and devices for group work, manage collaborative projects and involve learning partners "
        "beyond the classroom: Knowledge Deepening for Organization and Administration."
    ),
    level="KD",
    competencies=["KD.5"],
    minutes=85,
    cover="kd5-collaborative-groups.svg",
    cover_alt="Five learners around a table sharing one tablet.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kd-5",
    prerequisites=["ka5-organising-the-classroom-for-ict"],
)
