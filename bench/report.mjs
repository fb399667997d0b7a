// Turns the benchmark's rounds into medians, ratios to vanilla-cookieconsent and a Markdown table.

export const columns = [
  { id: 'assent', name: 'Assent' },
  { id: 'cc', name: 'vanilla-cookieconsent 3.1' },
  { id: 'klaro', name: 'klaro 0.7' },
  { id: 'bare', name: 'no widget' },
];

// `ratio`: the median of Assent ÷ vanilla-cookieconsent (same round) must not exceed it (issue 6 targets).
// `zero`: Assent's median must be exactly 0. `lessBare`: the no-widget page's own cost, measured in the same
// round, is subtracted, so the figure is the widget's share of the page. `bare`: the page without a widget shows it
// too ('also': the page's own cost, the floor under every widget's figure) or alone ('only': context for them).
export const metrics = [
  { key: 'fcpMs', phase: 'First visit', label: 'first contentful paint', unit: 'ms', bare: 'also' },
  { key: 'bannerMs', phase: 'First visit', label: 'banner visible', unit: 'ms', ratio: 1.0 },
  { key: 'firstBytes', phase: 'First visit', label: 'widget bytes', unit: 'kB', ratio: 2.0 },
  { key: 'firstScriptMs', phase: 'First visit', label: 'main-thread script time', unit: 'ms', lessBare: true, bare: 'also' },
  { key: 'tbtMs', phase: 'First visit', label: 'total blocking time', unit: 'ms', zero: true, bare: 'also' },
  { key: 'cls', phase: 'First visit', label: 'CLS', unit: '', zero: true, bare: 'also' },
  { key: 'acceptMs', phase: 'Accept', label: 'click to gated script running', unit: 'ms' },
  { key: 'returnFcpMs', phase: 'Return visit', label: 'first contentful paint', unit: 'ms', bare: 'also' },
  { key: 'returnBytes', phase: 'Return visit', label: 'widget bytes', unit: 'kB', ratio: 0.2 },
  { key: 'returnScriptMs', phase: 'Return visit', label: 'main-thread script time', unit: 'ms', ratio: 0.3, lessBare: true, bare: 'also' },
  { key: 'returnAnalyticsMs', phase: 'Return visit', label: 'gated analytics starts', unit: 'ms', ratio: 1.0, bare: 'also' },
  { key: 'cookieReadMs', phase: 'Return visit', label: "the page's first document.cookie read", unit: 'ms', bare: 'only' },
];

const isNum = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * Total blocking time, as Lighthouse counts it: from the first contentful paint on, the part beyond 50 ms of each
 * long task, taking a task under way at that paint from the paint.
 */
export const blocking = (tasks, from) =>
  tasks === null || from === null
    ? null
    : tasks.reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, from) - 50), 0);

export function median(values) {
  const xs = values.filter(isNum).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** One metric's value for a widget in one round, with the bare page's cost removed where that applies. */
function valueOf(round, id, metric) {
  // A round that failed for a widget (it ran the gated script before consent, or lost a file) counts for nothing.
  if (round[id]?.failed) return null;
  const v = round[id]?.[metric.key];
  if (!isNum(v)) return null;
  if (!metric.lessBare || id === 'bare') return v;
  const base = round.bare?.[metric.key];
  return isNum(base) ? Math.max(0, v - base) : null;
}

export function summarise(rounds) {
  return metrics.map((metric) => {
    const row = { ...metric, medians: {}, ratios: {}, counts: {}, ratioCounts: {} };
    for (const { id } of columns) {
      const values = rounds.map((r) => valueOf(r, id, metric));
      row.medians[id] = median(values);
      row.counts[id] = values.filter(isNum).length;
      if (id === 'cc' || id === 'bare') continue;
      const ratios = rounds.map((r) => {
        const a = valueOf(r, id, metric);
        const b = valueOf(r, 'cc', metric);
        return isNum(a) && isNum(b) && b > 0 ? a / b : null;
      });
      // A round where vanilla-cookieconsent measured 0 has no ratio. Fewer than half the rounds make no median.
      row.ratioCounts[id] = ratios.filter(isNum).length;
      row.ratios[id] = row.ratioCounts[id] * 2 >= rounds.length ? median(ratios) : null;
    }
    const a = row.medians.assent;
    if (metric.ratio !== undefined) {
      row.target = `≤ ${metric.ratio.toFixed(1)}×`;
      row.result = row.ratios.assent === null ? 'n/a' : row.ratios.assent <= metric.ratio ? 'PASS' : 'MISS';
    } else if (metric.zero) {
      row.target = '0';
      row.result = a === null ? 'n/a' : a === 0 ? 'PASS' : 'MISS';
    } else {
      row.target = '';
      row.result = '';
    }
    row.runs = rounds.length;
    return row;
  });
}

function format(value, unit) {
  if (value === null) return 'n/a';
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
  return value.toFixed(3);
}

const ratio = (row, id) => {
  const r = row.ratios[id];
  if (r === null || r === undefined) return '–';
  const k = row.ratioCounts[id];
  return k < row.runs ? `${r.toFixed(2)}× (${k}/${row.runs})` : `${r.toFixed(2)}×`;
};

export function toMarkdown(summary, meta) {
  const head = ['', 'metric', ...columns.map((c) => c.name), 'Assent ÷ cc', 'klaro ÷ cc', 'target', 'Assent'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of summary) {
    const cells = columns.map(({ id }) => {
      if (id === 'bare' ? !row.bare : row.bare === 'only') return '–';
      const text = format(row.medians[id], row.unit);
      // A metric that some rounds couldn't measure says how many did.
      return row.counts[id] && row.counts[id] < row.runs ? `${text} (${row.counts[id]}/${row.runs})` : text;
    });
    lines.push(`| ${[row.phase, row.label, ...cells, ratio(row, 'assent'), ratio(row, 'klaro'), row.target, row.result].join(' | ')} |`);
  }
  const notes = [
    '',
    `Medians of ${meta.runs} interleaved rounds, ${meta.date.slice(0, 10)}, Chromium ${meta.chromium}, ${meta.throttle}× CPU throttling, cache disabled, gzip; load average ${meta.load}.`,
    'Ratios are medians of the per-round ratio to vanilla-cookieconsent; "(k/n)" after one says only k rounds had one (vanilla-cookieconsent measured 0 in the others). Widget bytes are bytes on the wire (headers included) of the widget\'s own files; 1 kB = 1000 bytes, as size-limit counts. vanilla-cookieconsent\'s English texts are written in its page and not counted (about 0.4 kB); Assent\'s and klaro\'s come in their files and are.',
    'Script time is main-thread script (evaluation, compilation, calls, timers, events and microtasks, less the style and layout they cause) from a Chromium trace of the page, less that of the same page without a widget ("no widget" column: the page\'s own).',
    'First contentful paint shows what each documented set-up costs the page\'s own first paint: Assent\'s gate is a script in <head>, which the page waits for, vanilla-cookieconsent\'s sits at the end of the body and klaro\'s is deferred.',
    'Total blocking time counts long tasks from the first contentful paint until a second after the banner shows. "no widget" loads the analytics tag ungated: the earliest it can start. Its total blocking time and CLS are the page\'s own, which no widget can remove.',
    'The first document.cookie read of a page waits for the browser process; a widget that keeps the choice in a cookie pays it inside its return-visit script time.',
  ];
  return lines.concat(notes).join('\n');
}
