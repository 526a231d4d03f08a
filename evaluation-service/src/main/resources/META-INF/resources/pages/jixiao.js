// Progressive enhancement: the page is complete without this; with it, a score event reloads the page.
window.addEventListener('load', function () {
  var main = document.querySelector('main[data-stream]');
  if (!main || !window.EventSource) { return; }
  var source = new EventSource(main.getAttribute('data-stream'));
  var pending;
  source.onopen = function () { document.getElementById('live').hidden = false; };
  source.onerror = function () { document.getElementById('live').hidden = true; };
  source.onmessage = function () {
    clearTimeout(pending);
    pending = setTimeout(function () { source.close(); location.reload(); }, 500);
  };
});
