// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import { fake } from '../support/fake-browser';

vi.mock('webextension-polyfill', async () => ({
  default: await (await import('../support/fake-browser')).withMessages(),
}));

const stored = async () =>
  ((await fake.browser.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings;

describe('options page', () => {
  beforeEach(() => fake.reset());
  afterEach(cleanup);

  it('saves the business profile and a switched-off rule', async () => {
    render(<Options />);
    const company = await screen.findByLabelText('Company');
    fireEvent.change(company, { target: { value: 'Keller Design Studio' } });
    fireEvent.click(screen.getByRole('switch', { name: /^hedging/ }));
    await waitFor(async () => {
      const s = await stored();
      expect((s?.profile as { company: string })?.company).toBe('Keller Design Studio');
      expect(s?.disabledRules).toContain('hedging');
    });
  });

  it('shows an unknown placeholder as an error and will not save the template', async () => {
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Gentle nudge' } });
    fireEvent.input(screen.getByLabelText('Text'), {
      target: { value: 'Hello {clinet}, invoice {invoice} is due.' },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/clinet/);
    expect((screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Text'), {
      target: { value: 'Hello {client}, invoice {invoice} is due.' },
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await stored())?.templates).toHaveLength(1));
    expect(screen.getByText('Gentle nudge')).toBeTruthy();
  });

  it('rejects an invalid import file, says what is wrong and changes nothing', async () => {
    await fake.browser.storage.sync.set({ settings: { version: 1, profile: { company: 'Keep Me Ltd' } } });
    render(<Options />);
    const input = (await screen.findByLabelText('Import a file')) as HTMLInputElement;
    const bad = new File(
      [
        JSON.stringify({
          format: 'tactful-settings',
          version: 1,
          templates: [{ id: 'x', name: 'X', lang: 'de' }],
        }),
      ],
      'team.json',
      { type: 'application/json' },
    );
    Object.defineProperty(input, 'files', { value: [bad] });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/templates\[0\]/);
    expect(screen.getByText('Nothing was changed: the file has problems.')).toBeTruthy();
    const after = await stored();
    expect((after?.profile as { company?: string } | undefined)?.company).toBe('Keep Me Ltd');
  });
});
