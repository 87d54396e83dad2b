"""django-q2's cluster, made to stop on SIGTERM within a bounded time without losing the task in hand (ADR 0145).

django-q2 1.11.1 stops by letting every worker finish whatever it holds, with no time limit (a task may run for the
whole `timeout`), and its sentinel and workers die at once on a SIGTERM sent to the whole process group (systemd's
default): a child killed while holding one of the cluster's shared locks leaves the main process waiting on it
for ever, and a task the Redis broker had handed out (BLPOP removes it) is gone. Here:

- only the main process acts on SIGTERM/SIGINT; the sentinel, pusher and monitor ignore them and stop in order;
- tasks fetched but not started are handed back to the broker at once;
- a running task has `TASK_WORKER_STOP_SECONDS` to finish; after that its worker is interrupted and the task is
  handed back, so it runs again later (the ORM broker: its row unlocked; Redis: pushed back on the list);
- whatever still lives after that is killed, so the whole stop takes under 10 seconds.
"""

import logging
import os
import signal
import sys
import time
import uuid
from datetime import timedelta

from django import db
from django.conf import settings
from django.utils import timezone
from django_q import cluster as q_cluster
from django_q.brokers.orm import ORM
from django_q.signals import post_execute_in_worker, pre_execute
from django_q.signing import SignedPackage
from django_q.status import Stat
from django_q.worker import worker as q_worker

logger = logging.getLogger(__name__)


class HandBack(BaseException):
    """Raised inside a running task when the cluster stops: not an Exception, so the task cannot swallow it."""


_in_hand: dict | None = None  # the task this worker process is running, if any


def _remember(sender, func, task, **kwargs) -> None:
    global _in_hand
    _in_hand = task


def _forget(sender, func, task, **kwargs) -> None:
    global _in_hand
    _in_hand = None


pre_execute.connect(_remember, dispatch_uid="common.task_worker.remember")
post_execute_in_worker.connect(_forget, dispatch_uid="common.task_worker.forget")


def stop_seconds() -> float:
    return float(getattr(settings, "TASK_WORKER_STOP_SECONDS", 4))


def task_hand_back(*, task: dict, broker) -> None:
    """Return a fetched task to the queue so that a cluster runs it again."""
    db.connections.close_all()  # the task may have died in the middle of a transaction
    if isinstance(broker, ORM):
        # Its row is still there, locked until `retry` seconds from the fetch: unlock it.
        broker.get_connection().filter(pk=task["ack_id"]).update(lock=timezone.now() - timedelta(seconds=1))
    else:
        # Redis (BLPOP) removed it when the pusher fetched it: push it back.
        package = {k: v for k, v in task.items() if k not in ("ack_id", "cluster")}
        broker.enqueue(SignedPackage.dumps(package))
    logger.warning("Handed task %s (%s) back to the queue: the cluster is stopping.", task.get("name"), task["func"])


def _run_worker(stop_event, broker, *args) -> None:
    def on_term(signum, frame):
        if _in_hand is None:
            return  # idle: its STOP pill ends it (killing it inside Queue.get would leave the queue's lock held)
        # A SIGTERM sent to the whole group may arrive a moment before the main process sets the stop event
        # (longer on a loaded machine): wait for it rather than die with the task.
        deadline = time.monotonic() + 3
        while not stop_event.is_set() and time.monotonic() < deadline:
            time.sleep(0.05)
        if stop_event.is_set():
            raise HandBack
        # Not a stop: the sentinel ends a worker stuck past the task's timeout, as django-q2 does.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)

    signal.signal(signal.SIGTERM, on_term)
    try:
        q_worker(*args)
    except HandBack:
        if _in_hand is not None:
            task_hand_back(task=_in_hand, broker=broker)


def _run_quietly(target, *args) -> None:
    """The pusher and the monitor stop when the sentinel tells them, not on a signal sent to the whole group."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    target(*args)


class Sentinel(q_cluster.Sentinel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, start=False, **kwargs)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the main process tells us through stop_event
        self.start()

    def spawn_process(self, target, *args):
        context = q_cluster.get_mp_context()
        name = f"Process-{uuid.uuid4().hex}"
        if target == q_worker:
            p = context.Process(target=_run_worker, args=(self.stop_event, self.broker, *args), name=name)
            p.daemon = q_cluster.Conf.DAEMONIZE_WORKERS
            p.timer = args[2]
            self.pool.append(p)
        else:
            p = context.Process(target=_run_quietly, args=(target, *args), name=name)
            p.daemon = True
        p.start()
        return p

    def _hand_back_fetched(self) -> None:
        """Tasks the pusher fetched that no worker started go back to the broker (a blocked pusher moves on)."""
        while True:
            try:
                task = self.task_queue.get_nowait()
            except Exception:  # queue.Empty, or its lock held by an idle worker that is about to take the task
                return
            if task != "STOP":
                task_hand_back(task=task, broker=self.broker)

    def stop(self) -> None:
        Stat(self).save()
        deadline = time.monotonic() + stop_seconds()
        logger.info("%s stopping: running tasks have %s s to finish.", self.name, stop_seconds())
        self.event_out.set()
        while self.pusher.is_alive() and time.monotonic() < deadline:
            self._hand_back_fetched()
            time.sleep(0.1)
        if self.pusher.is_alive():
            self.pusher.kill()
        self._hand_back_fetched()
        for _ in self.pool:
            self.task_queue.put("STOP")
        while any(p.is_alive() for p in self.pool) and time.monotonic() < deadline:
            time.sleep(0.1)
        running = [p for p in self.pool if p.is_alive()]
        for p in running:
            p.terminate()  # the worker hands its task back (see _run_worker)
        for p in running:
            p.join(timeout=1.5)
            if p.is_alive():
                p.kill()
        self.pool = []
        self.result_queue.put("STOP")
        self.monitor.join(timeout=2)
        if self.monitor.is_alive():
            self.monitor.kill()
        # Nothing left to read what is still in the pipes: do not wait on them at exit.
        self.task_queue.cancel_join_thread()
        self.result_queue.cancel_join_thread()
        Stat(self).save()


class Cluster(q_cluster.Cluster):
    """The main process: on SIGTERM or SIGINT it tells the sentinel to stop and waits a bounded time."""

    def start(self) -> int:
        self.stop_event = q_cluster.Event()
        self.start_event = q_cluster.Event()
        self.sentinel = q_cluster.get_mp_context().Process(
            target=Sentinel,
            name=f"Process-{uuid.uuid4().hex}",
            args=(self.stop_event, self.start_event, self.cluster_id, self.broker, self.timeout),
        )
        self.sentinel.start()
        logger.info("Q Cluster %s starting.", self.name)
        while self.start_event and not self.start_event.is_set():
            if not self.sentinel.is_alive():
                if self.sentinel.exitcode == 0:
                    break
                raise RuntimeError(f"Q Cluster {self.name} failed to start: sentinel exited {self.sentinel.exitcode}")
            time.sleep(0.1)
        return self.pid

    def stop(self) -> bool:
        if self.sentinel is None or not self.sentinel.is_alive() or self.stop_event is None:
            return False
        if self.stop_event.is_set():
            return False  # a second signal: the first one's stop is under way
        logger.info("Q Cluster %s stopping.", self.name)
        self.stop_event.set()
        self.sentinel.join(timeout=stop_seconds() + 4)
        if self.sentinel.is_alive():
            logger.error("Q Cluster %s did not stop in time: killed.", self.name)
            self.sentinel.kill()
            self.sentinel.join(timeout=1)
        logger.info("Q Cluster %s has stopped.", self.name)
        return True

    def sig_handler(self, signum, frame) -> None:
        if self.stop():
            # Everything is handed back or done: skip tearing down the interpreter (a second or two for this
            # project's modules) so that the stop stays well within a supervisor's 10 seconds.
            logging.shutdown()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
