/* Youth Voice offline helper, version @VERSION@ (design note 0020).
   Survey pages come from the network as always. Only when there is no signal does it answer instead, with the
   survey's offline page that the page's script kept on the phone once the young person started; the script then
   shows the questions from it and keeps the answers on the phone until the signal is back. It keeps nothing itself. */
'use strict';
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.mode !== 'navigate') { return; }
  var m = /^(.*\/s\/)([^\/?#]+)/.exec(new URL(request.url).pathname);
  if (!m) { return; }
  event.respondWith(fetch(request).catch(function () {
    return caches.open('yv-' + decodeURIComponent(m[2]))
      .then(function (cache) { return cache.match(m[1] + m[2] + '/offline'); })
      .then(function (page) { return page || Response.error(); });
  }));
});
