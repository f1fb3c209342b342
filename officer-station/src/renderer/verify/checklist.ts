// The verification checklist of one booth: the documents its claim needs (shared
// requiredDocuments), each with what the participant or CSO captured and the CSO's verdict.
// Captures of kinds the claim does not list still appear, so nothing captured is hidden.

import {
  caseDocuments,
  membershipFacts,
  type CaseFacts,
  type DocumentNote,
  type SlotView,
} from '@bilik/shared';
import { identityOf } from './participantChecks.js';

type Session = NonNullable<SlotView['session']>;
export type Capture = Session['captures'][number];
export type Verdict = Session['verdicts'][number];

export type ChecklistRow = {
  kind: string;
  required: boolean;
  /** Listed by the claim's document table (false: only captured). */
  listed: boolean;
  note: DocumentNote | null;
  captures: Capture[];
  verdict: Verdict | null;
};

export function buildChecklist(session: Session, facts: CaseFacts): ChecklistRow[] {
  // The same rule and inputs as the kiosk's list and the server's approval gate.
  const listed = caseDocuments(identityOf(session), membershipFacts(session.membership), facts);
  const capturesOf = (kind: string) => session.captures.filter((c) => c.documentKind === kind);
  const verdictOf = (kind: string) => session.verdicts.find((v) => v.documentKind === kind) ?? null;
  const rows: ChecklistRow[] = listed.map((doc) => ({
    kind: doc.kind,
    required: doc.required,
    listed: true,
    note: doc.note ?? null,
    captures: capturesOf(doc.kind),
    verdict: verdictOf(doc.kind),
  }));
  const extraKinds = new Set([...session.captures, ...session.verdicts].map((x) => x.documentKind));
  for (const kind of extraKinds) {
    if (rows.some((r) => r.kind === kind)) continue;
    rows.push({
      kind,
      required: false,
      listed: false,
      note: null,
      captures: capturesOf(kind),
      verdict: verdictOf(kind),
    });
  }
  return rows;
}

/** Required documents not yet verified: the default "what is missing" of a pending decision. */
export function missingDocuments(rows: readonly ChecklistRow[]): string[] {
  return rows.filter((r) => r.required && r.verdict?.verdict !== 'verified').map((r) => r.kind);
}

/** The newest capture of the first kind present, e.g. the e-KTP photo for the face check. */
export function latestCapture(session: Session, kinds: readonly string[]): Capture | null {
  for (const kind of kinds) {
    const found = session.captures
      .filter((c) => c.documentKind === kind)
      .sort((a, b) => b.at.localeCompare(a.at));
    if (found[0]) return found[0];
  }
  return null;
}
