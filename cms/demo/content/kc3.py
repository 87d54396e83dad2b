# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.3 Self-management (Knowledge Creation, Pedagogy)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="making-your-thinking-visible",
    title="Making your thinking visible",
    summary="Model how you reason, solve problems and build knowledge, so learners can learn to manage their own learning.",
    minutes=30,
    objectives=["KC.3.a"],
    body=[
        text(
            "Learners cannot manage their own learning if they have never seen how an experienced learner does it. "
            "Most of what experts do happens inside their heads: deciding where to start, noticing they are stuck, "
            "checking whether an answer makes sense, choosing a different strategy. At the Knowledge Creation level "
            "teachers make this hidden work visible, so that learners can copy it, adapt it and eventually do it "
            "without help.",
        ),
        heading("Techniques for making thinking visible"),
        text(
            bullets(
                "<strong>Think aloud:</strong> solve a problem in front of the class and say every decision: \"I don't know this word, so I'll read the sentence again... that didn't help, so I'll look at the picture.\"",
                "<strong>Show your mistakes:</strong> make a real or planned error and show how you notice and fix it. Learners learn that being stuck is normal.",
                "<strong>Worked examples with gaps:</strong> give a solved problem with one step missing and ask learners to explain it.",
                '<strong>Name the strategy:</strong> give each strategy a short name ("check with an estimate", "find a second source") and write it on a strategy wall.',
                '<strong>Ask learners to explain their process,</strong> not only their answer: "How did you decide?"',
            ),
        ),
        heading("From teacher control to learner control"),
        text(
            "A gradual release of responsibility moves step by step from the teacher to the learner:",
        ),
        table(
            "Gradual release of responsibility",
            ["Stage", "Who does the thinking", "What it looks like"],
            ["I do", "Teacher, aloud", "The teacher models the strategy on a real problem"],
            ["We do", "Teacher and class together", "The class solves a second problem, the teacher prompts"],
            [
                "You do together",
                "Learners in pairs or groups",
                "Groups apply the strategy; the teacher circulates and questions",
            ],
            ["You do alone", "Each learner", "Learners choose and use strategies independently and say why"],
        ),
        text(
            "Technology can extend modelling beyond the lesson. Record a two-minute audio or video of yourself thinking "
            "aloud through a typical problem and share it on the class phone or by Bluetooth, so learners can replay "
            "it when they do homework. Teachers in Nepal and in Honduras have used short recorded think-alouds in "
            "mathematics, played on a single phone to small groups, because learners could pause and replay the step "
            "they had missed.",
        ),
        callout(
            "tip",
            "Model knowledge building too",
            "Show not only how you solve problems, but how you build knowledge: how you note a question, search for an "
            'answer, compare sources, and change your mind when evidence demands it. Saying "I used to think... now I '
            'think..." is a powerful model.',
        ),
        activity(
            "Record a think-aloud",
            goal="Make your reasoning on a typical problem visible to learners and reusable outside class.",
            minutes=40,
            materials=["A phone with a voice recorder or camera", "A typical problem from your subject"],
            steps=[
                "Choose a problem your learners often find hard.",
                "Solve it aloud once without recording, noting each decision and check you make.",
                "Record a two- to three-minute version, including one moment where you get stuck and recover.",
                "Play it to the class, then ask learners to name the strategies they heard.",
                "Add the strategies to a strategy wall and share the recording for homework.",
            ],
            low_tech="Without a device, do the think-aloud live and write the strategy names on a chart that stays on the wall.",
        ),
        check(
            "Why should a teacher deliberately show how they notice and fix a mistake?",
            ("To prove the teacher also makes errors", False, "Honesty is good, but the point is the strategy."),
            (
                "So learners see how to monitor and correct their own thinking",
                True,
                "Yes: self-monitoring is central to managing one's own learning.",
            ),
            ("To make the lesson more entertaining", False, "It may, but its value is in modelling self-correction."),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="learners-plan-their-own-projects",
    title="Learners plan and run their own projects",
    summary="Set the learning parameters, then help learners plan activities, timelines, milestones and roles.",
    minutes=35,
    objectives=["KC.3.b", "KC.3.c"],
    body=[
        text(
            "In a self-managed project, learners decide much of what they do, when and how, while the teacher sets the "
            "frame and keeps the learning on track. Self-management does not mean leaving learners alone. It means "
            "the teacher designs the parameters and the materials so well that learners can make good decisions "
            "themselves.",
        ),
        heading("Set the learning parameters"),
        text(
            "Before handing over control, decide and state clearly what is fixed:",
            bullets(
                "The curriculum goals the project must reach and how they will be assessed.",
                "The time available and the final deadline.",
                "Safety and ethical rules: consent for interviews and photos, safe online behaviour.",
                "The resources available, including devices and when they can be used.",
            ),
            "Everything else (the topic within the theme, the method, the product, the division of work) can be the "
            "learners' choice. The more experienced the learners, the wider the choice.",
        ),
        heading("Help learners plan"),
        text(
            numbered(
                "<strong>Break the work down:</strong> groups list every activity the project needs.",
                "<strong>Sequence and time it:</strong> they order the activities and estimate how long each takes, working back from the deadline.",
                "<strong>Set milestones:</strong> two or three check points where a draft or result must be ready.",
                "<strong>Assign roles:</strong> who is responsible for each activity; every member has a task.",
                '<strong>Make the plan visible:</strong> a paper project board with columns "to do", "doing", "done", or a shared document or spreadsheet.',
            ),
            "At each milestone, meet each group for five minutes: what is done, what is late, what will you change? "
            "Teach learners to re-plan rather than give up when something slips.",
        ),
        heading("Design materials learners can use on their own"),
        text(
            "Self-management needs materials that do not depend on the teacher's voice: task cards with clear steps, "
            "short how-to sheets for each tool (recording, making a chart, sending a file), example products, and the "
            "rubric. Put them in a project box or a folder on the class phone. In Uganda and in Vietnam, teachers "
            "working with large classes have used laminated task cards and short audio instructions on a shared phone "
            "so that groups could move on without waiting for the teacher.",
        ),
        callout(
            "warning",
            "Watch for the silent group",
            'Some groups look busy but are stuck. A weekly two-line written update ("we finished...", "we need '
            'help with...") sent by message or on paper shows you quickly who needs support.',
        ),
        activity(
            "A project plan template",
            goal="Prepare the frame and the planning tool that let learner groups plan and run their own project.",
            minutes=50,
            materials=["Large paper or a spreadsheet", "Sticky notes or paper slips", "Your curriculum goals"],
            steps=[
                "Write the fixed parameters: goals, assessment, deadline, rules and resources.",
                "Prepare a plan sheet with columns for activity, who, start, end and milestone.",
                "Make three task cards for the skills groups will need most.",
                "Run a planning lesson: groups fill in the sheet and you approve each plan.",
                "Schedule two milestone meetings per group in your calendar.",
            ],
            low_tech="A wall project board with paper slips moved between columns works as well as any app.",
        ),
        check(
            "In a self-managed project, which of these should the teacher fix in advance?",
            (
                "The exact steps every group must follow",
                False,
                "That removes learners' decisions, the heart of self-management.",
            ),
            (
                "The curriculum goals, assessment, deadline, rules and available resources",
                True,
                "Yes: clear parameters free learners to make the other decisions themselves.",
            ),
            (
                "Nothing: learners decide everything",
                False,
                "Without parameters, learning can drift away from the curriculum and safety can suffer.",
            ),
        ),
        reflect(
            "Which decisions could your learners take for themselves in the next project, and which must you keep?"
        ),
    ],
)

LESSON_3 = Lesson(
    slug="producing-publishing-reflecting",
    title="Producing, publishing and reflecting",
    summary="Help learners produce media, publish their work safely to a real audience and reflect on how they learned.",
    minutes=30,
    objectives=["KC.3.d", "KC.3.b"],
    body=[
        text(
            "Knowledge creation ends in a product that others can use: a guide, a podcast, a video, a map, a campaign. "
            "Producing and publishing it gives learners a reason to do their best, and reflecting on the process "
            "teaches them how they learn, the most transferable skill of all.",
        ),
        heading("Production with the devices you have"),
        text(
            bullets(
                "<strong>Audio:</strong> a phone's recorder is enough for interviews, radio dramas and podcasts. Record in a quiet corner, close to the speaker.",
                "<strong>Photo stories:</strong> six to ten photos with captions tell a process or argument well.",
                "<strong>Short video:</strong> plan shots on paper first (a storyboard), then film in one take per shot to avoid editing.",
                "<strong>Print:</strong> posters, leaflets and class books are still products, and can be photographed to share digitally.",
            ),
        ),
        heading("Publishing safely to a real audience"),
        text(
            "A real audience can be close: the class next door, the parents' meeting, the community radio station, "
            "the school noticeboard, or a partner school. Digital publishing widens it: a class blog, a shared folder, "
            "a messaging group for parents. Before publishing, check:",
            numbered(
                "Consent: learners, parents and anyone recorded have agreed.",
                "Privacy: no full names with faces, no home locations, no personal phone numbers.",
                "Rights: music, images and texts used are the learners' own or openly licensed and credited.",
                "Quality: the work has been reviewed against the rubric and corrected.",
            ),
        ),
        callout(
            "example",
            "Community radio in Mali and the Solomon Islands",
            "Secondary learners in Mali recorded short programmes on health topics, in Bambara and French, and a local "
            "radio station broadcast them. In the Solomon Islands, learners interviewed elders about traditional "
            "weather knowledge and shared the recordings with their community. Both projects reached families with no "
            "internet at all.",
        ),
        heading("Reflection: learning how you learn"),
        text(
            "Build reflection in at each milestone and at the end, not only as a final form. Three questions are "
            "enough: <em>What did I do? What did I learn, and how? What will I do differently next time?</em> "
            "Learners can write in a learning log, record a voice note or discuss in pairs. Read or listen to a sample "
            "and respond to one point; over a year, reflections become more precise, and learners start choosing "
            "strategies deliberately.",
        ),
        activity(
            "Plan the publication of a learner project",
            goal="Help learners produce a media product, publish it safely and reflect on their process.",
            minutes=45,
            materials=["A phone for recording or photos", "A consent form", "Learning logs"],
            steps=[
                "With learners, choose the product format and the real audience.",
                "Have groups storyboard or outline the product before recording.",
                "Send consent forms home and collect them before any recording of people.",
                "Review drafts against the rubric and the privacy and rights checklist.",
                "Publish, then ask each learner to answer the three reflection questions.",
            ],
            low_tech="Publish as a printed class book or a live presentation to parents; reflection works in a notebook.",
        ),
        check(
            "Before a class posts its video about the local market on the school page, what must the teacher check first?",
            ("That the video is long enough", False, "Length matters less than consent, privacy and rights."),
            (
                "Consent from the people filmed, no private details, and rights to any music or images used",
                True,
                "Yes: safe and legal publishing comes before anything else.",
            ),
            ("That it uses the latest editing app", False, "The tool does not matter; safety and quality do."),
        ),
        reflect("Where could your learners' work find a real audience in your community?"),
    ],
)

MODULE = Module(
    slug="kc3-self-management",
    title="Self-managed learning: learners in charge",
    summary=(
        "Model how you think, set clear learning parameters, help learners plan and run their own projects, and "
        "support them in producing, publishing and reflecting on their work: Knowledge Creation for pedagogy."
    ),
    level="KC",
    competencies=["KC.3"],
    minutes=95,
    cover="kc3-self-management.svg",
    cover_alt="A checklist with one item ticked off.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kc-3",
    prerequisites=["kd3-ict-supported-projects"],
)
