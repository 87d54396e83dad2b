// The offline layer on every page: registers the service worker, keeps the changes made offline in a queue on
// the device (localStorage) and sends them when the connection returns, shows the connection status, and runs
// "Download for offline" on module pages. Every string shown comes from data-* attributes the templates
// translate. Without this file (or without JavaScript) every page still works online as plain forms.
(function () {
  "use strict";
  var status = document.getElementById("pwa-status");
  if (!status || !window.localStorage || !window.fetch) { return; }
  var T = status.dataset;
  var userId = T.user ? parseInt(T.user, 10) : null;
  var QUEUE_PREFIX = "pwa-queue-";
  var ATTEMPT_PREFIX = "pwa-attempt-";
  var MODULES = "pwa-modules";
  var syncing = false;
  var note = "";

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  }
  if (userId) { localStorage.setItem("pwa-last-user", String(userId)); }
  var queueUser = userId || parseInt(localStorage.getItem("pwa-last-user") || "0", 10) || null;

  function read(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  }
  function write(key, value) { localStorage.setItem(key, JSON.stringify(value)); }
  function queueKey() { return QUEUE_PREFIX + queueUser; }
  function queue() { return queueUser ? read(queueKey(), []) : []; }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function submittedAttempts() {
    var found = [];
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf(ATTEMPT_PREFIX) === 0) {
        var a = read(key, null);
        if (a && a.submitted && a.user === queueUser) { found.push({ key: key, attempt: a }); }
      }
    }
    return found;
  }
  function pending() { return queue().length + submittedAttempts().length; }
  function plural(n) { return (n === 1 ? T.pendingOne : T.pendingOther).replace("%(n)s", n); }
  function csrf() {
    var m = document.cookie.match(/(?:^|; )csrftoken=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  function show() {
    var n = pending();
    var parts = [];
    if (!navigator.onLine) { parts.push(T.offline); }
    if (n) { parts.push(plural(n)); }
    if (note) { parts.push(note); }
    status.hidden = parts.length === 0;
    status.classList.toggle("is-offline", !navigator.onLine);
    status.querySelector(".pwa-status-text").textContent = parts.join(" ");
    var link = status.querySelector(".pwa-signin");
    link.hidden = note !== T.signin;
    document.documentElement.classList.toggle("offline", !navigator.onLine);
    document.querySelectorAll("[data-needs-connection]").forEach(function (el) {
      el.querySelectorAll("button").forEach(function (b) { b.disabled = !navigator.onLine; });
    });
    document.querySelectorAll(".offline-only").forEach(function (el) { el.hidden = navigator.onLine; });
  }

  function enqueue(event) {
    if (!queueUser) { return false; }
    var q = queue();
    event.id = uuid();
    event.at = new Date().toISOString();
    q.push(event);
    write(queueKey(), q);
    show();
    return true;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(), "Accept": "application/json" }
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; });
    });
  }

  function refused(res) {
    // Signed out (401), another account or a stale CSRF cookie (403): keep everything, ask to sign in.
    if (res.status === 401 || (res.status === 403 && res.data.code !== "bad_token")) { note = T.signin; return true; }
    return false;
  }

  function syncProgress() {
    var q = queue();
    if (!q.length) { return Promise.resolve(true); }
    // One queue, one endpoint per kind of change: lesson progress to /learn/sync/ as "events"; a change that names
    // its own endpoint (a peer review: `to` /peer-review/sync/, `field` "reviews", 20 a batch) goes there.
    var to = q[0].to;
    var batch = q.filter(function (e) { return e.to === to; }).slice(0, to ? 20 : 100);
    var body = { user: queueUser };
    body[to ? batch[0].field : "events"] = batch;
    return post(to || T.syncUrl, body).then(function (res) {
      if (refused(res)) { return false; }
      if (res.status !== 200 || !res.data.results) { note = res.data.error || T.failed; return false; }
      var done = {};
      var reasons = [];
      res.data.results.forEach(function (r) {
        done[r.id] = true;
        if (r.status === "rejected" && r.reason) { reasons.push(r.reason); }
      });
      // Re-read: changes queued while this request was on its way stay in the queue.
      write(queueKey(), queue().filter(function (e) { return !done[e.id]; }));
      note = reasons.length ? T.rejected + " " + reasons.join(" ") : T.synced;
      return queue().length ? syncProgress() : true;
    });
  }

  function syncAttempts() {
    return submittedAttempts().reduce(function (chain, item) {
      return chain.then(function (ok) {
        var a = item.attempt;
        var answers = Object.keys(a.answers || {}).map(function (p) {
          return { position: parseInt(p, 10), fields: a.answers[p].fields, at: a.answers[p].at };
        });
        return post(a.submitUrl, { token: a.token, answers: answers }).then(function (res) {
          if (refused(res)) { return false; }
          if (res.status === 200) {
            localStorage.removeItem(item.key);
            note = T.graded;
            var results = document.querySelector("[data-offline-attempt='" + a.uuid + "'] .offline-results");
            if (results && res.data.results_url) { results.href = res.data.results_url; results.hidden = false; }
            return ok;
          }
          a.error = res.data.error || T.failed;
          write(item.key, a);
          note = a.error;
          return false;
        });
      });
    }, Promise.resolve(true));
  }

  function sync() {
    if (syncing || !navigator.onLine || !pending()) { show(); return Promise.resolve(); }
    syncing = true;
    return syncProgress().then(function (ok) { return ok ? syncAttempts() : false; })
      .catch(function () { /* no connection after all: try again when it returns */ })
      .then(function () { syncing = false; show(); document.dispatchEvent(new CustomEvent("pwa:synced")); });
  }

  // Lesson forms (mark complete, "Next", reflection note): with no connection the change is queued instead.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.matches && form.matches("form[action$='/accounts/logout/']")) { forget(); return; }
    if (navigator.onLine || !form.dataset.offline || !queueUser) { return; }
    e.preventDefault();
    var lesson = parseInt(form.dataset.lesson, 10);
    if (form.dataset.offline === "reflection_save") {
      enqueue({ type: "reflection_save", lesson: lesson, block: form.dataset.block, text: form.elements.text.value });
    } else if (form.dataset.offline === "peer_review") {
      // The rubric's levels, the feedback and (without a rubric) the score, as /peer-review/sync/ takes them.
      var data = new FormData(form);
      var levels = {};
      data.forEach(function (v, k) { if (k.indexOf("criterion-") === 0) { levels[k.slice(10)] = v; } });
      enqueue({ type: "peer_review", to: form.dataset.syncUrl, field: "reviews", review: parseInt(form.dataset.review, 10),
        levels: levels, feedback: data.get("feedback") || "", score: data.get("holistic_score") || undefined });
      kept(form);
      return;
    } else {
      enqueue({ type: "lesson_complete", lesson: lesson });
    }
    var said = form.querySelector(".offline-saved") || document.createElement("p");
    said.className = "offline-saved";
    said.setAttribute("role", "status");
    said.textContent = form.dataset.offlineSaved;
    form.appendChild(said);
    if (form.dataset.nextUrl) { window.location.href = form.dataset.nextUrl; }
  });

  function kept(form) {
    var said = document.createElement("p");
    said.className = "offline-saved";
    said.setAttribute("role", "status");
    said.textContent = form.dataset.offlineSaved;
    form.replaceWith(said);
  }

  // A lesson or a peer review opened again offline shows what is already waiting to sync for it.
  queue().forEach(function (e) {
    var sel = e.type === "lesson_complete" ? "form[data-offline='lesson_complete'][data-lesson='" + e.lesson + "']:not([data-next-url])"
      : e.type === "peer_review" ? "form[data-offline='peer_review'][data-review='" + e.review + "']" : null;
    if (sel) { document.querySelectorAll(sel).forEach(kept); }
  });

  // Signing out on a shared phone: the pages and downloads of this account leave the device (the queue stays,
  // tied to the account, and is sent when it signs in again).
  function forget() {
    localStorage.removeItem(MODULES);
    localStorage.removeItem("pwa-reviews");
    if (window.caches) {
      caches.keys().then(function (names) {
        names.forEach(function (n) { if (n === "pages" || n.indexOf("module-") === 0) { caches.delete(n); } });
      });
    }
  }

  window.ictcftPwa = { sync: sync, show: show, pending: pending, read: read, write: write, queueUser: queueUser };
  window.addEventListener("online", sync);
  window.addEventListener("offline", show);
  show();
  sync();
})();
