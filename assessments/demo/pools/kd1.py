# ruff: noqa: E501 (prose: a line is a question or an option)
"""Demo question pool for KD.1 Policy Application."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KD.1"
MODULE_ASSESSMENT = "module-kd-1"

RUBRICS = {
    "policy-unit-adaptation": {
        "title": "Unit adapted to a policy priority",
        "criteria": [
            (
                "Link to policy",
                "KD.1",
                [
                    "No policy or priority named.",
                    "A priority is named but the unit does not change because of it.",
                    "The unit's activities clearly serve a named priority.",
                    "The activities serve a named priority and the plan says what evidence will show it.",
                ],
            ),
            (
                "Inclusion",
                "KD.1",
                [
                    "No learner at risk of exclusion is considered.",
                    "Exclusion is mentioned without a concrete measure.",
                    "Concrete measures for at least one group at risk of exclusion.",
                    "Concrete measures for several groups, including an offline route for every ICT step.",
                ],
            ),
            (
                "Obstacles",
                "KD.1",
                [
                    "Obstacles are ignored.",
                    "Obstacles are listed without responses.",
                    "The main obstacle has a realistic response.",
                    "Obstacles have realistic responses that colleagues or leaders can act on.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KD.1.a",
        single(
            "At the Knowledge Deepening level, what does applying an ICT-in-education policy ask of a teacher beyond describing it?",
            [
                (
                    "To turn the policy's principles into classroom practice and deal with the obstacles that arise",
                    True,
                    "Yes: Level 2 moves from understanding policy to putting it to work.",
                ),
                ("To memorise the policy document", False, "Knowing the text is not applying it."),
                (
                    "To write a new national policy",
                    False,
                    "Shaping policy belongs to Knowledge Creation (KC.1), and to policy makers.",
                ),
                (
                    "To wait for the ministry to provide all the devices the policy mentions",
                    False,
                    "Policies are applied with the resources that exist.",
                ),
            ],
            "Policy application means designing, adapting and running practices that carry the policy's intentions into teaching.",
        ),
        multiple(
            "Which are common obstacles when a teacher applies an ICT policy in a low-resource school? Choose all that apply.",
            [
                (
                    "Too few devices for the number of learners",
                    True,
                    "A frequent constraint, answered with rotas and stations.",
                ),
                ("Unreliable electricity or expensive data", True, "Plans need charging and offline routes."),
                (
                    "School rules that forbid phones in class",
                    True,
                    "A rule to respect while seeking change through evidence.",
                ),
                ("Learners who are interested in technology", False, "Interest is an asset, not an obstacle."),
            ],
            "Naming obstacles honestly is part of applying policy: a plan that ignores them fails quickly.",
        ),
        true_false(
            "If a school rule forbids phones in class and you think phones would help learning, the right response is to use them anyway and explain later.",
            False,
            "Respect the rule and propose a change with evidence from a small authorised trial, through the proper channel.",
            difficulty=1,
        ),
        ordering(
            "Put the steps of applying one policy principle in your class in a sensible order.",
            [
                "Find the sentences in the policy that ask teachers to act",
                "Restate one principle in your own words",
                "Design a classroom practice that serves it",
                "Plan a response to the most likely obstacle",
                "Try it, collect simple evidence and adjust",
            ],
            "From the text to the practice, then to evidence and adjustment.",
        ),
        matching(
            "Match each policy principle with a classroom practice that applies it.",
            [
                ("Equity and access", "A device rota giving every learner planned turns"),
                ("Learner-centred use", "Learners collect and analyse their own data"),
                ("Safety and ethics", "Class rules for photos, sharing and sources"),
                ("Sustainability", "Learners help care for devices and keep an offline library"),
            ],
            "Each principle becomes something learners do.",
        ),
        single(
            "Your policy says ICT should make learning relevant to local life. Which activity best applies this?",
            [
                (
                    "Learners photograph and measure a local problem and analyse the data in a spreadsheet",
                    True,
                    "Yes: ICT connects the lesson to the learners' surroundings.",
                ),
                ("Learners copy notes about a foreign city from a slide", False, "Neither local nor active."),
                ("Learners play a typing game", False, "Useful for skills, but not linked to local life."),
            ],
            difficulty=2,
        ),
        numeric(
            "In March, girls had 18 of the 60 tablet turns in your class. What percentage of the turns did girls have?",
            "30",
            feedback="18 ÷ 60 = 0.3, so 30 %. Simple figures like this show whether an equity principle is working.",
            difficulty=2,
        ),
        short_text(
            "Monitoring a practice, you count each learner's device turns on a sheet beside the rota. What is this simple counting sheet usually called? (one word)",
            ["tally", "tally sheet", "tally chart"],
            feedback="A tally sheet is light evidence a teacher can collect every lesson.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KD.1.b",
        single(
            "Which Sustainable Development Goal commits countries to inclusive and equitable quality education and lifelong learning for all?",
            [
                ("SDG 4", True, "Yes: SDG 4 is the education goal."),
                ("SDG 1", False, "SDG 1 is about ending poverty."),
                ("SDG 9", False, "SDG 9 is about industry, innovation and infrastructure."),
                ("SDG 13", False, "SDG 13 is about climate action."),
            ],
            difficulty=1,
        ),
        multiple(
            "A unit plan claims to serve the commitment to inclusive education. Which features actually apply that commitment? Choose all that apply.",
            [
                (
                    "Audio instructions as well as written ones",
                    True,
                    "Supports learners who read with difficulty or have low vision.",
                ),
                (
                    "More than one way to show learning (written, spoken, drawn)",
                    True,
                    "Removes barriers without lowering the standard.",
                ),
                ("An offline alternative for each ICT step", True, "No one is excluded when power or data fail."),
                ("The SDG 4 logo on the cover page", False, "A logo names the goal; it does not apply it."),
            ],
            "Commitments become real through design choices that remove barriers.",
        ),
        true_false(
            "A phone's built-in screen magnifier or screen reader can help apply a country's commitment to the rights of learners with disabilities.",
            True,
            "Small accessibility features on devices the school already has are a concrete way to include learners with disabilities.",
            difficulty=1,
        ),
        single(
            "A national priority is to increase girls' participation in science. In mixed groups, boys keep control of the tablet. What is the best adaptation?",
            [
                (
                    "Rotating roles in which a girl is data lead or device lead in each group, with turns recorded",
                    True,
                    "Yes: it changes who uses the device and lets you check the effect.",
                ),
                ("Separate the girls and give them no device", False, "This removes their access."),
                ("Let the groups sort it out themselves", False, "The pattern will likely continue."),
            ],
            difficulty=2,
        ),
        matching(
            "Match each commitment or priority with a classroom adaptation that serves it.",
            [
                ("Mother-tongue literacy", "An audio summary recorded in the learners' home language"),
                ("Rights of learners with disabilities", "Large-print handouts and captions on videos"),
                ("Environmental education", "A data investigation of a local water source"),
                ("Continuity of learning in emergencies", "Tasks that work by SMS or radio when schools close"),
            ],
            "Priorities differ by country; the skill is to translate each into design.",
            difficulty=3,
        ),
        short_text(
            "Which UN convention, ratified by almost every country, sets out the rights of every child, including the right to education? (its name in English, or its abbreviation)",
            [
                "Convention on the Rights of the Child",
                "*Convention on the Rights of the Child",
                "Rights of the Child",
                "CRC",
                "UNCRC",
            ],
            feedback="The UN Convention on the Rights of the Child (1989) includes the right to education (articles 28 and 29).",
            difficulty=2,
        ),
        ordering(
            "Order the three questions to ask when adapting a unit for a policy priority.",
            [
                "Which priority does this unit serve?",
                "Who could be left out?",
                "How does ICT help, and what is the offline route?",
            ],
            "Name the priority, check for exclusion, then decide on ICT and its alternative.",
            difficulty=1,
        ),
        extended(
            "Choose a unit you will teach this term. Explain which national, school or SDG 4 priority it will serve, "
            "how you will adapt it so that every learner is included (with an offline route for each ICT step), "
            "the main obstacle you expect and your response, and the evidence that will show the priority was "
            "served. You may write it here or upload your adapted plan.",
            "policy-unit-adaptation",
        ),
    ),
]
