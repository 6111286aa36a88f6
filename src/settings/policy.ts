/**
 * Enterprise policy, read from `storage.managed` (set by an administrator; absent on most machines).
 * Keys: `lockPresendCheck?: 'off' | 'warn'` and `houseTemplates?: Template[]` (see managed_schema.json).
 */
import * as v from 'valibot';
import type { Template } from '../templates/types';
import { PRESEND_CHECKS, type PresendCheck, readableTemplates } from './schema';

export interface Policy {
  /** The administrator fixed the check before sending; the user's own value is kept but not used. */
  presendCheckLocked: boolean;
  /** The value it is locked to, when locked. */
  lockedPresendCheck?: PresendCheck;
  /** Templates the administrator gives everyone, read-only, shown alongside the user's own. */
  houseTemplates: Template[];
}

export const NO_POLICY: Policy = Object.freeze({ presendCheckLocked: false, houseTemplates: [] });

/** The policy from the raw content of `storage.managed`; unreadable parts are ignored. Never throws. */
export function parsePolicy(raw: unknown): Policy {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const lock = v.safeParse(v.picklist(PRESEND_CHECKS), r.lockPresendCheck);
  const houseTemplates = readableTemplates(r.houseTemplates);
  return lock.success
    ? { presendCheckLocked: true, lockedPresendCheck: lock.output, houseTemplates }
    : { presendCheckLocked: false, houseTemplates };
}
