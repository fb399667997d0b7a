// Part of the local video-player stand-in (video.html): sets its visitor cookie on load and shows ?title=.
document.cookie = 'video_visitor=' + Math.random().toString(36).slice(2, 10) + '; path=/; max-age=31536000; SameSite=Lax';
window.addEventListener('DOMContentLoaded', function () {
  var title = new URLSearchParams(location.search).get('title');
  if (title) document.getElementById('caption').textContent = title;
});
