// Peer reviews for offline use (ADR 0197). On a peer-review page opened online, the reviews the teacher owes
// (/peer-review/download/) are kept on the device: their list in localStorage, each review's own page in the
// "pages" cache the service worker answers from with no connection. A review written offline is queued by pwa.js
// and sent to /peer-review/sync/ like lesson progress. Without this file the pages work online as plain forms.
(function () {
  "use strict";
  var box = document.querySelector("[data-offline-reviews]");
  var pwa = window.ictcftPwa;
  if (!box || !pwa || !pwa.queueUser) { return; }
  var KEY = "pwa-reviews";
  var list = box.querySelector("ul");

  function render(data) {
    if (!data || data.user !== pwa.queueUser) { return; }
    list.textContent = "";
    data.reviews.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = r.url;
      a.textContent = r.label;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = !data.reviews.length;
  }

  render(pwa.read(KEY, null));
  if (!navigator.onLine || !window.caches) { return; }
  fetch(box.dataset.offlineReviews, { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data) { return; }
      return caches.open("pages").then(function (cache) {
        // One at a time: on 2G parallel requests only compete for the same thin link.
        return data.reviews.reduce(function (chain, r) {
          return chain.then(function () { return cache.add(r.url); });
        }, Promise.resolve());
      }).then(function () {
        pwa.write(KEY, data);
        render(data);
        box.dataset.stored = "true";
      });
    }).catch(function () { /* kept as it was: the next visit online tries again */ });
})();
