// One case as both the officer station and the server see it: who the participant is, the
// branch's membership data, and the facts the CSO confirmed during the call. The station shows
// `casePreChecks` / `caseDocuments`; the server's approval gate evaluates exactly the same
// functions on the same inputs, so what the CSO sees is what approval is judged on.

import type { PreCheck } from './checkResult.js';
import {
  type ClaimReason,
  type ClaimSegment,
  type ClaimType,
  isValidClaim,
  type ParticipantSegment,
} from './claims.js';
import type { IsoDate } from './dates.js';
import { requiredDocuments, type RequiredDocument } from './documents.js';
import type { MembershipFacts } from './eligibility.js';
import type { Sex } from './nik.js';
import type { DomainPolicy } from './policy.js';
import { runPreChecks, type PreCheckInput } from './prechecks.js';
import { jhtNpwpRequired } from './tax.js';

export interface CaseIdentity {
  nik: string | null;
  kpj: string | null;
  birthDate: string | null;
  sex: Sex | null;
  participantName: string | null;
  claimType: string | null;
  reason: string | null;
}

/** What the CSO confirms during the call (prefilled from the membership data where it has them). */
export interface CaseFacts {
  jhtBalance?: number;
  npwp?: string;
  /** The name printed in the savings book shown on camera (the heir's, for a death claim). */
  accountHolder?: string;
  heirName?: string;
}

/** The branch's membership row as the server sends it: every field present, null when unknown. */
export interface MembershipRecord {
  jhtBalance: number | null;
  npwp: string | null;
  accountHolder: string | null;
  heirName: string | null;
  segment: ParticipantSegment | null;
  foreigner: boolean | null;
  membershipStart: IsoDate | null;
  workEndDate: IsoDate | null;
  partialClaimDate: IsoDate | null;
  partialClaimAmount: number | null;
  deathDate: IsoDate | null;
  pensionAge: number | null;
  jpContributionMonths: number | null;
}

export function membershipFacts(record: MembershipRecord | null): MembershipFacts {
  return known(record, [
    'segment',
    'foreigner',
    'membershipStart',
    'workEndDate',
    'partialClaimDate',
    'partialClaimAmount',
    'deathDate',
    'pensionAge',
    'jpContributionMonths',
  ]);
}

/** What the membership data already says of the facts the CSO confirms: the fields' starting values. */
export function factsFromMembership(record: MembershipRecord | null): CaseFacts {
  return known(record, ['jhtBalance', 'npwp', 'accountHolder', 'heirName']);
}

// The named fields the record has a value for; null (unknown) fields are left out.
function known<K extends keyof MembershipRecord>(
  record: MembershipRecord | null,
  keys: readonly K[],
): { [P in K]?: NonNullable<MembershipRecord[P]> } {
  const out: { [P in K]?: NonNullable<MembershipRecord[P]> } = {};
  for (const key of keys) {
    const value = record?.[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

export function validClaim(identity: CaseIdentity): { type: ClaimType; reason: ClaimReason } | null {
  const { claimType, reason } = identity;
  if (claimType === null || reason === null || !isValidClaim(claimType, reason)) return null;
  return { type: claimType as ClaimType, reason: reason as ClaimReason };
}

/** The segment flags the document table needs, from what is known; unknown stays unknown. */
export function caseSegment(membership: MembershipFacts, facts: CaseFacts): ClaimSegment {
  const segment: ClaimSegment = {};
  if (membership.foreigner !== undefined) segment.foreigner = membership.foreigner;
  if (membership.segment !== undefined) {
    segment.nonWage = membership.segment === 'BPU';
    segment.migrantWorker = membership.segment === 'PMI';
  }
  const earlierPartialClaim = membership.partialClaimDate !== undefined;
  if (facts.jhtBalance !== undefined || earlierPartialClaim) {
    segment.npwpRequired = jhtNpwpRequired({ balance: facts.jhtBalance ?? 0, earlierPartialClaim });
  }
  return segment;
}

export function caseDocuments(
  identity: CaseIdentity,
  membership: MembershipFacts,
  facts: CaseFacts,
): RequiredDocument[] {
  const claim = validClaim(identity);
  return claim ? requiredDocuments({ ...claim, segment: caseSegment(membership, facts) }) : [];
}

/** null while the identity the checks need is unknown (nothing to check yet). */
export function casePreChecks(
  identity: CaseIdentity,
  membership: MembershipFacts,
  facts: CaseFacts,
  policy: DomainPolicy,
  today: IsoDate,
): PreCheck[] | null {
  const { nik, kpj, birthDate, sex } = identity;
  if (nik === null || kpj === null || birthDate === null || sex === null) return null;
  const input: PreCheckInput = {
    nik,
    kpj,
    birthDate,
    sex,
    participantName: identity.participantName ?? '',
    membership,
    policy,
    today,
  };
  const claim = validClaim(identity);
  if (claim) input.claim = claim;
  if (facts.npwp !== undefined && facts.npwp.trim() !== '') input.npwp = facts.npwp;
  // The JHT balance only matters for a JHT claim (NPWP rule and tax).
  if (facts.jhtBalance !== undefined && claim?.type === 'JHT') input.jhtBalance = facts.jhtBalance;
  if (facts.accountHolder !== undefined) input.accountHolder = facts.accountHolder;
  if (facts.heirName !== undefined) input.heirName = facts.heirName;
  return runPreChecks(input);
}
