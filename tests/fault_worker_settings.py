"""Settings of a real task worker (`qcluster`) that tests/test_faults.py starts and kills: the test settings, with a
queue that is not run inline and a name of its own, so that nothing else's tasks reach it."""

import os

from config.settings.test import *  # noqa: F403
from config.settings.test import Q_CLUSTER

Q_CLUSTER = {**Q_CLUSTER, "sync": False, "name": os.environ["FAULT_QUEUE"], "workers": 1, "poll": 0.2}
