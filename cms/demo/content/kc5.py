# ruff: noqa: E501 (prose: a line is a sentence or a table row)
"""KC.5 Learning Organizations (Knowledge Creation, Organization and Administration)."""

from ..build import Lesson, Module, activity, bullets, callout, check, heading, numbered, reflect, table, text

LESSON_1 = Lesson(
    slug="the-school-as-a-learning-organisation",
    title="The school as a learning organisation",
    summary="What makes a school keep learning, and the part a teacher can play in leading it.",
    minutes=30,
    objectives=["KC.5.b"],
    body=[
        text(
            "A learning organisation is one in which people keep learning together and use what they learn to "
            "improve how the organisation works. The idea comes from management research, but it fits schools well: "
            "a school where teachers share what works, examine evidence, try new approaches and learn from other "
            "schools improves faster than one where every classroom is a closed door. At the Knowledge Creation "
            "level, teachers are expected to help lead this, including in how the school uses technology.",
        ),
        heading("What a learning school looks like"),
        text(
            "The OECD has described schools as learning organisations along seven dimensions. In plain words:",
            numbered(
                "A shared vision centred on the learning of every learner.",
                "Continuous learning opportunities for all staff, not only occasional workshops.",
                "Teachers learning in teams and collaborating on their practice.",
                "A culture of enquiry, experiment and innovation, where trying and sometimes failing is safe.",
                "Systems to collect and exchange knowledge: evidence about learning and a shared store of good practice.",
                "Learning with and from the world outside: parents, the community, other schools, the wider system.",
                "Leadership for learning, shared among the head teacher and teachers.",
            ),
            "Technology touches every dimension. A shared folder of lesson plans is a knowledge system; a messaging "
            "group for a subject team supports team learning; a simple spreadsheet of reading levels lets staff "
            "examine evidence together.",
        ),
        heading("Leading without a title"),
        text(
            "Teacher leadership rarely needs a formal post. It shows in small, repeated actions:",
            bullets(
                "Inviting colleagues into your classroom and visiting theirs.",
                "Bringing one piece of evidence to each staff meeting: a sample of learners' work, a result from a small experiment.",
                "Offering to organise a short peer-learning session on a tool or a method.",
                'Asking the question "how do we know it works?" kindly, and helping answer it.',
                "Connecting your school with teacher networks and nearby schools.",
            ),
        ),
        callout(
            "example",
            "Teacher-led learning in three regions",
            "In Rwanda, school-based mentors and subject leaders have run regular communities of practice in which "
            "teachers plan lessons together. Lesson study, which began in Japan, now runs in schools from Zambia to "
            "Indonesia: teams plan a lesson, one teaches while others observe the learners, and all revise it. "
            "In several Latin American countries, networks of rural schools meet in clusters to share practice. Each "
            "turns individual experience into shared knowledge.",
        ),
        activity(
            "Where is our school now?",
            goal="Assess your school against the seven dimensions of a learning organisation and find one place to start.",
            minutes=45,
            materials=["The seven dimensions, printed or on a phone", "Two or three colleagues"],
            steps=[
                "Together, rate the school from 1 (hardly) to 4 (strongly) on each dimension.",
                "For each rating, note one concrete example as evidence.",
                "Pick the dimension where a small action by teachers could make the biggest difference.",
                "Agree one action for the next month, and who will lead it.",
                "Share the result with the head teacher and ask for their support.",
            ],
            low_tech="A printed grid and a pencil are enough; keep the grid to compare next term.",
        ),
        check(
            "Which is the clearest sign that a school works as a learning organisation?",
            ("It has a large computer room", False, "Equipment does not make an organisation learn."),
            (
                "Teachers regularly examine evidence of learning together and change their practice as a result",
                True,
                "Yes: shared enquiry that leads to change is the heart of a learning organisation.",
            ),
            (
                "Every teacher attends a yearly workshop",
                False,
                "Occasional training alone is not continuous, shared learning.",
            ),
        ),
        reflect("Which of the seven dimensions is strongest in your school, and which is weakest?"),
    ],
)

LESSON_2 = Lesson(
    slug="a-shared-vision-and-ict-strategy",
    title="Building a shared vision and ICT strategy",
    summary="Lead a participatory process that sets a learning-centred vision and a realistic, sustainable technology plan.",
    minutes=35,
    objectives=["KC.5.a"],
    body=[
        text(
            "Many schools have technology but no strategy: devices arrive through a donation or a programme, are used "
            "by a few enthusiasts, then break. A school ICT strategy says what the school wants technology to do for "
            "learning, and how it will get there with the resources it really has. Teachers at the Knowledge "
            "Creation level can take a leading part in writing it with the head teacher and the community.",
        ),
        heading("A participatory process"),
        text(
            numbered(
                "<strong>Take stock:</strong> audit devices (working or not), connectivity, electricity, software, staff skills and confidence, and learners' access at home.",
                "<strong>Ask what learning needs:</strong> start from the school's improvement priorities, such as early reading or mathematics, not from equipment.",
                "<strong>Agree a vision:</strong> two or three sentences on how technology will serve learning in three to five years.",
                "<strong>Choose priorities:</strong> a few actions for the first year, each linked to the vision.",
                "<strong>Plan and cost:</strong> who does what, by when, with what money, including running costs.",
                "<strong>Agree how to check progress:</strong> a few indicators reviewed each term.",
            ),
            "Involve learners, parents and support staff, not only teachers. Learners know how devices are really "
            "used; parents may offer help, from electricity to fundraising; the person who keeps the keys to the "
            "computer room knows what breaks.",
        ),
        heading("Count the whole cost"),
        table(
            "Total cost of ownership: what a school technology plan must budget for",
            ["Cost", "Often forgotten because", "A realistic answer"],
            [
                "Repairs and spare parts",
                "Devices arrive free",
                "A small yearly amount per device; a trained teacher or partner technician",
            ],
            [
                "Electricity and charging",
                "It is shared with other uses",
                "Charging timetable; solar panels where the grid is unreliable",
            ],
            [
                "Data and connectivity",
                "Costs rise with use",
                "Offline content first; a capped data plan for agreed uses",
            ],
            ["Training and time", "It is not a purchase", "Peer learning sessions in the timetable"],
            ["Replacement", "It is years away", "Plan for devices to last about four to five years"],
        ),
        callout(
            "tip",
            "Vision first, equipment last",
            'A vision such as "every learner in grades 1 to 3 hears stories in their home language and practises '
            'reading daily" guides choices better than "a tablet for every child". It may be reached with a few '
            "phones, a speaker and recorded stories.",
        ),
        text(
            "Examples help. A school in rural Pakistan chose one goal, better mathematics in grades 4 and 5, and used "
            "its four laptops and an offline server for practice in rotation. A school in Morocco prioritised "
            "teachers' use of a projector and shared lesson resources before buying anything for learners. In Papua "
            "New Guinea, a school partnered with its community to install solar charging before accepting donated "
            "tablets.",
        ),
        activity(
            "Draft a one-page school ICT strategy",
            goal="Lead colleagues in drafting a vision, priorities and a costed first-year plan for technology in learning.",
            minutes=90,
            materials=[
                "An audit sheet",
                "The school improvement plan",
                "Colleagues, and if possible a parent and two learners",
            ],
            steps=[
                "Complete a quick audit of devices, power, connectivity, skills and home access.",
                "Name the school's top two learning priorities.",
                "Write a three-sentence vision of how technology will serve them.",
                "Choose three first-year actions and cost them, including running costs.",
                "Agree three indicators and the dates you will review them; present the page to the head teacher.",
            ],
            low_tech="The whole strategy fits on one handwritten page; what matters is that it is agreed and reviewed.",
        ),
        check(
            "What should a school ICT strategy start from?",
            (
                "The equipment the school would like to buy",
                False,
                "Starting from equipment leads to devices without purpose.",
            ),
            (
                "The school's learning priorities and an honest audit of what it has",
                True,
                "Yes: a strategy serves learning goals with real resources.",
            ),
            ("What a neighbouring school has bought", False, "Another school's context and needs differ."),
        ),
    ],
)

LESSON_3 = Lesson(
    slug="keeping-the-plan-alive",
    title="Keeping the plan alive: evidence, review and shared knowledge",
    summary="Monitor the strategy, build systems for sharing what staff learn, and review the plan every year.",
    minutes=30,
    objectives=["KC.5.a", "KC.5.b"],
    body=[
        text(
            "A strategy written once and filed away changes nothing. What turns a school into a learning organisation "
            "is the habit of checking what is happening, sharing what staff learn and adjusting the plan. This lesson "
            "covers three routines that keep a technology strategy alive.",
        ),
        heading("1. Monitor a few indicators"),
        text(
            "Choose indicators that are easy to collect and say something about learning, not only about equipment:",
            bullets(
                "Use: how many lessons per week used the shared devices, from the booking sheet.",
                "Condition: how many devices work, from a monthly check.",
                "Learning: a simple measure linked to the priority, such as reading fluency in grade 3.",
                "Staff: how many teachers tried a new practice this term.",
                "Equity: whether girls, learners with disabilities and each class get fair access.",
            ),
            "A phone spreadsheet updated monthly by a rotating teacher is enough. Put the figures on the agenda of a "
            "staff meeting each term.",
        ),
        heading("2. Build a system for shared knowledge"),
        text(
            "Knowledge stays in a school only if it has somewhere to live. Create a simple, well-organised store "
            "of what works: a shared folder on a school computer or offline server, or a binder in the staff room, "
            "with lesson plans, how-to sheets and short notes on what was tried and what happened. Add a routine: "
            "five minutes at each staff meeting in which one teacher shows one thing. New teachers can then start "
            "from the school's experience rather than from nothing.",
        ),
        callout(
            "example",
            "A staff-room binder that became a library",
            "Teachers in a secondary school in Lebanon began collecting one-page notes on lessons that had used the "
            "school's projector and phones well. After two years the binder held over eighty notes, organised by "
            "subject, and the school scanned it into a shared folder that a neighbouring school also uses.",
        ),
        heading("3. Review and renew every year"),
        text(
            numbered(
                "Look at the indicators: what improved, what did not?",
                "Ask learners, parents and staff what worked and what got in the way.",
                "Check the environment: new policies, new funding, new risks such as online safety issues.",
                "Decide what to keep, change or stop, and write next year's priorities.",
                "Share a short report with the community: it builds trust and support.",
            ),
            "Invite someone from outside, such as a district adviser or a colleague from a partner school, to the "
            "review. Outside eyes see what insiders have stopped noticing.",
        ),
        activity(
            "Set up the three routines",
            goal="Put monitoring, knowledge sharing and annual review into your school's calendar.",
            minutes=45,
            materials=["The school calendar", "A phone spreadsheet or a paper register", "A folder or binder"],
            steps=[
                "Choose four indicators and make a simple monthly record sheet.",
                "Agree who updates it each month, rotating among staff.",
                "Start a shared store of practice with three one-page notes, including one of yours.",
                'Book five minutes of "show one thing" in every staff meeting this term.',
                "Put the annual review date in the calendar and invite an outside colleague.",
            ],
            low_tech="Paper registers and a staff-room binder work; scan or photograph them later if a device becomes available.",
        ),
        check(
            "Which indicator says most about whether the ICT strategy serves learning?",
            ("The number of devices the school owns", False, "This measures equipment, not learning."),
            (
                "Progress on the learning priority the strategy targets, such as grade 3 reading fluency",
                True,
                "Yes: the strategy exists to improve learning, so measure that alongside use and condition.",
            ),
            ("The number of apps installed", False, "Apps installed say nothing about learning."),
        ),
        reflect("What does your school know from experience that is not written down anywhere?"),
    ],
)

MODULE = Module(
    slug="kc5-learning-organisations",
    title="Learning organisations: leading the technology strategy of a school",
    summary=(
        "Help your school become a learning organisation: lead a shared, learning-centred ICT strategy with a "
        "realistic budget, and keep it alive with evidence, shared knowledge and yearly review: Knowledge Creation "
        "for organisation and administration."
    ),
    level="KC",
    competencies=["KC.5"],
    minutes=95,
    cover="kc5-learning-organization.svg",
    cover_alt="A school building with a circular arrow beside it.",
    lessons=[LESSON_1, LESSON_2, LESSON_3],
    assessment="module-kc-5",
    prerequisites=["ka5-organising-the-classroom-for-ict"],
)
