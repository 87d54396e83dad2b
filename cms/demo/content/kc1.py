# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.1 Policy Innovation (Knowledge Creation, Understanding ICT in Education Policy)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="reading-a-policy-critically",
    title="Reading an ICT policy critically",
    summary="Look at a policy three ways: what it intends, how it is carried out, and what it changes for learners.",
    minutes=30,
    objectives=["KC.1.a"],
    body=[
        text(
            "At the first two levels of the framework you learned to explain an ICT-in-education policy and to put it "
            "into practice in your classroom. At the Knowledge Creation level the question changes. You now ask: "
            "<em>is this policy doing what it set out to do, for all learners, and how could it be better?</em> "
            "Teachers are well placed to answer, because they see every day what happens when a policy meets a real "
            "school with real constraints.",
            "Critique here does not mean complaining. It means looking carefully, with evidence, at three things "
            "that are easy to confuse: what the policy <strong>intends</strong>, how it is <strong>implemented</strong>, "
            "and what <strong>impact</strong> it actually has.",
        ),
        heading("Intent, implementation, impact"),
        table(
            "Three questions to ask of any ICT policy",
            ["Lens", "Questions to ask", "Where the answer is found"],
            [
                "Intent",
                "What problem is the policy meant to solve? For whom? Is the goal about learning, or only about equipment?",
                "The policy's goals, its introduction, its targets",
            ],
            [
                "Implementation",
                "What actually arrived in schools: devices, connectivity, training, content, technical support, time?",
                "Your school, colleagues, district reports, delivery records",
            ],
            [
                "Impact",
                "What changed in teaching and learning? Who benefited and who was left out?",
                "Learners' work, attendance, marks, surveys, your own observation",
            ],
        ),
        text(
            "Many programmes around the world show why all three lenses matter. Large device programmes, such as "
            "laptop or tablet distributions to primary schools in Latin America, East Africa and South Asia, often "
            "had clear intentions and delivered the hardware, but impact on learning depended on whether teachers were "
            "trained, whether content matched the curriculum and whether devices were repaired and charged. Uruguay's "
            "Plan Ceibal is often cited because it moved, over time, from handing out laptops to supporting teachers "
            "and adding content and remote teaching. A good critique notices such shifts and asks what your own "
            "system has learned.",
        ),
        heading("Look for the gaps"),
        text(
            bullets(
                "<strong>Gaps between goal and resources:</strong> a policy promising online learning for all, in an area where most families share one phone and data is expensive.",
                "<strong>Gaps between groups:</strong> rural schools, girls, learners with disabilities or speakers of minority languages may benefit less.",
                "<strong>Gaps in support:</strong> devices without maintenance budgets, platforms without training, training without follow-up.",
                "<strong>Gaps in evidence:</strong> the policy counts devices delivered but never measures learning.",
            ),
        ),
        callout(
            "tip",
            "Be fair to the policy",
            "Note what works as well as what does not. A critique that recognises the policy's strengths is far more "
            "likely to be heard by the people who wrote it, and it protects the parts worth keeping.",
        ),
        activity(
            "A three-lens critique of one policy",
            goal="Analyse the intent, implementation and impact of one ICT policy that affects your school.",
            minutes=45,
            materials=[
                "One policy, circular or school ICT plan (printed or on a phone)",
                "A notebook, or a shared document if colleagues are connected",
            ],
            steps=[
                "With two colleagues, choose one goal of the policy that touches your classrooms.",
                "Write the intent in one sentence in your own words.",
                "List what was actually implemented in your school: equipment, training, content, support.",
                "Note any evidence of impact you already have, and what evidence is missing.",
                "Name one gap and one strength, and who is most affected by each.",
            ],
            low_tech="Work from a printed copy and a paper table with three columns; no device is needed to think critically.",
        ),
        check(
            "A policy delivered tablets to every primary school, but most stay locked away because nobody was trained. Which lens shows the main problem?",
            ("Intent", False, "The intention, better learning with tablets, may be sound."),
            (
                "Implementation",
                True,
                "Yes: the devices arrived but the training and support needed to use them did not.",
            ),
            ("Impact only", False, "Impact is poor, but the cause lies in how the policy was carried out."),
        ),
        reflect(
            "Which policy decision has most changed your own classroom, for better or worse? What evidence do you have?"
        ),
    ],
)

LESSON_2 = Lesson(
    slug="evidence-that-decision-makers-hear",
    title="Gathering evidence decision makers will hear",
    summary="Collect simple, honest evidence from your school, including the voices of learners and families.",
    minutes=30,
    objectives=["KC.1.a", "KC.1.b"],
    body=[
        text(
            "Opinions about policy are everywhere; evidence is rare. A teacher who brings a short, careful summary of "
            "what happened in real classrooms is valuable to a head teacher, a district officer or a ministry team "
            "reviewing a policy. This lesson shows how to collect such evidence with the tools you already have, even "
            "with few devices and a poor connection.",
        ),
        heading("What counts as evidence"),
        text(
            bullets(
                "<strong>Records you already keep:</strong> attendance, marks, the computer-room booking sheet, the list of broken devices.",
                "<strong>Learners' work:</strong> samples before and after a change, photographed with a phone.",
                "<strong>Short surveys:</strong> five questions on paper or by SMS to learners, parents or colleagues.",
                "<strong>Observations:</strong> notes from a colleague who watched a lesson, using an agreed checklist.",
                "<strong>Costs:</strong> what a practice costs in money, data and teacher time.",
            ),
            'Combine numbers and voices. A figure such as "only 3 of our 11 tablets work" becomes powerful next to a '
            "learner's sentence about sharing one device among eight classmates.",
        ),
        heading("Collecting evidence ethically and offline"),
        text(
            numbered(
                "Decide the question first: what do you want decision makers to understand?",
                "Ask permission: explain to learners and parents why you collect information and how it will be used.",
                "Collect only what you need, and remove names before sharing.",
                "Use paper forms and count by hand if needed; a phone's spreadsheet or notes app can total them later, offline.",
                "Keep the originals safe and share only the summary.",
            ),
        ),
        callout(
            "example",
            "Evidence from four regions",
            "A group of teachers in a rural district in Tanzania counted how many learners could reach the district's "
            "online platform from home and found it was fewer than one in ten; they proposed that lessons also be sent "
            "as audio files by phone. In Jordan, teachers surveyed parents about shared family phones during remote "
            "learning. In the Philippines and in Fiji, schools compared radio, printed modules and messaging apps "
            "during closures and reported which reached the most learners. In each case a one-page summary reached the "
            "people planning the next phase.",
        ),
        heading("Make it fair and representative"),
        text(
            "Ask who is missing from your evidence. If you survey only the learners who came to school on a rainy day, "
            "or only the parents who have a smartphone, your conclusion will be biased. Look for the learners the "
            "policy may be failing: those who travel far, girls who have more household duties, learners with "
            "disabilities, speakers of minority languages. Their situation is often exactly what policy makers do not "
            "see.",
        ),
        activity(
            "A five-question evidence sheet",
            goal="Collect and summarise simple evidence about how one ICT policy works in your school.",
            minutes=60,
            materials=["Paper or a phone's notes app", "Your school's existing records"],
            steps=[
                "Write the one question you want the evidence to answer.",
                "Draft five short questions for learners, parents or colleagues; test them on one person.",
                "Collect answers from at least fifteen people, including some the policy may miss.",
                "Count the answers and add one figure from existing records.",
                "Write three sentences: what you found, for whom, and what it suggests.",
            ],
            low_tech="Read questions aloud and record answers with tally marks; a printed table is enough.",
        ),
        check(
            "You want to know whether families can use the ministry's learning app at home. Which sample is most trustworthy?",
            (
                "Parents who replied in the school's messaging group",
                False,
                "Those parents already have a connected phone, so the sample leaves out exactly the families at risk.",
            ),
            (
                "A paper survey sent home with every learner in two classes, with follow-up for those who did not reply",
                True,
                "Yes: it reaches families with and without phones and tries to include non-respondents.",
            ),
            (
                "Your own impression from talking to learners",
                False,
                "Impressions help you ask questions but are not evidence.",
            ),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="proposing-a-policy-improvement",
    title="Proposing an improvement and thinking through its effects",
    summary="Turn your critique into a one-page proposal, check it for side effects, and take it to the right people.",
    minutes=35,
    objectives=["KC.1.b"],
    body=[
        text(
            "Once you understand a policy's gaps and have evidence, you can propose an improvement. Teachers rarely "
            "write national policy, but they can shape it: through school and district plans, teacher associations "
            "and unions, consultations that ministries open when revising a strategy, and pilot projects that show "
            "another way. The key skill is to propose a change that is specific, affordable and thought through.",
        ),
        heading("A one-page proposal"),
        text(
            numbered(
                "<strong>The issue:</strong> one or two sentences, with your strongest piece of evidence.",
                "<strong>The proposal:</strong> exactly what should change, who would do it, and by when.",
                "<strong>Why it would work:</strong> evidence from your school or from similar contexts elsewhere.",
                "<strong>Cost and feasibility:</strong> money, data, devices, training and time needed.",
                "<strong>Risks and side effects:</strong> who might lose out, and how to avoid it.",
                "<strong>How to check:</strong> what you would measure in a small pilot before scaling up.",
            ),
        ),
        heading("Think through the effects before they happen"),
        text(
            "Every policy change has effects beyond its goal. Before proposing, walk through the change from the point "
            "of view of each group it touches: learners, parents, teachers, head teachers, technicians, and the "
            "ministry's budget. Ask what would happen in the first month, the first year and after three years.",
        ),
        table(
            "Thinking through a proposal: allowing learners' phones for learning tasks",
            ["Group", "Likely benefit", "Possible side effect", "How to reduce it"],
            [
                "Learners with phones",
                "Access to dictionaries, calculators, recordings",
                "Distraction, pressure to buy data",
                "Clear rules; offline tasks; phones face down unless needed",
            ],
            [
                "Learners without phones",
                "Shared group tasks",
                "Feeling left out; unfair homework",
                "Group work only; school devices for loan; no phone-only homework",
            ],
            ["Teachers", "More resources in class", "New behaviour to manage", "Short training; shared class rules"],
            ["Parents", "Children learn useful skills", "Worry about safety", "Meeting and a written agreement"],
        ),
        callout(
            "warning",
            "Pilot before you scale",
            "A change that works in one school may fail in another. Propose a small pilot with a clear measure of "
            "success, as many ministries in Asia and Latin America now do before national roll-outs. A pilot also makes "
            "it easier for decision makers to say yes.",
        ),
        heading("Take it to the right people"),
        text(
            "Match the proposal to the level that can decide it. A timetable for the computer room is a school "
            "decision; data costs for teachers may be a district or national matter. Present your page in person when "
            "you can, listen to objections, and revise. In several Arab states and in West Africa, national "
            "consultations on digital education strategies have invited teacher associations to comment: a concrete, "
            "evidence-based page from practising teachers stands out among general statements.",
        ),
        activity(
            "Write and test a one-page proposal",
            goal="Draft a specific, evidence-based proposal to improve an ICT policy, and anticipate its effects.",
            minutes=60,
            materials=["Your three-lens critique and evidence sheet", "Paper or a phone"],
            steps=[
                "Choose one gap from your critique that a change could realistically fix.",
                "Write the proposal using the six headings above, in one page.",
                "Fill in a side-effect table for at least four groups.",
                "Ask a colleague to argue against it for five minutes; note their strongest objection.",
                "Revise the proposal and decide who you will present it to, and when.",
            ],
            low_tech="Handwrite the proposal; a clear page delivered in person is often more effective than an email.",
        ),
        check(
            "Which proposal is most likely to be taken seriously by a district office?",
            (
                '"Every learner should have a laptop."',
                False,
                "Unspecific and unaffordable; it gives no evidence or plan.",
            ),
            (
                '"Send each week\'s lessons as audio files for shared family phones, piloted in five schools for one term, measured by completion."',
                True,
                "Yes: specific, affordable, based on evidence about phones, and testable in a pilot.",
            ),
            (
                '"The policy is failing and should be withdrawn."',
                False,
                "A critique without a proposal gives decision makers nothing to act on.",
            ),
        ),
        reflect("Who in your system could act on your proposal, and what would persuade them?"),
    ],
)

MODULE = Module(
    slug="kc1-policy-innovation",
    title="Policy innovation: critiquing and improving ICT policy",
    summary=(
        "Examine ICT policies for their intent, implementation and impact, gather fair evidence from your school, "
        "and propose improvements whose effects you have thought through: Knowledge Creation for policy."
    ),
    level="KC",
    competencies=["KC.1"],
    minutes=95,
    cover="kc1-policy-innovation.svg",
    cover_alt="A policy document with a pencil editing it.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kc-1",
    prerequisites=["ka1-ict-policy-in-your-classroom"],
)
