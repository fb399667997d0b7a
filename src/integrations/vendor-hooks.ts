import type { Integration } from './integration.js';

type Fn = (...args: unknown[]) => unknown;
type Bag = Record<string, unknown>;

/**
 * Tells vendors with their own consent API about each decision, starts host-bundled SDKs once granted and
 * closes them on revoke. Everything it knows comes from a service's `options` (see core/preset-recipes.ts), so a
 * site can wire any vendor from config. Vendor calls are made by name, because the config is JSON.
 */
export const vendorHooks: Integration = ({ model, env, store, has, onPageChange, later }) => {
  const w = env.window as unknown as Bag | undefined;
  // A service whose options name no hook (only its script's project id, say) passes through: a hook runs only if named.
  const hooked = model.categories.flatMap((c) =>
    c.services
      .filter((s) => s.options)
      .map((s) => ({ category: c.id, key: `${c.id}.${s.id}`, o: s.options as Bag })),
  );
  if (!w || !hooked.length) return;
  const started = new Set<string>();

  const call = (path: unknown, args: unknown[] = [], queue?: unknown) => {
    if (typeof path !== 'string') return;
    const names = path.split('.');
    const last = names.pop()!;
    const owner = names.reduce<Bag | undefined>((o, n) => o?.[n] as Bag | undefined, w);
    if (owner && typeof owner[last] !== 'function' && queue && !names.length) {
      // The snippet vendors such as Clarity ship: calls queue on `fn.q` until their script replays them.
      const stub = function () {
        // eslint-disable-next-line prefer-rest-params -- the vendor replays `arguments` objects
        (stub.q ||= []).push(arguments);
      } as Fn & { q?: IArguments[] };
      owner[last] = stub;
    }
    const fn = owner?.[last];
    if (typeof fn !== 'function') return false;
    (fn as Fn).apply(owner, args);
    return true;
  };

  let told = false;
  /** Tells every vendor about the current state; `startOnly` just starts SDKs granted but not started yet. */
  const tell = (revoked: string[] = [], startOnly?: boolean) => {
    told ||= !startOnly;
    for (const { category, key, o } of hooked) {
      const on = has(key);
      try {
        if (Array.isArray(o.consent) && !startOnly) {
          // Config is JSON, so one text replacement fills `{consent}` (or `{consent:<category>}`) at any depth.
          const [fn, ...args] = JSON.parse(
            JSON.stringify(o.consent).replace(/\{consent(?::([\w-]+))?\}/g, (_, id?: string) =>
              (id ? has(id) : on) ? 'granted' : 'denied',
            ),
          ) as unknown[];
          call(fn, args, o.queue);
        }
        // Marked first, so an init that decides (and so tells again) runs once. One that isn't defined yet (the
        // app's own bundle, after assent.js) is looked for again as the page goes on.
        if (on && !started.has(key)) {
          started.add(key);
          if (!call(o.init)) started.delete(key);
        }
        if (revoked.includes(category)) {
          // A closed client needs its init again if the visitor grants once more.
          started.delete(key);
          call(o.close);
        }
      } catch (e) {
        env.console.error('Assent: a vendor hook threw', e);
      }
    }
  };

  // A decision made by the code that started Assent has told every vendor already.
  later(() => told || tell());
  // At DOMContentLoaded, after deferred and module scripts have run, and at every insertion after it, until the
  // instance is destroyed, which stops the gate's watch on the page.
  onPageChange(() => tell([], true));
  return { destroy: store.subscribe((d) => tell(d.revoked)) };
};
