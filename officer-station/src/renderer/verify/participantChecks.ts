// The shared pre-checks for one booth: what the server knows of the participant (identity and
// the branch's membership data) plus what the CSO confirms during the call (JHT balance from the
// central system, NPWP, the name printed in the savings book on camera, the heir's name). The
// server's approval gate runs the same casePreChecks on the same facts, which the decision sends.

import {
  casePreChecks,
  factsFromMembership,
  localIsoDate,
  membershipFacts,
  overrulesFor,
  type CaseFacts,
  type CaseIdentity,
  type DomainPolicy,
  type Overrule,
  type PreCheck,
  type PreCheckId,
  type SlotView,
} from '@bilik/shared';

type Session = NonNullable<SlotView['session']>;

export function identityOf(session: Session): CaseIdentity {
  const { nik, kpj, birthDate, sex, participantName, claimType, reason } = session;
  return { nik, kpj, birthDate, sex, participantName, claimType, reason };
}

/** null when the identity fields the checks need are not known (nothing to check yet). */
export function participantChecks(
  session: Session,
  facts: CaseFacts,
  policy: DomainPolicy,
  today = localIsoDate(),
): PreCheck[] | null {
  return casePreChecks(identityOf(session), membershipFacts(session.membership), facts, policy, today);
}

/** Rupiah typed with or without grouping dots ("42.500.000", "42500000"); undefined if not a whole amount. */
export function parseRupiah(text: string): number | undefined {
  const digits = text.replace(/^\s*rp\.?\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  return Number(digits);
}

/**
 * What the CSO typed for a booth, kept per booth so focusing away loses nothing: the case facts
 * and the reasons given to confirm warnings.
 */
export type FactsDraft = {
  balance: string;
  npwp: string;
  accountHolder: string;
  heirName: string;
  overrules: Partial<Record<PreCheckId, string>>;
};
export const EMPTY_FACTS: FactsDraft = {
  balance: '',
  npwp: '',
  accountHolder: '',
  heirName: '',
  overrules: {},
};

/** The fields start from the branch's membership data, when the server has it, for the CSO to confirm. */
export function draftFromMembership(membership: Session['membership']): FactsDraft {
  if (!membership) return EMPTY_FACTS;
  const known = factsFromMembership(membership);
  return {
    balance: known.jhtBalance === undefined ? '' : String(known.jhtBalance),
    npwp: known.npwp ?? '',
    accountHolder: known.accountHolder ?? '',
    heirName: known.heirName ?? '',
    overrules: {},
  };
}

export function factsFromDraft(draft: FactsDraft): CaseFacts {
  const facts: CaseFacts = {};
  const balance = parseRupiah(draft.balance);
  if (balance !== undefined) facts.jhtBalance = balance;
  if (draft.npwp.trim() !== '') facts.npwp = draft.npwp.trim();
  if (draft.accountHolder.trim() !== '') facts.accountHolder = draft.accountHolder.trim();
  if (draft.heirName.trim() !== '') facts.heirName = draft.heirName.trim();
  return facts;
}

/** The confirmations that apply to the warnings shown now (a changed fact can turn a warning into a pass). */
export function overrulesFromDraft(draft: FactsDraft, checks: readonly PreCheck[] | null): Overrule[] {
  const given = Object.entries(draft.overrules).map(([check, reason]) => ({
    check: check as PreCheckId,
    reason: reason ?? '',
  }));
  return checks ? overrulesFor(checks, given) : [];
}
