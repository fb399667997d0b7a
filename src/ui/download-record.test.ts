import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadRecord } from './download-record.js';
import { createTestHost, record } from './test-host.js';

afterEach(() => vi.restoreAllMocks());

describe('downloadRecord', () => {
  it('saves the stored record with its time, the revision and the language as a JSON file, made in the browser', async () => {
    const host = createTestHost({ record: record({ necessary: true, analytics: true, marketing: false }) });
    let blob: Blob | undefined;
    const clicks: string[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), 'blob:x'), revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href}`);
    });
    downloadRecord(host, 'de');
    expect(clicks).toEqual(['consent-record.json blob:x']);
    const data = JSON.parse(await blob!.text());
    expect(data).toMatchObject({ consent: { categories: { analytics: true, marketing: false } }, revision: 3, language: 'de' });
    // The choice's time in the same form as the proof record's.
    expect(data.consent.time).toBe(new Date(data.consent.timestamp).toISOString());
  });
});
