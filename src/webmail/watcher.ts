import { type Compose, findComposes, type SiteAdapter } from './adapters/adapter';

/**
 * Keeps one session per open compose: composes that open are picked up, composes that close or are
 * replaced (Gmail re-creates the editor when a draft pops out) are released.
 */
export interface SessionLike {
  readonly body: HTMLElement;
  dispose(): void;
}

export function watchComposes<S extends SessionLike>(
  adapter: SiteAdapter,
  doc: Document,
  start: (compose: Compose) => S,
  signal: AbortSignal,
): Map<HTMLElement, S> {
  const sessions = new Map<HTMLElement, S>();
  let pending = 0;

  const sync = () => {
    pending = 0;
    const seen = new Set<HTMLElement>();
    for (const compose of findComposes(adapter, doc)) {
      seen.add(compose.body);
      if (!sessions.has(compose.body)) {
        try {
          sessions.set(compose.body, start(compose));
        } catch (err) {
          console.debug('Tactful: compose skipped', err);
        }
      }
    }
    for (const [body, session] of sessions) {
      if (!seen.has(body) || !body.isConnected) {
        session.dispose();
        sessions.delete(body);
      }
    }
  };
  const schedule = () => {
    if (!pending) pending = requestAnimationFrame(sync);
  };

  // Only element additions and removals can open or close a compose; text edits are the sessions' business.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length > 0 || r.removedNodes.length > 0)) schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(pending);
      for (const s of sessions.values()) s.dispose();
      sessions.clear();
    },
    { once: true },
  );
  sync();
  return sessions;
}
