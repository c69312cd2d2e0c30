/* Youth Voice: makes young people's pages a little better where script runs. Every page works without it. */
(function () {
  'use strict';
  var speech = 'speechSynthesis' in window;
  // Read aloud, with the phone's own voice: nothing is sent anywhere.
  document.querySelectorAll('[data-read]').forEach(function (button) {
    if (!speech) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var words = [];
      document.querySelectorAll(button.getAttribute('data-read')).forEach(function (el) {
        var text = (el.innerText || el.textContent || '').trim();
        if (text) { words.push(text); }
      });
      window.speechSynthesis.cancel();
      var say = new SpeechSynthesisUtterance(words.join('. '));
      say.lang = document.documentElement.lang || 'en';
      say.rate = 0.9;
      window.speechSynthesis.speak(say);
    });
  });
  // How many characters are left, as they type (the server checks too, and never cuts text).
  document.querySelectorAll('textarea[data-max]').forEach(function (area) {
    var out = document.getElementById(area.id + '-count');
    if (!out) { return; }
    var most = parseInt(area.getAttribute('data-max'), 10);
    var update = function () {
      var left = most - Array.from(area.value).length;
      out.textContent = (left >= 0 ? out.getAttribute('data-left') : out.getAttribute('data-over'))
        .replace('{0}', String(Math.abs(left)));
      out.classList.toggle('error', left < 0);
    };
    area.addEventListener('input', update);
    update();
  });
  // Each answer is saved the moment it is chosen (and text while they pause), so a phone put down loses nothing.
  var form = document.querySelector('form[data-keep]');
  if (form && window.fetch && window.FormData) {
    var timer = null;
    var keep = function () {
      var data = new FormData(form);
      data.set('action', 'keep');
      fetch(form.getAttribute('data-keep'), { method: 'POST', body: data, credentials: 'same-origin' })
        .catch(function () { /* Next saves it again */ });
    };
    form.addEventListener('change', function (e) {
      if (e.target && e.target.tagName === 'TEXTAREA') { return; }
      clearTimeout(timer);
      keep();
    });
    form.addEventListener('input', function (e) {
      if (e.target && e.target.tagName === 'TEXTAREA') {
        clearTimeout(timer);
        timer = setTimeout(keep, 1500);
      }
    });
  }
  // Offline: say so plainly. An answer sent with no signal stays on the phone (and on the screen) and goes as soon
  // as the signal is back; sending the same answer twice stores it once.
  var banner = document.getElementById('offline');
  if (banner) {
    var waiting = null;
    var show = function () {
      banner.hidden = navigator.onLine !== false && !waiting;
      if (navigator.onLine !== false && waiting) {
        var again = waiting;
        waiting = null;
        again.form.requestSubmit ? again.form.requestSubmit(again.button) : again.form.submit();
      }
    };
    document.querySelectorAll('form[method=post]').forEach(function (f) {
      f.addEventListener('submit', function (e) {
        if (navigator.onLine === false) {
          e.preventDefault();
          waiting = { form: f, button: e.submitter || null };
          banner.hidden = false;
          banner.focus && banner.scrollIntoView();
        }
      });
    });
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
  }
})();
