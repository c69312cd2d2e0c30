/* Youth Voice: makes young people's pages a little better where script runs. Every page works without it.
   Read aloud; a count of the letters left; each answer saved the moment it is chosen; each page in one round trip
   (the form is posted by the script and the next page shown in place); and a survey that keeps working with no
   signal (design note 0020). When the server answers 503 (its database is restarting, note 0031) the answer is kept
   the same way and sent again by itself. This file is inlined into every page: no separate request before Start
   works. */
(function () {
  'use strict';
  var SCRIPT_HEADER = 'X-Young-Script';
  var URL_HEADER = 'X-Young-Url';
  var canSwap = !!(window.fetch && window.FormData && window.DOMParser && window.URLSearchParams && history.pushState);
  var canKeep = canSwap && 'indexedDB' in window && 'caches' in window && 'serviceWorker' in navigator
    && window.isSecureContext !== false;
  var busy = false;
  var waiting = null;
  var mode = null;
  /* Surveys whose offline page this page is keeping (or has kept) for no signal. */
  var packing = {};
  /* The server said it could not save just now (503): kept answers go again by themselves after a wait. */
  var serverBusy = false;
  var retryTimer = null;
  var RETRY_SECONDS = 15;

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }
  function esc(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
  }
  function slugOf(path) {
    var m = /\/s\/([^\/?#]+)/.exec(path || location.pathname);
    return m && m[1] !== 'offline.js' ? decodeURIComponent(m[1]) : null;
  }
  function base() {
    var i = location.pathname.indexOf('/s/');
    return i >= 0 ? location.pathname.substring(0, i) : '';
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).substring(1); }).join('');
  }

  /* The phone's own copy of an unfinished survey: one record per survey, gone once the answers are sent. */
  function open() {
    return new Promise(function (ok, no) {
      var r = indexedDB.open('youth-voice', 1);
      r.onupgradeneeded = function () { r.result.createObjectStore('surveys'); };
      r.onsuccess = function () { ok(r.result); };
      r.onerror = function () { no(r.error); };
    });
  }
  function store(how, slug, value) {
    return open().then(function (db) {
      return new Promise(function (ok, no) {
        var t = db.transaction('surveys', how === 'get' ? 'readonly' : 'readwrite');
        var s = t.objectStore('surveys');
        var q = how === 'get' ? s.get(slug) : how === 'put' ? s.put(value, slug) : s['delete'](slug);
        t.oncomplete = function () { db.close(); ok(q.result); };
        t.onerror = function () { db.close(); no(t.error); };
      });
    });
  }
  function record(slug) {
    if (!canKeep) { return Promise.resolve(null); }
    return store('get', slug).then(function (r) { return r || { answers: {}, pending: false }; });
  }
  function forget(slug) {
    if (!canKeep || !slug) { return Promise.resolve(); }
    try { sessionStorage.removeItem('yv-here-' + slug); } catch (e) { /* private mode */ }
    return Promise.all([store('delete', slug), caches['delete']('yv-' + slug)]).catch(function () {});
  }
  function fieldsOf(data) {
    var out = [];
    data.forEach(function (value, name) {
      if (name !== 'action' && name !== '_csrf' && typeof value === 'string' && value.trim() !== '') {
        out.push([name, value]);
      }
    });
    return out;
  }
  /* Keeps an answer on the phone too (not on shared phones: their forms have no data-offline). */
  function remember(form, data, pending) {
    var slug = form.getAttribute('data-survey');
    if (!canKeep || !slug || !form.hasAttribute('data-offline')) { return Promise.resolve(); }
    return record(slug).then(function (r) {
      r.answers[form.getAttribute('data-key')] = fieldsOf(data);
      r.at = form.getAttribute('data-key');
      if (pending) { r.pending = true; r.id = r.id || newId(); }
      return store('put', slug, r);
    }).catch(function () {});
  }

  /* Read aloud, with the phone's own voice: nothing is sent anywhere. */
  function readAloud(button) {
    var words = [];
    all(button.getAttribute('data-read')).forEach(function (el) {
      var text = (el.innerText || el.textContent || '').trim();
      if (text) { words.push(text); }
    });
    window.speechSynthesis.cancel();
    var say = new SpeechSynthesisUtterance(words.join('. '));
    say.lang = document.documentElement.lang || 'en';
    say.rate = 0.9;
    window.speechSynthesis.speak(say);
  }
  /* How many characters are left, as they type (the server checks too, and never cuts text). */
  function count(area) {
    var out = document.getElementById(area.id + '-count');
    if (!out) { return; }
    var left = parseInt(area.getAttribute('data-max'), 10) - Array.from(area.value).length;
    out.textContent = (left >= 0 ? out.getAttribute('data-left') : out.getAttribute('data-over'))
      .replace('{0}', String(Math.abs(left)));
    out.classList.toggle('error', left < 0);
  }

  /* The banner says why the answer waits: no signal, or the server could not save just now. */
  function bannerWords(banner) {
    var words = banner.getAttribute(serverBusy ? 'data-server-busy' : 'data-no-signal');
    if (words) { banner.textContent = words; }
  }
  /* Tries again as if the signal had come back, once, after the wait the server asked for. */
  function retrySoon(response) {
    serverBusy = true;
    if (retryTimer) { return; }
    var after = parseInt(response && response.headers ? response.headers.get('Retry-After') : '', 10);
    retryTimer = setTimeout(function () {
      retryTimer = null;
      window.dispatchEvent(new Event('online'));
    }, 1000 * (after > 0 && after < 300 ? after : RETRY_SECONDS));
  }

  /* What each new page needs: read-aloud buttons, counts, and the survey kept for no signal. */
  function enhance() {
    if ('speechSynthesis' in window) {
      all('[data-read]').forEach(function (b) { b.hidden = false; });
    }
    all('textarea[data-max]').forEach(count);
    var form = document.querySelector('form[data-offline]');
    if (form && canKeep && !mode && navigator.onLine !== false) {
      var slug = form.getAttribute('data-survey');
      var offlineUrl = form.getAttribute('data-offline');
      navigator.serviceWorker.register(base() + '/s/offline.js', { scope: base() + '/s/' }).catch(function () {});
      var flag = 'yv-pack-' + slug;
      /* Kept once a visit (so a changed survey is fetched again), and again whenever it is not on the phone: a page
         left or reloaded while the offline page was on its way never finished keeping it. */
      if (!packing[slug]) {
        packing[slug] = true;
        caches.open('yv-' + slug).then(function (c) {
          return c.match(offlineUrl).then(function (kept) {
            var fresh = false;
            try { fresh = !!sessionStorage.getItem(flag); } catch (x) { /* private mode */ }
            if (kept && fresh) { return; }
            /* A moment later, so that on a slow network it does not hold up the first answer. */
            setTimeout(function () {
              c.add(offlineUrl).then(function () {
                try { sessionStorage.setItem(flag, '1'); } catch (x) { /* private mode */ }
              }).catch(function () { packing[slug] = false; });
            }, 1500);
          });
        }).catch(function () { packing[slug] = false; /* private mode: no offline page */ });
      }
    }
    var banner = document.getElementById('offline');
    if (banner) {
      bannerWords(banner);
      banner.hidden = navigator.onLine !== false && !waiting && !mode;
    }
  }

  /* Shows a page the server sent in place of this one, with its address in the address bar. */
  function show(html, url) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.documentElement.lang = doc.documentElement.lang || 'en';
    document.body.className = doc.body.className;
    document.body.innerHTML = doc.body.innerHTML;
    if (url && url !== location.href) { history.pushState(null, '', url); }
    settle();
  }
  /* While a page is on its way the document says so (tests wait for it; so could a screen reader's user). */
  function working(on) {
    if (on) { document.documentElement.setAttribute('aria-busy', 'true'); } else {
      document.documentElement.removeAttribute('aria-busy');
    }
  }
  function settle() {
    working(false);
    window.scrollTo(0, 0);
    enhance();
    var target = document.querySelector('main .error-summary') || document.querySelector('main h1');
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }

  function post(form, data, action) {
    var slug = form.getAttribute('data-survey') || slugOf(form.getAttribute('action'));
    busy = true;
    working(true);
    if (/\/new$/.test(form.getAttribute('action'))) { forget(slug); }
    remember(form, data, false).then(function () {
      return fetch(form.getAttribute('action'), {
        method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin',
        headers: (function () { var h = {}; h[SCRIPT_HEADER] = '1'; return h; })()
      });
    }).then(function (r) {
      if (r.status === 503) {
        /* The server could not save just now: keep the answer as with no signal, and send it again soon. */
        busy = false;
        retrySoon(r);
        noSignal(form, data, action);
        return null;
      }
      serverBusy = false;
      return r.text().then(function (html) {
        busy = false;
        var url = r.headers.get(URL_HEADER) || r.url;
        if (r.ok && /\/thanks/.test(url)) { forget(slug); }
        show(html, url);
      });
    }, function () {
      busy = false;
      working(false);
      noSignal(form, data, action);
    });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!canSwap || !form.hasAttribute || !form.hasAttribute('data-swap') || e.defaultPrevented) { return; }
    e.preventDefault();
    if (busy) { return; }
    var data = new FormData(form);
    var button = e.submitter;
    if (button && button.name) { data.append(button.name, button.value); }
    var action = String(data.get('action') || '');
    if (mode && form.hasAttribute('data-key')) {
      working(true);
      step(form.getAttribute('data-key'), fieldsOf(data), action);
    } else if (navigator.onLine === false) {
      noSignal(form, data, action);
    } else {
      post(form, data, action);
    }
  });

  /* Each answer is saved the moment it is chosen (and text while they pause), so a phone put down loses nothing. */
  var timer = null;
  function keep(form) {
    var data = new FormData(form);
    data.set('action', 'keep');
    if (mode) {
      remember(form, data, true);
      return;
    }
    remember(form, data, false);
    fetch(form.getAttribute('data-keep'), { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 503) { remember(form, data, true); retrySoon(r); }
      }, function () { remember(form, data, true); });
  }
  document.addEventListener('change', function (e) {
    var form = e.target.form;
    if (!form || !form.hasAttribute('data-keep') || e.target.tagName === 'TEXTAREA') { return; }
    clearTimeout(timer);
    keep(form);
  });
  document.addEventListener('input', function (e) {
    if (e.target.tagName !== 'TEXTAREA') { return; }
    if (e.target.hasAttribute('data-max')) { count(e.target); }
    var form = e.target.form;
    if (form && form.hasAttribute('data-keep')) {
      clearTimeout(timer);
      timer = setTimeout(function () { keep(form); }, 1500);
    }
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-read]');
    if (button && 'speechSynthesis' in window) { readAloud(button); }
    var carry = e.target.closest && e.target.closest('[data-carry-on]');
    if (carry && mode) {
      try { sessionStorage.setItem('yv-here-' + mode.slug, '1'); } catch (x) { /* private mode */ }
      record(mode.slug).then(resume);
    }
  });
  window.addEventListener('popstate', function () { location.reload(); });

  /* No signal. With the survey's offline page on the phone, carry on from it; otherwise wait and send again. */
  function noSignal(form, data, action) {
    var slug = form.getAttribute('data-survey');
    var offlineUrl = form.getAttribute('data-offline');
    var wait = function () {
      working(false);
      waiting = { form: form, data: data, action: action };
      var banner = document.getElementById('offline');
      if (banner) { bannerWords(banner); banner.hidden = false; banner.scrollIntoView(); }
    };
    if (!canKeep || !offlineUrl || !form.hasAttribute('data-key')) { wait(); return; }
    caches.open('yv-' + slug).then(function (c) { return c.match(offlineUrl); }).then(function (r) {
      if (!r) { wait(); return; }
      return r.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        document.body.innerHTML = doc.body.innerHTML;
        try { sessionStorage.setItem('yv-here-' + slug, '1'); } catch (x) { /* private mode */ }
        return enter().then(function () { step(form.getAttribute('data-key'), fieldsOf(data), action); });
      });
    }).catch(wait);
  }

  /* The offline page is showing: take its questions out of the page and show the one the young person is on. */
  function enter() {
    var root = document.getElementById('offline-survey');
    var main = document.getElementById('main');
    var box = document.createElement('div');
    all('template', main).forEach(function (t) { box.appendChild(t); });
    mode = {
      slug: root.getAttribute('data-slug'), box: box, words: root.dataset,
      order: all('template[data-q]', box).map(function (t) { return t.getAttribute('data-q'); })
    };
    var csrf = box.querySelector('template[data-q]');
    mode.csrf = csrf ? (csrf.content.querySelector('input[name="_csrf"]') || {}).value : null;
    return record(mode.slug).then(function (r) {
      var earlier = JSON.parse(root.getAttribute('data-answers') || '{}');
      Object.keys(earlier).forEach(function (k) { if (!(k in r.answers)) { r.answers[k] = earlier[k]; } });
      return store('put', mode.slug, r).then(function () { return r; });
    });
  }

  /* Where this young person got to: the question they were on, or "saved on this phone" once they pressed Send. */
  function resume(r) {
    if (r.send) { page('waiting'); } else { render(r.at || mode.order[0], r); }
  }

  function asked(answers) {
    return all('template[data-q]', mode.box).filter(function (t) {
      var q = t.getAttribute('data-if-q');
      if (!q) { return true; }
      var allowed = (t.getAttribute('data-if-o') || '').split(' ');
      return (answers[q] || []).some(function (f) { return f[0] === 'choice' && allowed.indexOf(f[1]) >= 0; });
    }).map(function (t) { return t.getAttribute('data-q'); });
  }

  /* One step with no signal: the answer stays on the phone, and the next question comes from the offline page. */
  function step(key, fields, action) {
    record(mode.slug).then(function (r) {
      r.answers[key] = fields;
      r.pending = true;
      r.id = r.id || newId();
      var order = asked(r.answers);
      var i = Math.max(0, order.indexOf(key));
      var moving = action === 'next' || action === 'send';
      var optional = mode.box.querySelector('template[data-q="' + esc(key) + '"]').hasAttribute('data-optional');
      var then;
      if (moving && !fields.length && !optional) {
        then = function () { render(key, r, mode.words.answerFirst); };
      } else if (action === 'back') {
        r.at = order[Math.max(0, i - 1)];
        then = function () { render(r.at, r); };
      } else if (action === 'later') {
        r.at = key;
        then = function () { page('later'); };
      } else if (action === 'send' || (action === 'next' && i >= order.length - 1)) {
        r.at = key;
        r.send = true;
        then = function () { page('waiting'); };
      } else {
        r.at = order[i + 1];
        then = function () { render(r.at, r); };
      }
      return store('put', mode.slug, r).then(then);
    });
  }

  function clear() {
    var main = document.getElementById('main');
    all('#main > :not(#offline)').forEach(function (el) { main.removeChild(el); });
    var banner = document.getElementById('offline');
    if (banner) { bannerWords(banner); banner.hidden = false; }
    return main;
  }

  function render(key, r, error) {
    var template = mode.box.querySelector('template[data-q="' + esc(key) + '"]') ||
      mode.box.querySelector('template[data-q]');
    var main = clear();
    main.appendChild(template.content.cloneNode(true));
    var order = asked(r.answers);
    var n = order.indexOf(template.getAttribute('data-q'));
    var progress = main.querySelector('.progress');
    if (progress) { progress.textContent = mode.words.progress.replace('{0}', n + 1).replace('{1}', order.length); }
    var bar = main.querySelector('.bar span');
    if (bar) { bar.style.width = Math.round(100 * (n + 1) / order.length) + '%'; }
    var form = main.querySelector('form[data-key]');
    (r.answers[key] || []).forEach(function (f) {
      all('[name="' + esc(f[0]) + '"]', form).forEach(function (el) {
        if (el.type === 'radio' || el.type === 'checkbox') {
          if (el.value === f[1]) { el.checked = true; }
        } else {
          el.value = f[1];
        }
      });
    });
    var last = n >= order.length - 1;
    var go = form.querySelector('button[value="next"], button[value="send"]');
    if (go) {
      go.value = last ? 'send' : 'next';
      go.textContent = last ? mode.words.send : mode.words.next;
    }
    if (error) {
      var summary = document.createElement('div');
      summary.className = 'error-summary';
      summary.setAttribute('role', 'alert');
      var h = document.createElement('h2');
      h.textContent = mode.words.errorSummary;
      var p = document.createElement('p');
      p.textContent = error;
      summary.appendChild(h);
      summary.appendChild(p);
      main.insertBefore(summary, form);
    }
    var heading = main.querySelector('h1');
    if (heading) { document.title = heading.textContent; }
    settle();
  }

  function page(name) {
    var main = clear();
    main.appendChild(mode.box.querySelector('template[data-page="' + name + '"]').content.cloneNode(true));
    settle();
  }

  /* Signal again: everything kept on the phone goes in one sending, under the phone's id (sent twice, stored once).
     Gives what happened ({status, url, sent}), or null when there was nothing to send. */
  function deliver(slug, token, again) {
    return record(slug).then(function (r) {
      if (!r || !r.pending) { return null; }
      var before = JSON.stringify([r.answers, r.at, !!r.send]);
      var body = new URLSearchParams();
      body.append('_csrf', token || '');
      body.append('id', r.id);
      body.append('at', r.at || '');
      if (r.send) { body.append('send', 'true'); }
      Object.keys(r.answers).forEach(function (k) {
        body.append('a.' + k, '');
        r.answers[k].forEach(function (f) { body.append('a.' + k + '.' + f[0], f[1]); });
      });
      var h = {};
      h[SCRIPT_HEADER] = '1';
      var where = base() + '/s/' + encodeURIComponent(slug);
      return fetch(where + '/deliver', { method: 'POST', body: body, credentials: 'same-origin', headers: h })
        .then(function (res) {
          if (res.status === 403 && !again) {
            /* The form token was from before the browser closed: fetch a new one with the offline page. */
            return fetch(where + '/offline', { credentials: 'same-origin' })
              .then(function (p) { return p.text(); })
              .then(function (html) {
                var input = new DOMParser().parseFromString(html, 'text/html').querySelector('input[name="_csrf"]');
                return input ? deliver(slug, input.value, true) : null;
              });
          }
          if (res.status === 503) { retrySoon(res); }
          if (!(res.ok || res.status === 409 || res.status === 410)) { throw new Error('not delivered'); }
          serverBusy = false;
          var done = { status: res.status, url: res.headers.get(URL_HEADER), sent: res.ok && !!r.send };
          if (done.sent || res.status === 410) {
            return forget(slug).then(function () { return done; });
          }
          return record(slug).then(function (now) {
            if (JSON.stringify([now.answers, now.at, !!now.send]) !== before) {
              return deliver(slug, token, again); /* more was answered while it went */
            }
            now.pending = false;
            return store('put', slug, now).then(function () { return done; });
          });
        });
    });
  }
  /* Whether this tab is the one the young person answered in (another tab on the phone may be another child). */
  function here(slug) {
    try { return !!sessionStorage.getItem('yv-here-' + slug); } catch (x) { return false; }
  }
  function csrfHere() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : (mode && mode.csrf) || '';
  }

  /* Answers kept on the phone (an autosave that did not get through) go when there is a way through again. */
  function sendKept() {
    var slug = slugOf();
    if (!canKeep || !slug || navigator.onLine === false || mode) { return; }
    record(slug).then(function (r) {
      if (r && r.pending) {
        return deliver(slug, csrfHere()).then(function (done) {
          if (done && done.sent) { location.replace(done.url); } else if (done) { location.reload(); }
        });
      }
      return null;
    }).catch(function () {});
  }

  window.addEventListener('online', function () {
    if (mode) {
      /* Everything goes, and the young person carries on where they are, now with signal. */
      working(true);
      var form = document.querySelector('form[data-key]');
      (form ? remember(form, new FormData(form), true) : Promise.resolve()).then(function () {
        return deliver(mode.slug, mode.csrf);
      }).then(function (done) {
        if (done && done.url && (done.sent || done.status !== 200)) {
          location.replace(done.url);
          return;
        }
        if (!here(mode.slug)) {
          /* Another child's phone: the survey's first page asks "carry on or start new". */
          location.replace(base() + '/s/' + encodeURIComponent(mode.slug));
          return;
        }
        mode = null;
        working(false);
        enhance();
      }, function () {
        working(false);
        /* Still no way through: try at the next "online", or after a wait if the server itself was busy. */
        if (serverBusy) { retrySoon(); }
      });
    } else if (waiting) {
      var again = waiting;
      waiting = null;
      post(again.form, again.data, again.action);
    } else {
      sendKept();
      enhance();
    }
  });
  window.addEventListener('offline', enhance);

  /* A page opens: the offline page (served by the helper with no signal), or any survey page with answers to send. */
  var pack = document.getElementById('offline-survey');
  if (pack && canKeep) {
    enter().then(function (r) {
      var hereNow = here(mode.slug);
      if (navigator.onLine !== false) {
        /* Signal after all: send what is kept, then carry on from the server. Another child on this phone gets the
           survey's first page, which asks "carry on or start new" and shows nothing of the answers. */
        return deliver(mode.slug, mode.csrf).then(function (done) {
          var first = base() + '/s/' + encodeURIComponent(mode.slug);
          location.replace(hereNow ? (done && done.url) || first + '/next' : first);
        });
      }
      if (!Object.keys(r.answers).length && !r.at) { return null; }
      if (hereNow) { resume(r); } else { page('choose'); }
      return null;
    }).catch(function () {});
  } else {
    sendKept();
  }
  enhance();
})();
