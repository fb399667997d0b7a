// Adds an embed after load, as a single-page app or a CMS widget would.
document.getElementById('add').addEventListener('click', function () {
  var f = document.createElement('iframe');
  f.id = 'added';
  f.title = 'Added later';
  f.setAttribute('data-assent', 'marketing');
  f.setAttribute('data-src', 'https://www.youtube-nocookie.com/embed/added');
  document.getElementById('late').appendChild(f);
});
