# Short answers earn a share of the points per accepted answer (Moodle's `=%50%Cat`); a matching option
# without text is a distractor, so the option text may be empty.

from decimal import Decimal

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0003_short_text_whitespace"),
    ]

    operations = [
        migrations.AddField(
            model_name="questionoption",
            name="fraction",
            field=models.DecimalField(
                decimal_places=5,
                default=Decimal("1"),
                help_text="Short text: the share of the points this accepted answer earns (1 = full, 0.5 = half).",
                max_digits=6,
                validators=[
                    django.core.validators.MinValueValidator(Decimal("0")),
                    django.core.validators.MaxValueValidator(Decimal("1")),
                ],
                verbose_name="credit",
            ),
        ),
        migrations.AlterField(
            model_name="questionoption",
            name="text",
            field=models.CharField(
                blank=True,
                help_text="Leave empty in a matching question for a distractor.",
                max_length=500,
                verbose_name="text",
            ),
        ),
        migrations.AddConstraint(
            model_name="questionoption",
            constraint=models.CheckConstraint(
                condition=models.Q(("fraction__gte", 0), ("fraction__lte", 1)), name="option_fraction_0_1"
            ),
        ),
    ]
