// Runs the shared pre-checks on what the server knows of the participant plus what the CSO
// learned during the call (JHT balance from the central system, NPWP, the name printed in the
// savings book shown on camera). The tax estimate only makes sense for a JHT claim.

import { runPreChecks, type PreCheck, type PreCheckInput, type SlotView } from '@bilik/shared';
import type { CaseFacts } from './checklist.js';

type Session = NonNullable<SlotView['session']>;

/** null when the identity fields the checks need are not known (nothing to check yet). */
export function participantChecks(session: Session, facts: CaseFacts): PreCheck[] | null {
  const { nik, kpj, birthDate, sex } = session;
  if (nik === null || kpj === null || birthDate === null || sex === null) return null;
  const input: PreCheckInput = { nik, kpj, birthDate, sex, participantName: session.participantName ?? '' };
  if (facts.npwp !== undefined && facts.npwp.trim() !== '') input.npwp = facts.npwp;
  if (facts.jhtBalance !== undefined && session.claimType === 'JHT') input.jhtBalance = facts.jhtBalance;
  // Without a known participant name every holder would "mismatch"; leave that check out.
  if (facts.accountHolder !== undefined && session.participantName !== null)
    input.accountHolder = facts.accountHolder;
  return runPreChecks(input);
}

/** Rupiah typed with or without grouping dots ("42.500.000", "42500000"); undefined if not a whole amount. */
export function parseRupiah(text: string): number | undefined {
  const digits = text.replace(/^\s*rp\.?\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  return Number(digits);
}

/** What the CSO typed in the case-facts fields, kept per booth so focusing away loses nothing. */
export type FactsDraft = { balance: string; npwp: string; accountHolder: string };
export const EMPTY_FACTS: FactsDraft = { balance: '', npwp: '', accountHolder: '' };

/** The fields start from the branch's membership data, when the server has it, for the CSO to confirm. */
export function draftFromMembership(membership: NonNullable<SlotView['session']>['membership']): FactsDraft {
  if (!membership) return EMPTY_FACTS;
  return {
    balance: membership.jhtBalance === null ? '' : String(membership.jhtBalance),
    npwp: membership.npwp ?? '',
    accountHolder: membership.accountHolder ?? '',
  };
}

export function factsFromDraft(draft: FactsDraft): CaseFacts {
  const facts: CaseFacts = {};
  const balance = parseRupiah(draft.balance);
  if (balance !== undefined) facts.jhtBalance = balance;
  if (draft.npwp.trim() !== '') facts.npwp = draft.npwp.trim();
  if (draft.accountHolder.trim() !== '') facts.accountHolder = draft.accountHolder.trim();
  return facts;
}
