// Test pages only: starts Assent with the page's config, adjusted from the query string
// (?lang=ar&layout=box&theme=dark&mode=opt-out&floating=1&reloadOnRevoke=1&recordUrl=/records), so one page covers every variant.
(function () {
  var q = new URLSearchParams(location.search);
  var config = JSON.parse(document.getElementById('assent-config').textContent);
  config.ui = config.ui || {};
  if (q.get('lang')) document.documentElement.lang = q.get('lang');
  if (q.get('layout')) config.ui.layout = q.get('layout');
  if (q.get('theme')) config.ui.theme = q.get('theme');
  if (q.get('mode')) config.mode = q.get('mode');
  if (q.get('floating')) config.ui.floatingButton = true;
  if (q.get('selfService')) config.ui.selfService = true;
  if (q.get('reloadOnRevoke')) config.reloadOnRevoke = true;
  if (q.get('recordUrl')) config.recordUrl = q.get('recordUrl');
  window.Assent.init(config);
})();
