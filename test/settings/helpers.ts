import type { Template } from '../../src/templates/types';

/** A valid template; `extra` overrides any field. */
export const template = (id: string, extra: Partial<Template> = {}): Template => ({
  id,
  name: `Template ${id}`,
  lang: 'en',
  stage: 'overdue',
  subject: 'Invoice {invoice}',
  body: 'Hello {client}, invoice {invoice} for {amount} was due on {dueDate}.',
  ...extra,
});
