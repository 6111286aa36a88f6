// The `browser.*` API the built popup and options pages need, for the Firefox tests, where those pages cannot
// be opened at their moz-extension:// address. Bundled for the browser and run before the page's own scripts:
// storage is test/support/fake-browser.ts (Chrome's quotas), strings are the real English messages, and the
// "active tab" is a compose holding `draft`, which answers the popup's messages as the content script would.
import messages from '../../public/_locales/en/messages.json';
import type { ContentResponses, DraftReport, ToContent } from '../../src/messages';
import { fake, i18nFrom } from '../support/fake-browser';

export interface FakePageConfig {
  /** What `runtime.id` says (the polyfill refuses to load without one). */
  extensionId: string;
  /** Items already in `storage.sync`. */
  sync: Record<string, unknown>;
  /** The draft of the compose in the active tab; null: no compose, messages to the tab fail. */
  draft: DraftReport | null;
}

/** What the test reads back from the page. */
export interface FakePageState {
  sync: Record<string, unknown>;
  /** Messages the page sent to the tab, in order. */
  sent: ToContent[];
}

declare global {
  var __tactfulFakeConfig: FakePageConfig;
  var __tactfulFakeState: () => FakePageState;
}

const config = globalThis.__tactfulFakeConfig;
let draft = config.draft;
const sent: ToContent[] = [];
fake.sync.seed(config.sync);

function answer(message: ToContent): ContentResponses[ToContent['type']] {
  if (!draft) throw new Error('Could not establish connection. Receiving end does not exist.');
  switch (message.type) {
    case 'get-draft-report':
      return structuredClone(draft);
    case 'apply-suggestion': {
      const before = draft.findings.length;
      draft = { ...draft, findings: draft.findings.filter((f) => f.id !== message.findingId) };
      return { applied: draft.findings.length < before };
    }
    case 'insert-reminder':
      return { inserted: true };
    case 'open-quick-insert':
      return { opened: true };
  }
}

const runtimeId = { id: config.extensionId };
Object.assign(globalThis, {
  chrome: { runtime: runtimeId },
  browser: {
    ...fake.browser,
    i18n: i18nFrom(messages),
    runtime: { ...runtimeId, getURL: (path: string) => new URL(path, location.origin).href },
    tabs: {
      query: async () => [{ id: 1, active: true }],
      sendMessage: async (_tab: number, message: ToContent) => {
        sent.push(structuredClone(message));
        return answer(message);
      },
    },
  },
});
globalThis.__tactfulFakeState = () => ({
  sync: Object.fromEntries(fake.sync.data),
  sent: structuredClone(sent),
});
