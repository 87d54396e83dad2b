// An untimed attempt taken offline: every answer is kept on the device (localStorage) as it changes; "Submit"
// queues the whole attempt with its token, and pwa.js sends it (now, or when the connection returns).
(function () {
  "use strict";
  var root = document.querySelector("[data-offline-attempt]");
  var pwa = window.ictcftPwa;
  if (!root || !pwa || !pwa.queueUser) { return; }
  var key = "pwa-attempt-" + root.dataset.offlineAttempt;
  var status = root.querySelector(".offline-attempt-status");
  var submit = root.querySelector(".offline-submit");
  var forms = root.querySelectorAll("form.offline-q");
  var state = pwa.read(key, null) || {
    uuid: root.dataset.offlineAttempt, token: root.dataset.token, submitUrl: root.dataset.submitUrl,
    user: pwa.queueUser, answers: {}, submitted: false
  };

  function fieldsOf(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "csrfmiddlewaretoken" || typeof value !== "string") { return; }
      (fields[name] = fields[name] || []).push(value);
    });
    return fields;
  }
  function restore(form, fields) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in fields)) { return; }
      var values = fields[el.name];
      if (el.type === "radio" || el.type === "checkbox") { el.checked = values.indexOf(el.value) !== -1; }
      else { el.value = values[0] || ""; }
    });
  }
  function save() { pwa.write(key, state); }
  function lock() {
    forms.forEach(function (f) { f.querySelector("fieldset").disabled = true; });
    submit.hidden = true;
    status.textContent = state.error || root.dataset.queued;
  }

  forms.forEach(function (form) {
    var position = form.dataset.position;
    if (state.answers[position]) { restore(form, state.answers[position].fields); }
    var keep = function () {
      if (state.submitted) { return; }
      state.answers[position] = { fields: fieldsOf(form), at: new Date().toISOString() };
      save();
      status.textContent = root.dataset.kept;
    };
    form.addEventListener("change", keep);
    form.addEventListener("input", keep);
    form.addEventListener("submit", function (e) { e.preventDefault(); keep(); });
  });
  submit.addEventListener("click", function () {
    forms.forEach(function (form) {
      var p = form.dataset.position;
      if (!state.answers[p]) { state.answers[p] = { fields: fieldsOf(form), at: new Date().toISOString() }; }
    });
    state.submitted = true;
    save();
    lock();
    pwa.sync();
  });
  submit.hidden = false;
  if (state.submitted) { lock(); }
  // Keep this page on the device even if it was opened only once, online.
  if (window.caches) { caches.open("pages").then(function (c) { return c.add(window.location.href); }).catch(function () {}); }
  document.addEventListener("pwa:synced", function () {
    if (!localStorage.getItem(key) && state.submitted) {
      status.textContent = document.getElementById("pwa-status").dataset.graded;
      root.querySelector(".offline-results").hidden = false;
    } else if (pwa.read(key, {}).error) {
      status.textContent = pwa.read(key, {}).error;
    }
  });
})();
