// Test pages only: starts Assent with the page's config, adjusted from the query string
// (?lang=ar&layout=box&theme=dark&mode=opt-out&floating=1&reloadOnRevoke=1&recordUrl=/records&fixed=1), so one page covers every
// variant. `fixed` adds what many sites fix to the viewport: a header link at the top and a chat button at the bottom right.
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
  if (q.get('fixed')) {
    document.addEventListener('DOMContentLoaded', function () {
      var head = document.createElement('a');
      head.href = '#top';
      head.id = 'fixed-head';
      head.textContent = 'Sign in';
      head.style.cssText = 'position:fixed;top:0;left:0;right:0;padding:12px;background:#eee;z-index:10';
      var chat = document.createElement('button');
      chat.type = 'button';
      chat.id = 'fixed-chat';
      chat.textContent = 'Chat with us';
      chat.style.cssText = 'position:fixed;right:16px;bottom:16px;padding:10px;z-index:10';
      document.body.prepend(head);
      document.body.append(chat);
    });
  }
  window.Assent.init(config);
})();
