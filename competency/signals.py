"""Events that competency emits; other apps subscribe, competency imports none of them."""

from django.dispatch import Signal

# Sent after the transaction that created a LevelAttainment commits.
# kwargs: attainment (LevelAttainment), user, level.
level_attained = Signal()
