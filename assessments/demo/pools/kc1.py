# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.1 Policy Innovation."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.1"
MODULE_ASSESSMENT = "module-kc-1"

RUBRICS = {
    "policy-proposal": {
        "title": "One-page proposal to improve an ICT policy",
        "criteria": [
            (
                "Critique grounded in evidence",
                "KC.1",
                [
                    "States an opinion about the policy without evidence.",
                    "Names a gap, with anecdotal support.",
                    "Names a gap in intent, implementation or impact, supported by evidence from the school.",
                    "Analyses intent, implementation and impact with fair evidence, including learners the policy may miss.",
                ],
            ),
            (
                "Proposal and its effects",
                "KC.1",
                [
                    "No concrete proposal.",
                    "A general wish without cost or responsibility.",
                    "A specific, affordable change with who, when and how it would be checked.",
                    "A specific change with a pilot and measure, and side effects anticipated for several groups with ways to reduce them.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.1.a",
        single(
            "When a teacher critiques an ICT policy at the Knowledge Creation level, what are the three things to examine?",
            [
                (
                    "Its intent, how it is implemented, and its impact on learning",
                    True,
                    "Yes: keeping the three apart shows where a policy succeeds or fails.",
                ),
                ("Its length, its author and its date", False, "These describe the document, not whether it works."),
                (
                    "Only whether the devices it promised arrived",
                    False,
                    "Delivery is one part of implementation; impact on learning matters most.",
                ),
                ("Whether colleagues like it", False, "Opinions are a start, but a critique needs evidence."),
            ],
            "Intent, implementation and impact are different questions: a good aim can be badly carried out, and good delivery can still have little effect.",
        ),
        single(
            "A district's ICT plan counts the tablets delivered each year but nothing else. What is the main weakness of its evidence?",
            [
                (
                    "It measures inputs, not whether teaching and learning changed",
                    True,
                    "Yes: counting devices says nothing about impact on learners.",
                ),
                ("Tablets are the wrong device", False, "The device may be fine; the problem is what is measured."),
                ("It should count laptops as well", False, "Counting more equipment still measures only inputs."),
            ],
            "Delivery figures are easy to collect, but a policy about learning must also look at learning.",
            difficulty=2,
        ),
        multiple(
            "Which of these are gaps a critical reading of an ICT policy might reveal? Choose all that apply.",
            [
                (
                    "Online lessons planned for an area where few families have data",
                    True,
                    "A gap between the goal and the resources available.",
                ),
                (
                    "Devices sent without a budget for repairs",
                    True,
                    "A gap in support that shortens the life of the investment.",
                ),
                (
                    "Rural girls benefiting less than urban boys",
                    True,
                    "A gap between groups: equity is central to policy critique.",
                ),
                (
                    "A policy that names learning goals and measures them",
                    False,
                    "That is a strength worth keeping, not a gap.",
                ),
            ],
            "Look for gaps between goals and resources, between groups, in support and in evidence.",
        ),
        true_false(
            "A fair critique of a policy also records what is working, not only its failings.",
            True,
            "Recognising strengths protects what works and makes the critique more credible to the policy's authors.",
        ),
        matching(
            "Match each observation with the lens of policy critique it belongs to.",
            [
                ("The policy aims to improve reading in the early grades", "Intent"),
                ("Teachers received two days of training and no follow-up", "Implementation"),
                ("Reading scores did not change after two years", "Impact"),
            ],
            "Intent is what the policy wants, implementation is what was done, impact is what changed.",
        ),
        single(
            "You want to know whether families can use the ministry's learning app at home. Which group should you survey?",
            [
                (
                    "Every family in two classes, on paper, following up those who do not reply",
                    True,
                    "Yes: it includes families without phones, whom the policy may miss.",
                ),
                (
                    "Only families active in the school's messaging group",
                    False,
                    "They already have connected phones, so the result would be biased.",
                ),
                ("Only the learners with the best marks", False, "They are not representative of the class."),
            ],
            "Evidence about access must include the people who lack access, or it will flatter the policy.",
            difficulty=2,
        ),
        numeric(
            "Of the 12 tablets your school received, 3 work. What percentage of the tablets work?",
            "25",
            feedback="3 ÷ 12 = 0.25, that is 25 %: a simple figure that shows a gap in maintenance.",
            difficulty=1,
        ),
        true_false(
            "When sharing evidence about a policy, it is good practice to remove learners' names and share only the summary.",
            True,
            "Collect only what you need, ask permission, and protect privacy by sharing anonymised summaries.",
        ),
    ),
    *tagged(
        "KC.1.b",
        ordering(
            "Put the parts of a one-page policy proposal in a sensible order.",
            [
                "The issue, with your strongest evidence",
                "The proposed change: what, who and by when",
                "Why it would work",
                "Cost and feasibility",
                "Risks and side effects",
                "How a pilot would check it",
            ],
            "Decision makers first need the problem, then the proposal and its case, then cost, risks and how success will be checked.",
        ),
        single(
            "Which proposal is most likely to be acted on by a district office?",
            [
                (
                    "Pilot weekly audio lessons for shared family phones in five schools for a term, measuring completion",
                    True,
                    "Yes: specific, affordable, evidence-based and testable.",
                ),
                ("Give every learner a laptop", False, "Unspecific and unaffordable, with no plan or evidence."),
                ("Withdraw the current policy", False, "A critique without an alternative gives nothing to act on."),
                ("Ask the ministry to think about connectivity", False, "Too vague: who should do what, by when?"),
            ],
            "Proposals that name the change, the people, the timescale and the measure are the ones that get adopted.",
        ),
        multiple(
            "A school proposes letting learners use their own phones for learning tasks. Which measures reduce its side effects? Choose all that apply.",
            [
                ("No homework that can only be done on a phone", True, "Protects learners who have no phone."),
                ("Group tasks in which one device is shared", True, "Keeps everyone involved whatever they own."),
                ("A meeting and written agreement with parents", True, "Addresses worries about safety and cost."),
                ("Requiring every family to buy a data bundle", False, "This creates the very inequity to avoid."),
            ],
            "Thinking through effects on each group (learners with and without phones, parents, teachers) is part of proposing a change responsibly.",
        ),
        true_false(
            "Before a change is rolled out nationally, a small pilot with a clear measure of success is a sensible step.",
            True,
            "A pilot reveals side effects cheaply and gives decision makers evidence to scale up, adapt or stop.",
        ),
        short_text(
            "What is the name for a small, time-limited trial of a change in a few schools, used to test it before wider adoption? One word.",
            ["pilot", "a pilot", "pilot project", "piloting"],
            "A pilot tests a change where its effects can be observed and corrected before it is scaled up.",
        ),
        matching(
            "Match each decision with the level that can usually make it.",
            [
                ("The computer room timetable", "The school"),
                ("Training days for teachers across many schools", "The district or province"),
                ("The national digital education strategy", "The ministry"),
            ],
            "Take a proposal to the level that can decide it; this saves time and makes a yes more likely.",
            difficulty=1,
        ),
        single(
            "When thinking through the likely effects of a policy change, what is the most useful approach?",
            [
                (
                    "Walk through the change from the point of view of each group it touches, in the short and the long term",
                    True,
                    "Yes: effects differ by group and over time.",
                ),
                (
                    "Consider only the learners the change is meant for",
                    False,
                    "Other groups, such as teachers or families, may bear costs.",
                ),
                (
                    "Wait for the change to happen and see",
                    False,
                    "Anticipating effects is the point: some harms are hard to undo.",
                ),
            ],
            "Stakeholder by stakeholder, month by month: that is how unintended consequences are found before they happen.",
            difficulty=3,
        ),
        extended(
            "Write a one-page proposal to improve one ICT policy that affects your school: the issue and your evidence, the change you propose (who, what, by when), its cost, its likely effects on at least three groups and how you would reduce any harm, and how a pilot would show whether it works.",
            "policy-proposal",
            allow_file=True,
        ),
    ),
]
