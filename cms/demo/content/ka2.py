# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.2 Basic Knowledge (Curriculum and Assessment)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="reading-the-curriculum-for-ict",
    title="Reading your curriculum for ICT opportunities",
    summary="How to find the points in a curriculum standard where technology genuinely helps learners reach it.",
    minutes=25,
    objectives=["KA.2.a"],
    body=[
        text(
            "Your curriculum tells you what learners should know and be able to do. It rarely tells you which tool "
            "to use. The Knowledge Acquisition competency for Curriculum and Assessment asks you to analyse "
            "curriculum standards and spot the places where ICT can help learners reach them. The standard comes "
            "first; the technology is chosen to serve it.",
        ),
        heading("Verbs are clues"),
        text(
            "The verbs in a learning outcome tell you what kind of thinking is expected, and therefore what kind of "
            "tool might help. Underline the verb in each outcome before you think about technology at all.",
        ),
        table(
            "Verbs in learning outcomes and the kind of ICT support that fits them",
            ["If the outcome asks learners to…", "ICT can help by…", "Example"],
            [
                "recall, recognise, name",
                "giving many quick practice items with instant feedback",
                "an offline flashcard or drill app for times tables",
            ],
            [
                "describe, explain",
                "showing what is hard to see: slow motion, close-ups, animations",
                "a short video of a seed germinating, watched twice",
            ],
            [
                "compare, classify, organise",
                "sorting and re-sorting information quickly",
                "a spreadsheet of rainfall by month, sorted and charted",
            ],
            [
                "investigate, measure",
                "collecting and recording data",
                "a phone's stopwatch or camera in a science experiment",
            ],
            [
                "communicate, present",
                "producing and sharing work",
                "a recorded audio story, a short slide presentation",
            ],
        ),
        callout(
            "warning",
            "Not every outcome needs technology",
            "If a learner can reach the outcome as well with chalk, paper or real objects, use them. Technology "
            "earns its place when it makes something possible, faster, clearer or more accessible.",
        ),
        heading("A three-question filter"),
        text(
            "For each outcome in the unit you are about to teach, ask:",
            numbered(
                "What is hard about this outcome for my learners?",
                "Is there a tool I actually have (a phone, a radio, a projector, a computer room, an offline app) that "
                "makes that hard part easier?",
                "What will learners do with the tool, and for how long?",
            ),
            "If you cannot answer the second and third questions concretely, move on to the next outcome. Three "
            "well-chosen moments in a term are worth more than technology in every lesson.",
            "Remember accessibility as part of the first question. A learner with low vision may reach a reading "
            "outcome with text enlarged on a screen; a learner who struggles to write may show understanding through "
            "an audio recording. Here technology removes a barrier rather than adding novelty.",
        ),
        activity(
            "Map one unit",
            goal="Find the two or three points in one curriculum unit where ICT helps most.",
            minutes=40,
            materials=["Your curriculum or syllabus for one unit", "A pencil"],
            steps=[
                "List the learning outcomes of the unit and underline the verb in each.",
                "For each outcome, answer the three-question filter in a few words.",
                "Circle at most three outcomes where a tool you really have makes a clear difference.",
                "For each circled outcome, write what learners will do with the tool in one sentence.",
                "Share your map with a colleague teaching the same subject and borrow one of their ideas.",
            ],
            low_tech="If your school has no devices for learners, map the moments where your own phone or a projector would help the whole class.",
        ),
        check(
            'An outcome says: "Learners compare the rainfall of two regions over a year." Which use of ICT fits best?',
            (
                "Typing the outcome into a word processor.",
                False,
                "This uses a computer but does nothing for the comparing.",
            ),
            (
                "Entering the monthly figures in a spreadsheet and drawing two line charts.",
                True,
                "Yes: the spreadsheet makes the comparison visible and lets learners try different charts quickly.",
            ),
            (
                "Watching a general video about weather.",
                False,
                "It may interest learners, but it does not help them compare the data.",
            ),
        ),
    ],
)

LESSON_2 = Lesson(
    slug="checking-learning-with-simple-technology",
    title="Checking learning with simple technology",
    summary="Quick, low-cost ways to see what every learner understands, and what to do with what you see.",
    minutes=25,
    objectives=["KA.2.c"],
    body=[
        text(
            "Assessment is the other half of this aspect of the framework. At the Knowledge Acquisition level, ICT "
            "helps you do something teachers have always tried to do: find out, during the lesson, what each "
            "learner understands, so that you can adjust your teaching. This is formative assessment, and it "
            "matters more for learning than the marks at the end of term.",
        ),
        heading("Low-cost ways to collect answers"),
        text(
            bullets(
                "<strong>Show me</strong>: learners hold up answer cards (A, B, C, D) while you photograph the room "
                "with your phone; later you count the answers and see who needs help.",
                "<strong>A shared phone survey</strong>: in a class with a few smartphones, groups answer three "
                "questions in a simple form or quiz app; the summary appears on your phone.",
                "<strong>Text message exit ticket</strong>: where learners or parents have basic phones, one question "
                "answered by SMS at the end of the day.",
                "<strong>Offline practice apps</strong>: many drill apps keep a score for each learner on the device; "
                "look at the scores weekly, not only the learners' enthusiasm.",
            ),
        ),
        callout(
            "tip",
            "Write the question before the lesson",
            'A good check question reveals a common misunderstanding. For fractions, "Which is bigger, 1/3 or '
            '1/4?" tells you more than "What is a fraction?", because many learners think 4 is bigger so 1/4 is.',
        ),
        heading("Acting on what you see"),
        text(
            "Collecting answers is only useful if it changes what happens next. Decide in advance: if more than "
            "about a third of the class chooses a wrong answer, re-teach with a different example; if a few learners "
            "do, group them for five minutes while others continue. Keep a simple record, a photo of the answer "
            "cards or a spreadsheet with one column per check, so that you can see which learners struggle "
            "repeatedly.",
            "Take care with learners' data. Photos of learners and their results are personal information: keep "
            "them on your device only as long as you need them, do not post them on social media, and follow your "
            "school's rules.",
        ),
        activity(
            "Run a two-minute check",
            goal="Collect every learner's answer to one diagnostic question and use it to adjust the next step of the lesson.",
            minutes=15,
            materials=["Answer cards A–D (paper)", "Your phone's camera (optional)"],
            steps=[
                "Write one multiple-choice question whose wrong answers match common mistakes.",
                "Ask the question; every learner holds up a card at the same time.",
                "Photograph the room or count the cards quickly.",
                "Decide on the spot: re-teach, regroup, or move on.",
                "After class, note the result in your record for the unit.",
            ],
            low_tech="Without a phone, count the cards by row and write the numbers on the board; the decision step is the same.",
        ),
        check(
            "Most of the class answers a check question correctly, but five learners choose the same wrong answer. What is the best next step?",
            (
                "Move on: the majority understood.",
                False,
                "Those five share a misunderstanding that will grow if left alone.",
            ),
            (
                "Re-teach the whole lesson to everyone.",
                False,
                "This wastes the time of learners who already understand.",
            ),
            (
                "Work briefly with the five learners using a different example while the others continue.",
                True,
                "Yes: the check told you exactly who needs help and with what.",
            ),
        ),
        reflect(
            "Which misunderstanding in your subject would you most like to catch early? Write a question that would reveal it."
        ),
    ],
)

LESSON_3 = Lesson(
    slug="ict-skills-inside-your-subject",
    title="Building learners' ICT skills inside your subject",
    summary="How to teach basic digital skills through ordinary subject tasks, so learners gain both, even when devices are few.",
    minutes=25,
    objectives=["KA.2.b", "KA.2.a"],
    body=[
        text(
            "Many curricula now list digital skills for learners: using a device safely, finding information, "
            "recording and presenting, working with simple data. In schools with a computer lab these skills are "
            "often left to a separate ICT lesson, once a week if the power is on. Learners then practise clicking "
            "without purpose, and forget. Skills last longer when learners use them for something that matters in "
            "another subject. This lesson shows how to fold a digital skill into the lessons you already teach.",
        ),
        heading("One subject task, one digital skill"),
        text(
            "The method is simple. Take an outcome you must teach anyway. Ask which digital skill could be the way "
            "learners reach it. Teach that skill briefly, in context, and let learners use it for the subject task. "
            "Keep the skill small: one new thing per lesson is plenty.",
        ),
        table(
            "Digital skills folded into subject tasks",
            ["Subject task", "Digital skill practised", "With very few devices"],
            [
                "Mathematics: collect and display data on how learners travel to school",
                "Entering data in a table and making a bar chart",
                "One group enters the class's tally on the teacher's phone spreadsheet; others draw the same chart on paper and compare.",
            ],
            [
                "Language: prepare and give a short talk",
                "Recording and playing back audio",
                "Pairs take turns with one phone; each recording is one minute.",
            ],
            [
                "Science: observe plant growth",
                "Taking clear, dated photos and naming files",
                "A rota of photographers; photos shown at the end of the week.",
            ],
            [
                "Social studies: compare two regions",
                "Searching with precise words and noting the source",
                "The teacher searches aloud on a projected phone while learners suggest the words.",
            ],
        ),
        heading("Teach the skill in three short moves"),
        text(
            numbered(
                '<strong>Show</strong> the skill once, slowly, naming each step ("I tap the plus, I type the number, I press enter").',
                "<strong>Do it together</strong>: one learner repeats it while the class calls out the steps.",
                "<strong>Let pairs use it</strong> for the subject task, with the steps written on the board or a card.",
            ),
            "Write the steps on a card that stays with the device. A card works in any language and helps learners "
            "who missed the demonstration.",
        ),
        callout(
            "example",
            "Data in a rural school in Peru",
            "A mathematics teacher in the Andes has one tablet. Each day a different pair records the class's "
            "temperature reading in a spreadsheet. At the end of the month the class projects the line chart, "
            "discusses why mornings were colder, and every learner has entered data at least once.",
        ),
        callout(
            "tip",
            "Name the skill as well as the subject",
            'Tell learners which digital skill they practised. "Today you learned to make a bar chart" helps them '
            "transfer it to the next subject, and helps you track the digital skills in the curriculum.",
        ),
        heading("Track which skills learners have met"),
        text(
            "Keep a simple grid: the curriculum's digital skills down the side, the months across, and a tick when a "
            "subject lesson used it. After a term you will see gaps — perhaps nobody has yet practised checking a "
            "source — and can plan a lesson to fill them. Teachers in Bangladesh, Jordan and Malawi who tried such "
            "grids report that sharing them in a staff meeting stops different subjects repeating the same skill.",
        ),
        activity(
            "Fold one digital skill into next week's lesson",
            goal="Plan one subject lesson in which learners practise a named digital skill to reach the subject outcome.",
            minutes=25,
            materials=[
                "Your scheme of work",
                "The list of digital skills in your curriculum (or the table above)",
                "Index cards",
            ],
            steps=[
                "Choose one outcome you will teach next week.",
                "Pick one digital skill from the list that learners could use to reach it.",
                "Write the three moves (show, do together, use in pairs) in your plan.",
                "Write the skill's steps on a card to keep with the device.",
                "After the lesson, tick the skill in your tracking grid and note what learners found hard.",
            ],
            low_tech="With no device at all, learners can practise the thinking behind the skill: design a data table on paper, or plan search words before the teacher searches.",
        ),
        check(
            "Which plan best builds learners' ICT skills inside a subject?",
            (
                "A weekly lab lesson on the parts of a computer.",
                False,
                "Useful knowledge, but disconnected from the subjects where learners would use it.",
            ),
            (
                "In geography, pairs search for rainfall data with precise words, note the source and add it to a class table.",
                True,
                "Yes: learners practise searching and recording sources while reaching a geography outcome.",
            ),
            (
                "Learners watch the teacher's slideshow.",
                False,
                "The teacher uses ICT; learners practise nothing.",
            ),
        ),
        reflect(
            "Which digital skill in your curriculum have your learners never practised in a subject lesson? Where could it fit?"
        ),
    ],
)

MODULE = Module(
    slug="ka2-curriculum-and-assessment-with-ict",
    title="Curriculum and assessment with ICT",
    summary=(
        "Read curriculum standards for the moments where technology really helps, and use simple tools to check "
        "what every learner understands during the lesson."
    ),
    level="KA",
    competencies=["KA.2"],
    minutes=75,
    cover="ka2-curriculum.svg",
    cover_alt="Two open pages of a curriculum with a highlighted point.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-2",
    prerequisites=["ka1-ict-policy-in-your-classroom"],
)
