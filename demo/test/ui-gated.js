// Stands in for a third-party analytics tag on ui-dismiss.html: it may load only once analytics is granted.
window.__gatedRan.push('analytics-external');
