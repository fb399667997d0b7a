// Stands in for Clarity: sets its first-party cookies.
document.cookie = '_clck=stub; path=/; max-age=31536000';
document.cookie = '_clsk=stub; path=/; max-age=86400';
window.__order.push('clarity');
