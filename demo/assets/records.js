// Draws the demo server's proof log. Records come from any page's beacon, so every value is written as text.
const body = document.querySelector('[data-records]');
const status = document.querySelector('[data-records-status]');

function cell(row, text, title) {
  const td = row.insertCell();
  td.textContent = text;
  if (title) td.title = title;
  return td;
}

function texts(row, record) {
  const td = row.insertCell();
  if (!Array.isArray(record.texts)) return;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = `${record.texts.length} texts, hash ${record.textHash}`;
  const list = document.createElement('ol');
  for (const t of record.texts) list.appendChild(document.createElement('li')).textContent = String(t);
  details.append(summary, list);
  td.appendChild(details);
}

async function refresh() {
  status.textContent = 'Loading…';
  try {
    const entries = await (await fetch('/records.json', { cache: 'no-store' })).json();
    body.replaceChildren();
    for (const { received, page, record } of entries) {
      const row = body.insertRow();
      const categories = Object.entries(record.categories ?? {});
      cell(row, new Date(received).toLocaleTimeString());
      cell(row, page);
      const action = cell(row, record.action);
      // "Load this content": which embed, at which address.
      if (record.embed) action.appendChild(document.createElement('small')).textContent = String(record.embed.src);
      cell(row, record.source);
      cell(row, categories.filter(([, on]) => on).map(([id]) => id).join(', '));
      cell(row, categories.filter(([, on]) => !on).map(([id]) => id).join(', '));
      cell(row, record.language ?? '');
      cell(row, record.id);
      cell(row, record.config ?? '', `revision ${record.revision}, ${record.mode ?? ''}, Assent ${record.version}`);
      texts(row, record);
    }
    status.textContent = entries.length ? `${entries.length} records.` : 'No records yet: make a choice on one of the demo sites.';
  } catch {
    status.textContent = 'The demo server did not answer.';
  }
}

document.querySelector('[data-refresh]').addEventListener('click', refresh);
void refresh();
