// "Download for offline" on a module page, and the list of downloads on the offline page.
// The module's list of URLs and its size come from /learn/modules/<id>/offline.json (computed by the server);
// the files go into the Cache Storage cache "module-<id>", which the service worker answers from offline.
(function () {
  "use strict";
  var MODULES = "pwa-modules";
  function read() { try { return JSON.parse(localStorage.getItem(MODULES)) || {}; } catch (e) { return {}; } }
  function write(v) { localStorage.setItem(MODULES, JSON.stringify(v)); }
  // The unit as the page's language writes it ("120 ko", "120 ك.ب"): the module page gives it translated.
  var KB = (document.querySelector("[data-kilobytes]") || { dataset: {} }).dataset.kilobytes || "%(kb)s kB";
  function kb(bytes) { return fill(KB, { kb: String(Math.max(1, Math.round(bytes / 1024))) }); }
  function fill(template, values) {
    return Object.keys(values).reduce(function (s, k) { return s.split("%(" + k + ")s").join(values[k]); }, template);
  }

  var box = document.querySelector("[data-offline-module]");
  if (box && window.caches && "serviceWorker" in navigator) {
    var T = box.dataset;
    var id = T.offlineModule;
    var button = box.querySelector(".offline-download-button");
    var remove = box.querySelector(".offline-remove-button");
    var text = box.querySelector(".offline-download-state");
    var manifest = null;

    var render = function () {
      var saved = read()[id];
      if (saved) {
        text.textContent = fill(T.downloaded, { lessons: saved.lessons, size: kb(saved.bytes),
          date: new Date(saved.at).toLocaleDateString(document.documentElement.lang) });
        remove.hidden = false;
        button.hidden = !(manifest && manifest.version !== saved.version);
        button.textContent = manifest ? fill(T.update, { size: kb(manifest.transfer_bytes) }) : "";
      } else {
        text.textContent = manifest ? fill(T.size, { size: kb(manifest.transfer_bytes), stored: kb(manifest.bytes) }) : "";
        remove.hidden = true;
        button.hidden = !manifest;
        if (manifest) { button.textContent = fill(T.download, { size: kb(manifest.transfer_bytes) }); }
      }
    };

    var download = function () {
      button.disabled = true;
      var urls = manifest.urls.concat([manifest.offline_page]);
      var done = 0;
      caches.delete("module-" + id).then(function () { return caches.open("module-" + id); }).then(function (cache) {
        // One at a time: on 2G parallel requests only compete for the same thin link.
        return urls.reduce(function (chain, url) {
          return chain.then(function () {
            return fetch(url, { credentials: "same-origin" }).then(function (r) {
              if (!r.ok) { throw new Error(url); }
              done += 1;
              text.textContent = fill(T.progress, { done: done, total: urls.length });
              return cache.put(url, r);
            });
          });
        }, Promise.resolve());
      }).then(function () {
        var all = read();
        all[id] = { title: manifest.title, url: manifest.url, lessons: manifest.lessons.length,
          bytes: manifest.bytes, version: manifest.version, at: new Date().toISOString() };
        write(all);
        render();
      }).catch(function () {
        caches.delete("module-" + id);
        text.textContent = T.failed;
      }).then(function () { button.disabled = false; });
    };

    button.addEventListener("click", download);
    remove.addEventListener("click", function () {
      caches.delete("module-" + id).then(function () {
        var all = read();
        delete all[id];
        write(all);
        render();
      });
    });
    box.hidden = false;
    render();
    fetch(T.manifest, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (m) { manifest = m; render(); }).catch(function () { render(); });
  }

  var list = document.querySelector("[data-offline-downloads]");
  if (list) {
    var all = read();
    Object.keys(all).forEach(function (key) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = all[key].url;
      a.textContent = all[key].title;
      li.appendChild(a);
      list.appendChild(li);
    });
    var empty = document.querySelector(".offline-none");
    if (empty) { empty.hidden = list.children.length > 0; }
  }
})();
