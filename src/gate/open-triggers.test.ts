import { afterEach, describe, expect, it } from 'vitest';
import { listenForOpeners, type View } from './open-triggers.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function listen() {
  const opened: [View, Element, string | undefined][] = [];
  const stop = listenForOpeners(document, (view, opener, section) => void opened.push([view, opener, section]));
  return { opened, stop };
}

/** A web component, as a design system's footer would be, with `html` inside its open shadow root. */
function component(html: string, hostAttributes: Record<string, string> = {}) {
  const host = document.createElement('site-footer');
  for (const [k, v] of Object.entries(hostAttributes)) host.setAttribute(k, v);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  document.body.append(host);
  return { host, root };
}

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

describe('listenForOpeners', () => {
  it('opens the view a marked link asks for, at its section, from a click on anything inside it', () => {
    const { opened, stop } = listen();
    document.body.innerHTML = '<a href="#" data-assent-open="policy" data-assent-section="cookies"><span>Cookies we use</span></a>';
    click(document.querySelector('span')!);
    expect(opened).toEqual([['showPolicy', document.querySelector('a'), 'cookies']]);
    stop();
  });

  it('opens from a marked link inside a web component, and hands back that link to return focus to', () => {
    const { opened, stop } = listen();
    const { root } = component('<nav><a href="#" data-assent-open="preferences"><b>Cookie settings</b></a></nav>');
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    root.querySelector('b')!.dispatchEvent(event);
    expect(opened).toEqual([['showPreferences', root.querySelector('a'), undefined]]);
    // The link doesn't navigate to "#".
    expect(event.defaultPrevented).toBe(true);
    stop();
  });

  it('opens from a marked web component around a button of its own, and by Enter on a marked element that is no link', () => {
    const { opened, stop } = listen();
    const { host, root } = component('<button type="button">Privacy choices</button>', { 'data-assent-open': 'banner' });
    click(root.querySelector('button')!);
    expect(opened).toEqual([['showBanner', host, undefined]]);
    const inner = component('<span tabindex="0" data-assent-open="preferences">Cookie settings</span>').root.querySelector('span')!;
    key(inner, 'Enter');
    key(inner, 'x');
    expect(opened.slice(1)).toEqual([['showPreferences', inner, undefined]]);
    stop();
  });

  it('ignores clicks outside marked elements, and everything once stopped', () => {
    const { opened, stop } = listen();
    const { root } = component('<a href="#">Home</a><a href="#" data-assent-open="preferences">Cookie settings</a>');
    click(root.querySelector('a')!);
    expect(opened).toEqual([]);
    stop();
    click(root.querySelectorAll('a')[1]!);
    expect(opened).toEqual([]);
  });
});
