import { describe, expect, it } from 'vitest';
import { fakeEnvironment } from '../core/fake-environment.js';
import { reportBlockedRecords } from './report-blocked-records.js';

/** A page at https://shop.example/checkout/, with the console Assent reports to. */
function page() {
  const doc = document.implementation.createHTMLDocument();
  const base = doc.createElement('base');
  base.href = 'https://shop.example/checkout/';
  doc.head.append(base);
  const { env, logs } = fakeEnvironment();
  return { doc, report: env.console, errors: logs.error };
}

/** What the browser dispatches on the document when a policy stops (or, report-only, would stop) a request. */
function violation(doc: Document, blockedURI: string, disposition = 'enforce') {
  doc.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), { blockedURI, disposition, effectiveDirective: 'connect-src' }));
}

describe('reportBlockedRecords', () => {
  it('says, naming recordUrl and connect-src, that the policy blocks the address records go to', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, 'https://log.example.com/consent', report);
    violation(doc, 'https://log.example.com/consent');
    expect(errors).toEqual([[expect.stringMatching(/^Assent: .*recordUrl https:\/\/log\.example\.com\/consent.*connect-src/)]]);
  });

  it('says it once, however many records the policy blocks afterwards', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, 'https://log.example.com/consent', report);
    for (let i = 0; i < 3; i++) violation(doc, 'https://log.example.com/consent');
    expect(errors).toHaveLength(1);
  });

  it('knows a relative recordUrl by the address the browser resolves it to against the page', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, '../consent-log', report);
    violation(doc, 'https://shop.example/consent-log');
    expect(errors).toHaveLength(1);
    expect(String(errors[0]![0])).toContain('https://shop.example/consent-log');
  });

  it('stays silent when a report-only policy lets the record through, or the policy blocks another address', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, 'https://log.example.com/consent', report);
    violation(doc, 'https://log.example.com/consent', 'report');
    violation(doc, 'https://analytics.example.com/collect');
    violation(doc, 'https://log.example.com/');
    expect(errors).toEqual([]);
  });

  it('knows a recordUrl with a fragment or a user name by the address the browser reports, without them', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, 'https://log.example.com/consent#proof', report);
    reportBlockedRecords(doc, 'https://user:secret@log.example.com/other', report);
    violation(doc, 'https://log.example.com/consent');
    violation(doc, 'https://log.example.com/other');
    expect(errors).toHaveLength(2);
    expect(String(errors[1]![0])).not.toContain('secret');
  });

  it('reports nothing once stopped', () => {
    const { doc, report, errors } = page();
    reportBlockedRecords(doc, 'https://log.example.com/consent', report)();
    violation(doc, 'https://log.example.com/consent');
    expect(errors).toEqual([]);
  });

  it('neither throws nor ever reports when recordUrl is no address a record could be sent to', () => {
    const { doc, report, errors } = page();
    expect(() => reportBlockedRecords(doc, 'https://[log', report)).not.toThrow();
    violation(doc, 'https://[log');
    violation(doc, 'https://shop.example/checkout/https://[log');
    expect(errors).toEqual([]);
  });
});
