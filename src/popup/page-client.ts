import browser from 'webextension-polyfill';
import type { ContentResponses, ToContent } from '../messages';

/** Talks to the compose tools in the active tab; `null` when there are none (no compose focused yet). */
export async function askActiveTab<M extends ToContent>(
  message: M,
): Promise<ContentResponses[M['type']] | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return (await browser.tabs.sendMessage(tab.id, message)) as ContentResponses[M['type']];
  } catch {
    // No receiver: not a webmail tab, or no compose opened there yet.
    return null;
  }
}
