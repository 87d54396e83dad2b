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
    var save = function () {
      seqInput.value = String(parseInt(seqInput.value, 10) + 1);
      var data = new FormData(form);
      data.delete("file");
      fetch(form.dataset.autosave, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; }); })
        .then(function (res) {
          if (status) { status.textContent = res.ok ? form.dataset.savedText || "✓" : (res.body.error || ""); }
          if (res.status === 409) { window.location.reload(); }
        })
        .catch(function () { if (status) { status.textContent = form.dataset.offlineText || "…"; } });
    };
    var schedule = function () { clearTimeout(pending); pending = setTimeout(save, 600); };
    form.addEventListener("change", schedule);
    form.addEventListener("input", schedule);
    // The plain form submit must outrank any autosave already sent for this page.
    form.addEventListener("submit", function () {
      clearTimeout(pending);
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
