import type { SiteAdapter } from './adapter';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';

const BY_HOST: Record<string, SiteAdapter> = {
  'mail.google.com': gmail,
  'outlook.live.com': outlook,
  'outlook.office.com': outlook,
  'outlook.office365.com': outlook,
};

/** The adapter for a page, by hostname; any other page gets the generic one. */
export function adapterFor(hostname: string): SiteAdapter {
  return BY_HOST[hostname] ?? generic;
}
