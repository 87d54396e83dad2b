# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.6 Teacher as Innovator.

The first nine items are the original pool, in their original order (question ids derive from the position).
"""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.6"
MODULE_ASSESSMENT = "module-kc-6"

RUBRICS = {
    "innovation-reflection": {
        "title": "Reflection on a teaching innovation",
        "criteria": [
            (
                "Evidence-based reflection",
                "KC.6",
                [
                    "Describes the change only.",
                    "Gives opinions about the effect.",
                    "Uses evidence from students' work to judge the effect.",
                    "Uses evidence to judge the effect and plans the next cycle.",
                ],
            ),
            (
                "Sharing with peers",
                "KC.6",
                [
                    "Not shared.",
                    "Shared informally.",
                    "Shared with a professional community.",
                    "Shared openly (e.g. as OER) and improved with peers' feedback.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.6.a",
        single(
            "What is action research for a teacher?",
            [
                (
                    "A cycle: plan a change in your practice, act, observe the effects, reflect, then plan again",
                    True,
                    "Yes: it is research done by teachers on their own practice, in repeated cycles.",
                ),
                ("Reading research articles about other schools", False, "Useful, but it is not action research."),
                (
                    "Letting students research actions on the internet",
                    False,
                    "That is a learner activity, not teacher research.",
                ),
            ],
            "Action research improves your own practice through small, evidence-based cycles.",
        ),
        ordering(
            "Put the steps of an action research cycle in order.",
            [
                "Identify a problem in your practice",
                "Plan an intervention",
                "Act: put it into practice",
                "Observe and collect evidence",
                "Reflect and revise",
            ],
            "Notice a problem, plan a change, try it, gather evidence, then reflect and plan the next cycle.",
        ),
    ),
    *tagged(
        "KC.6.b",
        multiple(
            "Which are good ways to share a teaching innovation? Choose all that apply.",
            [
                ("Publish the materials as open educational resources", True, "Others may reuse and adapt them."),
                ("Present it in a teachers' network or webinar", True, "Reaches colleagues beyond your school."),
                ("Mentor colleagues who want to try it", True, "Support helps a practice take root elsewhere."),
                (
                    "Keep the materials private to protect your advantage",
                    False,
                    "Teaching improves when good practice is shared.",
                ),
            ],
            "Sharing openly, presenting and mentoring all spread a practice beyond one classroom.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KC.6.a",
        true_false(
            "Reflecting on evidence from students' work is a key part of innovating in one's teaching.",
            True,
            "Evidence of learning, not enthusiasm for novelty, tells you whether a change is worth keeping.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KC.6.b",
        matching(
            "Match each term with its meaning.",
            [
                ("Community of practice", "Teachers who share a concern and learn together regularly"),
                ("Open educational resource", "Openly licensed material others may reuse and adapt"),
                ("Pilot", "A small trial before wider adoption"),
                ("Peer observation", "Colleagues watch each other teach and exchange feedback"),
            ],
            "These are the building blocks of professional learning at the Knowledge Creation level.",
        ),
    ),
    *tagged(
        "KC.6.a",
        single(
            "How can you tell whether a new app improved learning in your class?",
            [
                (
                    "Compare evidence of learning against the objective before and after, ideally with a comparison group",
                    True,
                    "Yes: before-and-after evidence, with a comparison where possible, separates the app's effect from other causes.",
                ),
                ("Ask whether students enjoyed it", False, "Enjoyment is not evidence of learning."),
                ("Count how many minutes students used it", False, "Use is not learning."),
            ],
            "Judge an innovation by what learners can do afterwards, not by how much they used it or liked it.",
            difficulty=3,
        ),
    ),
    *tagged(
        "KC.6.b",
        short_text(
            "Which Creative Commons licence lets anyone reuse and adapt your materials provided they credit you? "
            "Give its short code.",
            ["CC BY", "CC-BY", "CC BY 4.0", "CCBY"],
            "CC BY requires only attribution; CC BY-SA also requires adaptations to be shared under the same licence.",
        ),
    ),
    *tagged(
        "KC.6.a",
        numeric(
            "In your pilot, 18 of 24 students reached the objective. What percentage is that?",
            "75",
            feedback="18 ÷ 24 = 0.75, that is 75 %.",
            difficulty=1,
        ),
        extended(
            "Describe a change you made (or will make) in your teaching with ICT: what you changed, the evidence "
            "you collected of its effect on learning, what you concluded, and how you shared it with colleagues.",
            "innovation-reflection",
            allow_file=False,
        ),
    ),
    # Items added to deepen the pool; new items go after the originals so existing ids do not move.
    *tagged(
        "KC.6.a",
        single(
            "After introducing tablets, learners say they enjoy reading more. What is the soundest conclusion?",
            [
                (
                    "Enjoyment rose; now check reading outcomes before and after, or against another group",
                    True,
                    "Yes: separate motivation from learning and look for evidence of both.",
                ),
                (
                    "The tablets improved reading",
                    False,
                    "Enjoyment is encouraging but is not evidence of better reading.",
                ),
                (
                    "The experiment failed because nothing was measured",
                    False,
                    "It can still be measured: plan the evidence now.",
                ),
            ],
            "Novelty often raises enthusiasm at first; innovation is judged on learning.",
            difficulty=2,
        ),
        true_false(
            "A classroom experiment should test one change at a time, so that you can tell what caused any difference.",
            True,
            "Changing several things at once makes it impossible to know which one mattered.",
            difficulty=2,
        ),
    ),
    *tagged(
        "KC.6.b",
        multiple(
            "You are preparing a worksheet to publish as an open educational resource. Which steps are needed? Choose all that apply.",
            [
                (
                    "Check that you own, or may share, every text and image in it",
                    True,
                    "You can only license what you have the right to share.",
                ),
                ("Remove learners' names and faces without written consent", True, "Privacy comes before sharing."),
                (
                    "Add a licence line such as CC BY 4.0 with your name",
                    True,
                    "The licence tells others what they may do.",
                ),
                (
                    "Save it only as a locked PDF so nobody can change it",
                    False,
                    "An editable format makes adaptation, the point of OER, possible.",
                ),
            ],
            "Rights, privacy, a clear licence and an editable format make a resource genuinely open.",
        ),
        single(
            "Your district's subject teachers share ideas in a messaging group, but most members only read. What contribution helps the community most?",
            [
                (
                    "Post one practice you tried, what happened, and a photo of learners' work (without names)",
                    True,
                    "Yes: concrete, evidence-based contributions keep a community useful.",
                ),
                ("Forward motivational quotes every morning", False, "These add noise without professional content."),
                (
                    "Leave the group because it is inactive",
                    False,
                    "Communities need contributors; one active member can restart exchange.",
                ),
            ],
            "Professional communities thrive on members who share specific practice and report back on adaptations.",
            difficulty=1,
        ),
    ),
    *tagged(
        "KC.6.c",
        single(
            "A colleague who is anxious about technology asks for your help. What should you do first as their mentor?",
            [
                (
                    "Ask what they want to improve in their teaching and co-plan one small lesson together",
                    True,
                    "Yes: start from their goal and take one manageable step.",
                ),
                ("Show them everything the tool can do", False, "Too much at once increases anxiety."),
                ("Teach their class for them", False, "This solves today's lesson but builds no confidence."),
            ],
            "Good mentoring starts from the colleague's goals and builds confidence step by step.",
        ),
        ordering(
            "Put the steps of one coaching cycle with a colleague in order.",
            [
                "Goal conversation",
                "Plan a strategy and the evidence together",
                "Observe or collect evidence",
                "Reflection conversation",
                "Agree the next cycle",
            ],
            "Goal, plan, evidence, reflection, next step: repeated over a term, with the colleague taking more of the lead.",
        ),
        matching(
            "Match each judgement with the coaching question that could replace it.",
            [
                ("That activity didn't work.", "What did you notice when the groups started?"),
                ("You should use the tablets more.", "Where in the lesson might learners need a device?"),
                ("Good lesson!", "The pairs explained their answers; what made that happen?"),
            ],
            "Questions and descriptions help a colleague read their own evidence; verdicts close the conversation.",
            difficulty=2,
        ),
        true_false(
            "A coach should give the colleague a score for each observed lesson so progress is clear.",
            False,
            "Scoring turns coaching into inspection; coaching relies on shared evidence and the colleague's own reflection.",
        ),
    ),
]
