# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.2 Knowledge Society Skills (Knowledge Creation, Curriculum and Assessment)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="what-knowledge-society-skills-look-like",
    title="What knowledge-society skills look like in a lesson",
    summary="Problem solving, collaboration, creativity, critical thinking and information skills: how learners build and show them.",
    minutes=30,
    objectives=["KC.2.a"],
    body=[
        text(
            "Knowledge societies value people who can find and judge information, solve problems nobody has solved "
            "for them, work with others, create something new and keep learning. Curricula in many countries now name "
            "these skills, under labels such as 21st-century skills, competencies, or core skills. At the Knowledge "
            "Creation level, the teacher's task is to decide how learners can <em>develop</em> these skills in "
            "everyday lessons, and how they can <em>show</em> them, so that the skills are taught and assessed rather "
            "than simply hoped for.",
        ),
        heading("Skills you can see"),
        text(
            "A skill becomes teachable when you can describe what a learner does while using it. The table gives "
            "examples, and a modest way technology can help when devices are few.",
        ),
        table(
            "Knowledge-society skills: what learners do, and how a little ICT helps",
            ["Skill", "What you can observe", "Low-device ICT support"],
            [
                "Managing information",
                "Learners search, compare two sources, note where each fact came from",
                "One phone per group to search; a shared notes page; saved pages to read offline",
            ],
            [
                "Problem solving",
                "Learners define the problem, try a method, check the result, try again",
                "A spreadsheet on a phone to test numbers; photos of attempts",
            ],
            [
                "Collaboration",
                "Learners divide tasks, listen, build on each other's ideas, resolve disagreements",
                "A group chat or shared document; voice notes when typing is slow",
            ],
            [
                "Creativity",
                "Learners produce something original: a design, a story, a solution, a model",
                "Recording audio or video, drawing apps, simple slide or poster tools",
            ],
            [
                "Critical thinking",
                "Learners give reasons, question claims, spot weak evidence",
                "Comparing how two websites or radio reports treat the same event",
            ],
            [
                "Communication",
                "Learners explain ideas to a real audience, adapting language and medium",
                "A recorded radio-style segment; a message to the community",
            ],
        ),
        heading("How learners develop complex skills"),
        text(
            bullets(
                "<strong>Through worthwhile problems:</strong> skills grow when the task genuinely needs them; a worksheet with one right answer rarely does.",
                "<strong>By seeing them modelled:</strong> think aloud as you judge a source or solve a problem.",
                "<strong>With practice and feedback:</strong> the same skill, used repeatedly in different subjects, with comments on how it was used.",
                "<strong>By talking about them:</strong> learners who can name a strategy can reuse it.",
            ),
            "Technology is not the skill. A learner copying paragraphs from a website is using ICT without managing "
            "information; a learner comparing two printed newspaper articles is thinking critically without any "
            "device. Use ICT where it widens what learners can find, test, create or share.",
        ),
        callout(
            "example",
            "One skill, many subjects",
            "A secondary school in Indonesia chose one skill per term for all subjects. In the term on judging "
            "information, science classes compared claims about a local health rumour, history classes compared two "
            "accounts of an event, and language classes analysed advertisements. Teachers used the same short checklist "
            "everywhere, so learners met the skill again and again.",
        ),
        activity(
            "Spot the skill",
            goal="Identify which knowledge-society skills a lesson develops and how learners show them.",
            minutes=30,
            materials=["One of your recent lesson plans", "The table above, printed or on a phone"],
            steps=[
                "Read your lesson plan and underline every moment learners think, decide or create, not only listen.",
                "Name the skill used in each moment, using the table.",
                "For one skill, write what you would see a learner do if they were using it well.",
                "Change one task so that it genuinely needs that skill, for example an open question instead of a closed one.",
                "Share the before and after with a colleague.",
            ],
            low_tech="The whole activity works on paper; if you change a task to use a device, plan for one device per group.",
        ),
        check(
            "Learners copy paragraphs about volcanoes from a website into their notebooks. Which skill are they mainly practising?",
            ("Managing information", False, "They found information but did not compare, judge or organise it."),
            ("Critical thinking", False, "Nothing in the task asks them to question or evaluate."),
            (
                "Very little beyond copying",
                True,
                "Yes: using a device is not the same as using a skill. Ask them to compare two sources and note which is more reliable.",
            ),
        ),
        reflect(
            "Which skill do your learners most need for life after school, and where in your subject could they practise it?"
        ),
    ],
)

LESSON_2 = Lesson(
    slug="designing-units-around-open-problems",
    title="Designing a unit around an open problem",
    summary="Plan a unit in which learners use a range of ICT tools to reason, plan, build knowledge and communicate.",
    minutes=35,
    objectives=["KC.2.b"],
    body=[
        text(
            "Knowledge-society skills grow best when learners work on open problems: questions with more than one "
            "good answer, connected to their lives, that need information, reasoning and collaboration. This lesson "
            "shows how to design a two- to four-week unit of this kind that still covers your curriculum and works "
            "with two or three devices.",
        ),
        heading("Start from the curriculum and a driving question"),
        text(
            "Pick curriculum objectives you must teach anyway, then write a driving question that needs them. Good "
            "questions are local and real:",
            bullets(
                "Science, Kenya or Bangladesh: <em>Is the water from our village's sources safe to drink, and how could we tell?</em>",
                "Mathematics, Peru: <em>Where should our family buy maize: at the weekly market or the shop, and when in the year?</em>",
                "History and language, Morocco: <em>What do our grandparents remember about the town, and how do we preserve it?</em>",
                "Geography, Kiribati or Tuvalu: <em>How is the shoreline near our school changing, and what can the community do?</em>",
            ),
        ),
        heading("Plan the phases and the tools"),
        text(
            numbered(
                "<strong>Launch:</strong> present the question with a story, photo or visitor. Learners list what they know and need to find out.",
                "<strong>Investigate:</strong> groups gather information: interviews recorded on a phone, measurements, a short search on the shared device, library books.",
                "<strong>Make sense:</strong> groups organise data in a table or phone spreadsheet, draw charts on paper, discuss what it means.",
                "<strong>Create:</strong> each group produces a product: a poster, a radio segment, a letter to the council, a short video.",
                "<strong>Share and reflect:</strong> present to a real audience, receive questions, write what they learned and how.",
            ),
            "Choose each tool for its function: recording for interviews, a spreadsheet for calculating and comparing, "
            "a messaging group for coordinating, a camera for documenting. A rotation timetable gives each group the "
            "devices at the stage they most need them, while others work on paper.",
        ),
        callout(
            "tip",
            "Plan the thinking, not only the tasks",
            'For each phase write the question learners must answer and the skill it needs. "Record three interviews" '
            'is a task; "decide which questions will reveal how the town changed" is thinking.',
        ),
        heading("Keep it inclusive"),
        text(
            "Give each group member a role (researcher, recorder, data manager, presenter) and rotate roles between "
            "units so that girls and quieter learners also handle the devices. Offer different ways to contribute: "
            "drawing, speaking, writing, calculating. Check that no task needs a device or data at home.",
        ),
        activity(
            "Sketch a four-week open-problem unit",
            goal="Design a unit that builds knowledge-society skills while covering required curriculum objectives.",
            minutes=60,
            materials=["Your curriculum or syllabus", "Paper for a planning grid"],
            steps=[
                "List two or three curriculum objectives for the coming month.",
                "Write a local driving question that needs them.",
                "Plan the five phases, noting for each the thinking required and the skill it builds.",
                "Choose the tool for each phase and draw a device rotation for your groups.",
                "Decide the product and the real audience it will reach.",
            ],
            low_tech="If there is no device at all, keep the phases: interviews can be written, data tabulated by hand, products presented live.",
        ),
        check(
            "Which driving question best suits a unit on knowledge-society skills?",
            (
                '"What is the definition of pollution?"',
                False,
                "A closed question answered from the textbook needs little reasoning or collaboration.",
            ),
            (
                '"Is the water from our village\'s sources safe, and how could we tell?"',
                True,
                "Yes: it is local and open, and needs investigation, data, reasoning and communication.",
            ),
            (
                '"Can you make a slideshow about water?"',
                False,
                "This names a tool and a product, not a problem worth solving.",
            ),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="learners-assessing-their-own-skills",
    title="Learners assessing their own skills",
    summary="Co-create criteria with learners, organise peer feedback and use recordings and portfolios as evidence.",
    minutes=30,
    objectives=["KC.2.c"],
    body=[
        text(
            "If skills matter, they must be assessed, otherwise learners and parents conclude that only the test counts. "
            "Complex skills are hard to assess with a short quiz, and a teacher with fifty learners cannot observe "
            "everyone. The answer at the Knowledge Creation level is to share assessment with learners: they help "
            "define what good work looks like, judge their own and each other's progress, and reflect on how they learn.",
        ),
        heading("Write the criteria with learners"),
        text(
            numbered(
                "Show two pieces of work from a previous year, one strong and one weaker (names removed).",
                "Ask: what makes this one better? Note learners' words on the board.",
                'Group their ideas into three or four criteria, such as "uses evidence", "works as a team", "explains clearly".',
                'For each, agree what "beginning", "getting there" and "strong" look like.',
                "Copy the rubric into notebooks or photograph it so every group has it.",
            ),
            "Because learners built the rubric, they understand it, and they can use it while they work, not only at "
            "the end.",
        ),
        heading("Peer and self-assessment that works"),
        text(
            bullets(
                "<strong>Two stars and a wish:</strong> two strengths and one suggestion, each linked to a criterion.",
                "<strong>Gallery walk:</strong> groups display products and leave feedback on sticky notes or in a shared document.",
                "<strong>Recorded reflections:</strong> learners record a one-minute voice note: what I did, what I learned, what I would do differently.",
                "<strong>Portfolios:</strong> a folder, paper or digital, with drafts and final work, showing progress over the term.",
            ),
            "Teach learners to give feedback: practise on an anonymous example first, and insist that comments are "
            "specific and kind. Your role is to check the quality of feedback and to moderate: compare a few "
            "self-assessments with your own judgement and discuss differences.",
        ),
        callout(
            "example",
            "Voice-note reflections in Chile and Ghana",
            "Teachers in a rural Chilean school and a Ghanaian junior high school asked learners to record short "
            "reflections on a shared phone at the end of each project week. Listening took about ten minutes per "
            'class. Over a term, learners\' reflections moved from "we finished" to explaining which strategy had '
            "helped them, evidence the teachers used in reports to parents.",
        ),
        activity(
            "Co-create a rubric for one skill",
            goal="Build, with learners, a rubric for one knowledge-society skill and use it for self- and peer-assessment.",
            minutes=45,
            materials=[
                "Two anonymised pieces of past work",
                "Board or large paper",
                "Optional: a phone to photograph the rubric",
            ],
            steps=[
                "Choose the skill your current unit develops most.",
                "Run the five steps above to agree three or four criteria and levels.",
                "During the unit, ask groups to assess one draft against the rubric.",
                "Organise one round of two stars and a wish between groups.",
                "Compare a sample of self-assessments with your own and discuss with the class.",
            ],
            low_tech="Everything can be done on paper; a photo of the board saves copying time where a phone is available.",
        ),
        check(
            "Why involve learners in writing the assessment criteria for a project?",
            (
                "It saves the teacher from grading",
                False,
                "The teacher still moderates and decides; the aim is learning, not saving work.",
            ),
            (
                "They understand what quality looks like and can use the criteria to improve their work while doing it",
                True,
                "Yes: shared criteria turn assessment into a tool for learning.",
            ),
            (
                "Learners always grade more generously",
                False,
                "Sometimes they are harsher; either way the teacher moderates.",
            ),
        ),
        reflect(
            "How could your learners keep evidence of their progress in skills this term, with the devices you have?"
        ),
    ],
)

MODULE = Module(
    slug="kc2-knowledge-society-skills",
    title="Knowledge society skills across the curriculum",
    summary=(
        "Make problem solving, collaboration, creativity and critical thinking visible in your lessons, design units "
        "around open, local problems, and help learners assess their own skills: Knowledge Creation for curriculum "
        "and assessment."
    ),
    level="KC",
    competencies=["KC.2"],
    minutes=95,
    cover="kc2-knowledge-society.svg",
    cover_alt="A network of connected people around a central idea.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kc-2",
    prerequisites=["ka2-curriculum-and-assessment-with-ict"],
)
