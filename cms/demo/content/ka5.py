# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KA.5 Standard Classroom (Organization and Administration)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, image, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="arranging-the-room-for-technology",
    title="Arranging the room for technology",
    summary="Three layouts for one device, a few devices and a computer room, and how to choose between them.",
    minutes=25,
    objectives=["KA.5.a", "KA.5.b"],
    body=[
        text(
            "The Knowledge Acquisition competency for Organization and Administration is about the physical "
            "classroom: arranging the space so that technology supports different ways of learning, and does so "
            "inclusively. Where learners sit, where the power socket is and who can see the screen decide, more "
            "than any app, whether a lesson with technology works.",
        ),
        image(
            "ka5-layouts.svg",
            "Three classroom plans seen from above. Left: one teacher device at the front with four groups of desks. "
            "Middle: four group tables, each with one shared device. Right: computers along the walls, facing "
            "outwards, with learners' chairs in the middle.",
            "Three layouts: one device for the class, one device per group, and a computer room with screens along the walls.",
        ),
        heading("One device for the whole class"),
        text(
            "With a single phone, laptop or projector, the device is for demonstration and discussion. Put it where "
            "everyone can see and hear, usually at the front and raised. Check the view from the back corners "
            "before the lesson; close curtains if the screen is washed out. Learners with low vision or hearing "
            "difficulties sit nearest.",
        ),
        heading("A few devices: stations and rotation"),
        text(
            "With three to six devices, set up stations. Each group spends a fixed time at the device station while "
            "the other groups work on related tasks on paper, then groups rotate. A visible timer and a written task "
            "card at each station keep things moving without you at every table.",
            bullets(
                "Place device stations near power sockets, away from doors and water.",
                "Give each learner a role in the group: operator, reader, recorder. Rotate roles so everyone gets a turn to operate.",
                "Keep the device screens facing where you can see them as you walk around.",
            ),
        ),
        heading("A computer room"),
        text(
            "Arranging computers along the walls, facing outwards, lets you see every screen from the middle of the "
            "room and lets learners turn their chairs inwards for discussion away from the screens. Rows facing the "
            "front make it hard to see what learners are doing and encourage copying from the screen ahead.",
        ),
        callout(
            "warning",
            "Safety first",
            "Cables across walkways trip people. Run cables along the walls, keep liquids away from devices and "
            "never overload an extension lead.",
        ),
        activity(
            "Redesign your room",
            goal="Draw and test a layout for your next lesson that uses the devices you actually have.",
            minutes=30,
            materials=["Paper and pencil", "A measuring tape or your steps"],
            steps=[
                "Draw your classroom from above: walls, door, windows, power sockets, desks.",
                "Mark the devices you will have for the next lesson with technology.",
                "Choose one of the three layouts and draw it, including where each group sits.",
                "Check the drawing for sight lines, cables and space to walk between groups.",
                "Try the layout with learners and ask them afterwards what worked.",
            ],
            low_tech="With no devices, practise the station rotation with printed materials; the same routine works when devices arrive.",
        ),
        check(
            "In a computer room, why are screens along the walls facing outwards often better than rows facing the front?",
            ("They use fewer cables.", False, "Cable length is not the main reason."),
            (
                "The teacher can see every screen from the middle of the room.",
                True,
                "Yes, and learners can turn inwards for discussion.",
            ),
            ("Learners cannot see each other.", False, "The layout actually makes face-to-face discussion easier."),
        ),
        reflect("Which of the three layouts fits your classroom and devices best today? What would you need to move?"),
    ],
)

LESSON_2 = Lesson(
    slug="fair-and-safe-use-of-shared-devices",
    title="Fair and safe use of shared devices",
    summary="Routines that give every learner a turn, rules learners agree to, and simple online safety.",
    minutes=25,
    objectives=["KA.5.b", "KA.5.c"],
    body=[
        text(
            "When devices are scarce, who gets to use them becomes a question of fairness. Left to themselves, the "
            "most confident learners, often boys and those with devices at home, take the keyboard. An inclusive "
            "classroom organises access deliberately.",
        ),
        heading("Routines for fair access"),
        text(
            numbered(
                "Keep a simple rota: a class list where you tick who operated the device in each lesson.",
                "Use roles in groups (operator, reader, recorder, reporter) and rotate them every session.",
                "Give learners with less experience at home the first turns, not the last.",
                "Plan for learners with disabilities: seating, screen size, sound, time.",
            ),
        ),
        heading("Rules learners agree to"),
        text(
            "Rules work better when learners help to write them. Keep them short and positive, display them next to "
            "the devices, and connect them to your school's acceptable-use agreement if it has one. A typical set:",
            bullets(
                "We handle devices with clean, dry hands and two hands when carrying.",
                "We use the device for the task on the card.",
                "We ask before taking a photo of anyone, and we never share it without permission.",
                "We tell the teacher straight away if we see something online that upsets us.",
            ),
        ),
        heading("Simple online safety"),
        text(
            "Even offline classrooms meet online risks when a device connects. Set up devices so that learners use "
            "approved apps, log out of your own accounts before lending your phone, and never leave your "
            "messages or photos open. Talk with learners about personal information: their full name, school, "
            "address and photos are not shared with strangers.",
        ),
        callout(
            "tip",
            "Lending your phone",
            "Before a lesson in which learners use your phone, switch on airplane mode if the task works offline, "
            "and open only the app they need. Many phones can pin one app so that it cannot be left without your PIN.",
        ),
        activity(
            "Write the class device charter",
            goal="Agree with learners a short set of rules for using devices, and set up a fair rota.",
            minutes=30,
            materials=["Chart paper or the board", "Your class list"],
            steps=[
                "Ask learners in groups what could go wrong when we share devices.",
                "Turn their answers into four or five positive rules and write them together.",
                "Have every learner sign or mark the charter and display it near the devices.",
                "Draw up a rota on the class list and explain how turns will work.",
                "Review the charter with the class after two weeks.",
            ],
            low_tech="The charter and the rota are paper tools: they work the same way with one radio or a class set of tablets.",
        ),
        check(
            "Which routine most helps make access to a few shared devices fair?",
            (
                "Let learners who are fastest use the devices.",
                False,
                "That usually favours learners who already have devices at home.",
            ),
            (
                "Rotate roles in groups and keep a rota of who has operated the device.",
                True,
                "Yes: a visible, deliberate system gives everyone a turn.",
            ),
            (
                "Only use the devices for demonstrations by the teacher.",
                False,
                "Sometimes appropriate, but learners also need hands-on turns.",
            ),
        ),
        reflect("Which learners in your class get the fewest turns with technology? What will you change?"),
    ],
)

LESSON_3 = Lesson(
    slug="healthy-safe-and-well-kept-devices",
    title="Healthy use, safe rooms and well-kept devices",
    summary="Simple routines that protect learners' health and safety and keep a school's few devices working for years.",
    minutes=25,
    objectives=["KA.5.c", "KA.5.a"],
    body=[
        text(
            "A school's devices are precious: often a handful of tablets or an old computer room paid for by a "
            "community, a donor or the ministry. They must last, and the learners who use them must stay safe and "
            "healthy. Most damage and most accidents come from a few predictable causes, and a few routines prevent "
            "them. This lesson collects those routines.",
        ),
        heading("Healthy use"),
        text(
            bullets(
                "<strong>Eyes</strong>: break up long screen work; every twenty minutes or so, look at something far "
                "away for a short while. Avoid screens facing a bright window.",
                "<strong>Posture</strong>: the top of a computer screen at about eye level, feet on the floor or a "
                "box, tablets held or propped rather than bent over on the lap.",
                "<strong>Hearing</strong>: headphones at a moderate volume — if a neighbour can hear them, they are "
                "too loud. Clean shared headphones between users.",
                "<strong>Time</strong>: younger learners need shorter sessions; alternate screen tasks with "
                "discussion, writing and movement.",
            ),
        ),
        heading("A safe room"),
        text(
            "Electricity and crowded classrooms need care. Cables should run along walls or be taped down, never "
            "across walkways. Power strips should not be chained one into another or overloaded. Where the supply is "
            "unstable — common in rural areas from West Africa to South Asia — a surge protector or voltage "
            "stabiliser protects computers from spikes when the power returns. Keep water and food away from "
            "devices, and keep a clear path to the door. In a solar-powered school, teach learners which sockets "
            "may be used and when the batteries need rest.",
        ),
        callout(
            "warning",
            "Charging is where most damage happens",
            "Devices left charging on soft surfaces, under books or in a hot cupboard can overheat. Charge on a hard "
            "surface with air around, use the right chargers, and switch the charging point off when devices are "
            "full or when you leave.",
        ),
        heading("Devices that last"),
        text(
            "Give each device a number and keep a simple log: who used it, when, and any problem. A paper log on the "
            'cupboard door is enough. Learners can take turns as "device monitors" who hand out, count and check '
            "devices — a responsibility many enjoy. Teach the gentle habits: two hands to carry, close apps before "
            "switching off, no pens on screens. Clean screens with a soft dry cloth. Report faults early: a loose "
            "charging port is cheap to fix, a burnt board is not.",
        ),
        table(
            "A device routine for each lesson",
            ["When", "What", "Who"],
            ["Start", "Hand out numbered devices; check each is charged and undamaged", "Device monitors"],
            ["During", "Devices on the table, not the lap; two hands to move them", "Everyone"],
            ["End", "Close apps, count devices back, note any fault in the log", "Device monitors and teacher"],
            ["End of day", "Charge safely; lock the cupboard", "Teacher on duty"],
        ),
        callout(
            "example",
            "Monitors in a Samoan classroom",
            "In a class sharing eight tablets, two learners a week are device monitors. They sign each tablet out "
            "and in on a card. In a term, the class lost no tablet and reported two faults early enough to fix them.",
        ),
        activity(
            "A safety and care walk-through",
            goal="Find and fix the main safety and device-care risks in the room where your learners use technology.",
            minutes=25,
            materials=["A notebook or the checklist below", "Tape or cable covers if available"],
            steps=[
                "Walk the room as a learner would: from the door to each device and back.",
                "Note every cable across a path, overloaded socket, device near water or in direct sun.",
                "Fix what you can at once (move a cable, shift a table); list what needs the head teacher.",
                "Set up a device log and choose this week's device monitors.",
                "Teach the class the routine at the start of the next lesson.",
            ],
            low_tech="The walk-through and the log need no technology at all: they protect the little you have.",
        ),
        check(
            "The power often cuts out and comes back with a surge. What best protects the school's computers?",
            (
                "Unplug the computers only during storms.",
                False,
                "Surges also happen when the grid returns, on clear days.",
            ),
            (
                "Plug them into a surge protector or voltage stabiliser, and switch them off during cuts.",
                True,
                "Yes: this protects against the spike when power returns.",
            ),
            (
                "Chain several power strips so each computer has its own socket.",
                False,
                "Chained strips overload and can overheat.",
            ),
        ),
        reflect("Which of your classroom routines protects devices best, and which risk have you been living with?"),
    ],
)

MODULE = Module(
    slug="ka5-organising-the-classroom-for-ict",
    title="Organising the classroom for ICT",
    summary=(
        "Arrange the room for one device, a few devices or a computer room, give every learner a fair turn, and "
        "set simple rules for safe use."
    ),
    level="KA",
    competencies=["KA.5"],
    minutes=75,
    cover="ka5-classroom.svg",
    cover_alt="A classroom seen from the front with three group tables.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-ka-5",
)
