// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { Popup } from '../../src/popup/Popup';

// Hoisted above the imports: the popup gets the real English strings through a fake `browser.i18n`.
vi.mock('webextension-polyfill', async () => {
  const messages: Record<string, { message: string }> = (
    await import('../../public/_locales/en/messages.json')
  ).default;
  return {
    default: {
      i18n: {
        getMessage: (key: string) => messages[key]?.message ?? '',
        getUILanguage: () => 'en',
      },
    },
  };
});

describe('popup', () => {
  afterEach(() => {
    render(null, document.body);
  });

  it('shows the product name and how to start, in the UI language', () => {
    render(<Popup />, document.body);
    expect(document.querySelector('h1')?.textContent).toBe('Tactful');
    expect(document.body.textContent).toContain('Open a Gmail or Outlook compose to check a reminder.');
    expect(document.body.textContent).toContain(en.popupHint.message);
  });
});
