// Stands in for an analytics tag. It records when it starts: a tag that starts late loses the visits that
// end before it runs, so the benchmark compares this time across widgets.
window.__analyticsStart ??= performance.now();
