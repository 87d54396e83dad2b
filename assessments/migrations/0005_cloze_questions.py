# Cloze ("embedded answers", Moodle's multianswer): the gaps live in the question text, in Moodle's syntax.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0004_shortanswer_fractions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="question",
            name="text",
            field=models.TextField(
                help_text="For a cloze question, write the gaps in Moodle's syntax, e.g. “The capital of France is "
                "{1:SHORTANSWER:=Paris#Right~%50%Lyon#No, that is another city}.”",
                verbose_name="question text",
            ),
        ),
        migrations.AlterField(
            model_name="question",
            name="type",
            field=models.CharField(
                choices=[
                    ("single", "Single choice"),
                    ("multiple", "Multiple response"),
                    ("true_false", "True / false"),
                    ("numeric", "Numeric"),
                    ("short_text", "Short text"),
                    ("ordering", "Ordering"),
                    ("matching", "Matching"),
                    ("extended", "Extended response (graded by a trainer)"),
                    ("cloze", "Cloze (embedded answers, Moodle syntax)"),
                ],
                max_length=20,
                verbose_name="type",
            ),
        ),
    ]
