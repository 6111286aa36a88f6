// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftReport } from '../../src/messages';
import { Popup } from '../../src/popup/Popup';
import { fake } from '../support/fake-browser';
import { SAMPLE_DRAFT } from '../support/sample-draft';

const sent: unknown[] = [];
let draft: DraftReport | null = null;

// The popup talks to the page through `browser.tabs`, reads the profile from storage and its strings from
// the real English messages.
vi.mock('webextension-polyfill', async () => ({
  default: await (await import('../support/fake-browser')).withMessages({
    tabs: {
      query: async () => [{ id: 7 }],
      sendMessage: async (_tab: number, message: { type: string }) => {
        sent.push(message);
        if (!draft) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.type === 'get-draft-report') return draft;
        return { inserted: true, applied: true };
      },
    },
  }),
}));

const today = new Date(Date.UTC(2025, 3, 20));

describe('popup', () => {
  beforeEach(() => {
    fake.reset();
    sent.length = 0;
    draft = null;
  });
  afterEach(cleanup);

  it('without a compose open, writes a reminder to copy and says why it cannot insert', async () => {
    await fake.browser.storage.sync.set({
      settings: {
        version: 1,
        profile: {
          sender: 'Lena Marsh',
          company: 'Lena Marsh LLC',
          currency: 'USD',
          paymentInstructions: 'lenamarsh.com/pay',
        },
      },
    });
    render(<Popup today={today} />);
    await screen.findByText('Write a reminder');
    expect(screen.getByText(/No draft is open in this tab/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert into draft' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.input(screen.getByLabelText('Client name'), { target: { value: 'Aisha' } });
    fireEvent.input(screen.getByLabelText('Amount'), { target: { value: '2350' } });
    fireEvent.input(screen.getByLabelText('Invoice reference'), { target: { value: '2024-061' } });
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: '2025-04-14' } });
    // 6 days late: the stage proposed is "overdue", and the preview is filled from the form and the profile.
    await waitFor(() => expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('overdue'));
    const preview = screen.getByRole('figure', { name: 'Preview' }).textContent ?? '';
    expect(preview).toContain('Aisha');
    expect(preview).toContain('$2,350.00');
    expect(preview).toContain('2024-061');
    expect(preview).toContain('lenamarsh.com/pay');
    expect(preview).toContain('Lena Marsh');
  });

  it('shows the draft report, applies a suggestion and inserts the reminder into the draft', async () => {
    draft = SAMPLE_DRAFT;
    render(<Popup today={today} />);
    await screen.findByText('This draft');
    expect(document.querySelector('meter')?.getAttribute('value')).toBe('80');
    expect(screen.getByText('Aggressive', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Missing: amount, how to pay')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace with: by [date]' }));
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'apply-suggestion', findingId: 'f1', suggestion: 'by [date]' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Insert into draft' }));
    await screen.findByText('Inserted into the draft (Ctrl+Z undoes it).');
    expect(sent.some((m) => (m as { type: string }).type === 'insert-reminder')).toBe(true);
  });
});
