// The service worker (served at /sw.js by cms.pwa_views, which writes self.PWA above this line).
// Pages: network first, then a stored copy (a downloaded module, a page visited before), then the offline page.
// Static files and images: from the device when stored, else the network. Writes (POST) always go to the network:
// the pages queue them on the device when offline (pwa.js).
"use strict";
var CFG = self.PWA;
var SHELL = "shell-" + CFG.version;
var PAGES = "pages";
var ASSETS = "assets";

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(SHELL)
      .then(function (cache) { return cache.addAll(CFG.precache); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf("shell-") === 0 && n !== SHELL; })
        .map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function skipped(url) {
  return CFG.noCache.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; });
}

function storable(response) {
  // Pages the server marks no-store (sign-in, one-time pages) stay off the device.
  var cc = response.headers.get("Cache-Control") || "";
  return response.ok && response.type === "basic" && cc.indexOf("no-store") === -1;
}

function fromDevice(request) {
  return caches.match(request).then(function (hit) {
    return hit || caches.match(request, { ignoreSearch: true });
  });
}

function navigate(request) {
  return fetch(request).then(function (response) {
    if (storable(response)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return fromDevice(request).then(function (hit) { return hit || caches.match(CFG.offline); });
  });
}

function fetchAndStore(request) {
  return fetch(request).then(function (response) {
    if (storable(response)) {
      var copy = response.clone();
      caches.open(ASSETS).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  });
}

// Images (renditions never change under one URL): the stored copy. Static files: the stored copy at once, and a
// fresh one for next time (in production their names are hashed, so that check is answered by the HTTP cache).
function asset(request, revalidate) {
  return caches.match(request).then(function (hit) {
    if (!hit) { return fetchAndStore(request); }
    if (revalidate) { fetchAndStore(request).catch(function () {}); }
    return hit;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || skipped(url)) { return; }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(asset(request, true));
  } else if (url.pathname.indexOf("/media/") === 0) {
    event.respondWith(asset(request, false));
  }
});
