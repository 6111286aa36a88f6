/**
 * An in-memory `browser.storage` for the settings tests: sync (with Chrome's quotas), local, managed and
 * onChanged. Use it with
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fake.browser }));
 * and call `fake.reset()` before each test.
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, areaName: string) => void;

/** Chrome's `storage.sync` quotas. */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;

const bytes = (s: string) => new TextEncoder().encode(s).length;
const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

export class FakeArea {
  readonly data = new Map<string, unknown>();
  /** When set, every call rejects with it (storage unavailable). */
  broken: Error | null = null;
  /** When set, `set` rejects with what it returns for these items (e.g. a write rate limit). */
  refuseSet: ((items: Record<string, unknown>) => Error | null) | null = null;
  calls: { method: string; arg: unknown }[] = [];
  /** What `set` rejected with, in order. */
  errors: Error[] = [];

  constructor(
    readonly name: string,
    private readonly emit: (changes: Changes, area: string) => void,
    private readonly quota?: { perItem: number; total: number },
  ) {}

  /** Puts raw values in without events or checks, as if a previous version had written them. */
  seed(items: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(items)) this.data.set(key, copy(value));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    this.calls.push({ method: 'get', arg: keys });
    if (this.broken) throw this.broken;
    const wanted = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = copy(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.calls.push({ method: 'set', arg: copy(items) });
    try {
      this.write(items);
    } catch (err) {
      this.errors.push(err as Error);
      throw err;
    }
  }

  private write(items: Record<string, unknown>): void {
    if (this.broken) throw this.broken;
    const refused = this.refuseSet?.(items);
    if (refused) throw refused;
    if (this.quota) {
      // Chrome counts an item as its key plus its JSON, and checks before writing anything.
      for (const [key, value] of Object.entries(items)) {
        if (bytes(key) + bytes(JSON.stringify(value)) > this.quota.perItem) {
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
      }
      const after = new Map(this.data);
      for (const [key, value] of Object.entries(items)) after.set(key, value);
      let total = 0;
      for (const [key, value] of after) total += bytes(key) + bytes(JSON.stringify(value));
      if (total > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    }
    const changes: Changes = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: copy(this.data.get(key)), newValue: copy(value) };
      this.data.set(key, copy(value));
    }
    this.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.calls.push({ method: 'remove', arg: keys });
    if (this.broken) throw this.broken;
    const changes: Changes = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: copy(this.data.get(key)) };
      this.data.delete(key);
    }
    if (Object.keys(changes).length > 0) this.emit(changes, this.name);
  }

  async clear(): Promise<void> {
    await this.remove([...this.data.keys()]);
  }

  reset(): void {
    this.data.clear();
    this.broken = null;
    this.refuseSet = null;
    this.calls = [];
    this.errors = [];
  }
}

function createFake() {
  const listeners = new Set<Listener>();
  // Like the browsers, events arrive after the call that caused them has returned.
  const emit = (changes: Changes, area: string) => {
    queueMicrotask(() => {
      for (const listener of [...listeners]) listener(changes, area);
    });
  };
  const sync = new FakeArea('sync', emit, { perItem: SYNC_QUOTA_BYTES_PER_ITEM, total: SYNC_QUOTA_BYTES });
  const local = new FakeArea('local', emit);
  const managed = new FakeArea('managed', emit);
  const storage: {
    sync: FakeArea;
    local: FakeArea;
    managed?: FakeArea;
    onChanged: {
      addListener(l: Listener): void;
      removeListener(l: Listener): void;
      hasListener(l: Listener): boolean;
    };
  } = {
    sync,
    local,
    managed,
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
      hasListener: (l) => listeners.has(l),
    },
  };
  return {
    browser: { storage },
    sync,
    local,
    managed,
    listeners,
    /** Sets the administrator's policy, as the browser does (with an onChanged event for "managed"). */
    setPolicy(policy: Record<string, unknown>): void {
      managed.data.clear();
      managed.seed(policy);
      emit(
        Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { newValue: copy(value) }])),
        'managed',
      );
    },
    /** No `storage.managed` at all. */
    removeManaged(): void {
      delete storage.managed;
    },
    reset(): void {
      sync.reset();
      local.reset();
      managed.reset();
      storage.managed = managed;
      listeners.clear();
    },
  };
}

export const fake = createFake();

type Messages = Record<string, { message: string }>;

/** `browser.i18n` answering from `messages` (with `$COUNT$` substituted), in English. */
export function i18nFrom(messages: Messages) {
  return {
    getMessage: (key: string, subs?: string | string[]) =>
      (messages[key]?.message ?? '').replace(
        /\$COUNT\$/g,
        String(Array.isArray(subs) ? subs[0] : (subs ?? '')),
      ),
    getUILanguage: () => 'en',
  };
}

/**
 * The fake `browser` plus `i18n` answering from the real English messages, for component tests:
 * `vi.mock('webextension-polyfill', async () => ({ default: await (await import(...)).withMessages() }))`.
 */
export async function withMessages(extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const messages: Messages = (await import('../../public/_locales/en/messages.json')).default;
  return { ...fake.browser, i18n: i18nFrom(messages), ...extra };
}
