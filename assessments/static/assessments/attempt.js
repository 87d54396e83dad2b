// Progressive enhancement for the attempt page: autosave each change and show a live timer.
// Without this file the page works as plain forms ("Save & next", "Submit").
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  var status = document.querySelector(".autosave-status");
  var timer = document.querySelector(".attempt-timer");
  if (form && window.fetch && window.FormData) {
    var seqInput = form.querySelector("input[name=seq]");
    var pending = null;
    var latest = null; // the newest save: it carries the whole answer, so an older one that failed need not be sent
    var retry = null;
    var tries = 0;
    var send = function (data) {
      fetch(form.dataset.autosave, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) {
          // A lost connection, a server error or a page that is not our JSON: the save did not land, send it again.
          if (r.status >= 500) { throw new Error(String(r.status)); }
          return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
        })
        .then(function (res) {
          if (data !== latest) { return; }
          tries = 0;
          retry = null;
          if (status) { status.textContent = res.ok ? form.dataset.savedText || "✓" : (res.body.error || ""); }
          if (res.status === 409) { window.location.reload(); }
        })
        .catch(function () {
          if (data !== latest) { return; }
          if (status) { status.textContent = form.dataset.offlineText || "…"; }
          // The same save again (its sequence number makes a repeat harmless): soon, then less often, and at once
          // when the connection returns. Nothing typed is lost while the page stays open.
          clearTimeout(retry);
          retry = setTimeout(function () { send(data); }, Math.min(30000, 1000 * Math.pow(2, tries)));
          tries += 1;
        });
    };
    var save = function () {
      seqInput.value = String(parseInt(seqInput.value, 10) + 1);
      var data = new FormData(form);
      data.delete("file");
      latest = data;
      clearTimeout(retry);
      retry = null;
      send(data);
    };
    window.addEventListener("online", function () {
      if (retry !== null && latest) { clearTimeout(retry); send(latest); }
    });
    var schedule = function () { clearTimeout(pending); pending = setTimeout(save, 600); };
    form.addEventListener("change", schedule);
    form.addEventListener("input", schedule);
    // The plain form submit must outrank any autosave already sent for this page.
    form.addEventListener("submit", function () {
      clearTimeout(pending);
      clearTimeout(retry);
      latest = null;
      seqInput.value = String(parseInt(seqInput.value, 10) + 1);
    });
  }
  if (timer) {
    var left = parseInt(timer.dataset.remaining, 10);
    var counting = left > 0;
    var value = timer.querySelector(".attempt-timer-value");
    var tick = function () {
      if (left <= 0) {
        value.textContent = "0:00";
        // The server closes the attempt after its grace period; reloading shows the outcome.
        if (counting) { setTimeout(function () { window.location.reload(); }, 3000); }
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      value.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      left -= 1;
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
