"""Ralph's LRS application, with its file-system backend appending to the statements file.

Ralph 5.1.0's `fs` LRS backend writes each POST with the data backend's default operation, CREATE, to one fixed
file (fs_lrs.jsonl): the first POST creates it and every later one answers 500 "Statements bulk indexation
failed". Appending is what the backend's own APPEND operation does; everything else (validation, duplicates and
409s, queries, auth) is Ralph's unchanged. Runs inside .venv-ralph, started by server.py.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (after the backend is set up: the router builds its client on import)

__all__ = ["app"]
