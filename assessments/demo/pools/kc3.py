# ruff: noqa: E501 (prose: a line is a sentence or an option)
"""Demo question pool for KC.3 Self-management."""

from ..spec import extended, matching, multiple, numeric, ordering, short_text, single, tagged, true_false

COMPETENCY = "KC.3"
MODULE_ASSESSMENT = "module-kc-3"

RUBRICS = {
    "self-managed-project": {
        "title": "Frame for a learner-managed project",
        "criteria": [
            (
                "Learning parameters",
                "KC.3",
                [
                    "Goals, deadline or rules are missing.",
                    "Some parameters are stated, others left vague.",
                    "Goals, assessment, deadline, rules and resources are clear.",
                    "Parameters are clear and leave learners real choices of topic, method and product.",
                ],
            ),
            (
                "Support for self-management",
                "KC.3",
                [
                    "No planning tool or check points.",
                    "A plan is asked for but not reviewed.",
                    "Learners plan activities, timeline, milestones and roles, with milestone meetings.",
                    "Planning, milestone meetings, materials for independent work and regular reflection are all built in.",
                ],
            ),
        ],
    },
}

ITEMS = [
    *tagged(
        "KC.3.a",
        single(
            "A teacher solves a problem in front of the class and says each decision aloud, including when she gets stuck. What is she mainly doing?",
            [
                (
                    "Modelling her reasoning so learners can learn to manage their own thinking",
                    True,
                    "Yes: she makes invisible expert thinking visible.",
                ),
                ("Filling time while learners copy", False, "The value lies in the strategies learners hear."),
                (
                    "Showing that the problem is too hard",
                    False,
                    "Showing how to get unstuck teaches persistence, not that the task is impossible.",
                ),
            ],
            "Think-alouds let learners see the decisions and checks experts make, so they can use them alone.",
        ),
        ordering(
            "Put the stages of a gradual release of responsibility in order.",
            [
                "I do: the teacher models",
                "We do: teacher and class together",
                "You do together: learners in groups",
                "You do alone: each learner independently",
            ],
            "Responsibility for the thinking moves step by step from teacher to learner.",
        ),
        true_false(
            "Deliberately showing learners how you notice and correct a mistake helps them learn to monitor their own thinking.",
            True,
            "Self-monitoring and correction are central to self-managed learning; seeing them modelled makes them normal.",
        ),
        multiple(
            "Which practices make a teacher's thinking visible to learners? Choose all that apply.",
            [
                (
                    "Recording a short think-aloud that learners can replay",
                    True,
                    "Learners can pause and replay a step they missed.",
                ),
                (
                    "Naming strategies and keeping them on a strategy wall",
                    True,
                    "Named strategies are easier to reuse.",
                ),
                (
                    "Asking learners how they decided, not only what they answered",
                    True,
                    "This brings learners' own thinking into the open.",
                ),
                ("Giving only the final answers to check against", False, "Answers alone hide the process."),
            ],
            "Modelling, naming and discussing strategies all expose the thinking behind an answer.",
        ),
    ),
    *tagged(
        "KC.3.b",
        single(
            "Groups in a class of 60 keep waiting for the teacher before moving to the next step of their project. What would help most?",
            [
                (
                    "Task cards, short how-to sheets and audio instructions groups can use on their own",
                    True,
                    "Yes: materials designed for independent use free groups from waiting.",
                ),
                (
                    "Explaining every step again to the whole class",
                    False,
                    "This keeps learners dependent on the teacher.",
                ),
                (
                    "Reducing the project to a worksheet",
                    False,
                    "This removes the self-management the project aims to build.",
                ),
            ],
            "Self-management depends on materials and activities designed so learners can proceed without the teacher's voice.",
            difficulty=2,
        ),
        matching(
            "Match each support with the problem it solves in a self-managed project.",
            [
                ("A task card with clear steps", "Groups waiting for instructions"),
                ("A weekly two-line written update", "Stuck groups that look busy"),
                ("An example product from last year", "Learners unsure what quality looks like"),
            ],
            "Well-designed materials answer learners' common questions before they have to ask.",
        ),
        true_false(
            "Self-managed learning means the teacher leaves learners alone once the project starts.",
            False,
            "The teacher sets parameters, designs materials, meets groups at milestones and keeps learning on track.",
        ),
    ),
    *tagged(
        "KC.3.c",
        single(
            "In a self-managed project, which of these should the teacher fix in advance?",
            [
                (
                    "The curriculum goals, assessment, deadline, rules and resources",
                    True,
                    "Yes: clear parameters free learners to make other decisions.",
                ),
                ("The exact steps every group must follow", False, "That removes learners' decisions."),
                (
                    "Nothing; learners decide everything",
                    False,
                    "Without parameters, learning can drift and safety can suffer.",
                ),
            ],
            "Teachers set the learning parameters; learners plan within them.",
        ),
        ordering(
            "Put the steps of helping a group plan its project in order.",
            [
                "List all the activities",
                "Sequence them and estimate their time",
                "Set milestones",
                "Assign who is responsible for each",
                "Make the plan visible on a board",
            ],
            "Break down, sequence and time, mark check points, share responsibility, then display the plan.",
            difficulty=1,
        ),
        numeric(
            "A project must end in 6 weeks. A group estimates research takes 2 weeks and making the product 3 weeks. How many weeks are left for review and corrections?",
            "1",
            feedback="6 − 2 − 3 = 1 week: working back from the deadline shows whether the plan is realistic.",
            difficulty=1,
        ),
        short_text(
            "What is the name for a planned check point in a project where a draft or result must be ready? One word.",
            ["milestone", "milestones", "a milestone"],
            "Milestones break a long project into stages and tell the teacher and the group whether the plan is on track.",
        ),
        extended(
            "Prepare the frame for a project your learners will plan and run themselves: the fixed parameters (goals, assessment, deadline, rules, resources), the choices left to learners, the planning tool they will use for activities, timeline, milestones and roles, the materials for independent work, and when and how you will meet groups and ask them to reflect.",
            "self-managed-project",
            allow_file=True,
        ),
    ),
    *tagged(
        "KC.3.d",
        multiple(
            "Before a class publishes its video about the local market online, which checks are required? Choose all that apply.",
            [
                (
                    "Consent from the people filmed and from parents",
                    True,
                    "Nobody should be published without agreement.",
                ),
                ("No full names with faces, no home locations", True, "Protects learners' privacy and safety."),
                ("Rights to any music or images used", True, "Use own or openly licensed material, credited."),
                ("The video uses the newest editing app", False, "The tool does not matter; safety and quality do."),
            ],
            "Consent, privacy, rights and quality come before publishing.",
        ),
        single(
            "Which three questions make a sufficient reflection for learners at a project milestone?",
            [
                (
                    "What did I do? What did I learn, and how? What will I do differently?",
                    True,
                    "Yes: short, repeatable and focused on process.",
                ),
                (
                    "Did I like it? Was it hard? Is it finished?",
                    False,
                    "These invite one-word answers with little learning.",
                ),
                (
                    "What mark do I deserve? Who worked least? Who was best?",
                    False,
                    "These focus on grades and blame, not learning.",
                ),
            ],
            "Reflecting on process and next steps is how learners learn to manage their own learning.",
        ),
        true_false(
            "A class with no internet access can still publish learners' work to a real audience, for example through community radio or a printed class book.",
            True,
            "A real audience matters more than the medium; local audiences are often the most motivating.",
        ),
        matching(
            "Match each product with a low-device way to produce it.",
            [
                ("Podcast or radio drama", "A phone's voice recorder"),
                ("Photo story", "Six to ten photos with captions"),
                ("Short video", "A paper storyboard, then one take per shot"),
            ],
            "Planning on paper first keeps production simple with one phone.",
            difficulty=3,
        ),
    ),
]
