"""Settings of a real task worker (`qcluster`) that tests/test_faults.py starts and kills: the test settings, with a
queue that is not run inline and a name of its own, so that nothing else's tasks reach it."""

import os

from config.settings.test import *  # noqa: F403
from config.settings.test import Q_CLUSTER

# The test's own media directory: other test workers write PDFs into the shared one at the same time.
MEDIA_ROOT = os.environ.get("FAULT_MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
Q_CLUSTER = {**Q_CLUSTER, "sync": False, "name": os.environ["FAULT_QUEUE"], "workers": 1, "poll": 0.2}
