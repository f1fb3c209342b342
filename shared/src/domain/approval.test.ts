import { describe, expect, it } from 'vitest';
import { approvalBlockers, describeBlockers, overrulesFor } from './approval.js';
import type { PreCheck } from './checkResult.js';
import type { RequiredDocument } from './documents.js';

const pass: PreCheck = { id: 'nikStructure', status: 'pass', messageKey: 'precheck.nikStructure.ok' };
const warn: PreCheck = { id: 'nikBirthDate', status: 'warn', messageKey: 'precheck.nikBirthDate.mismatch' };
const fail: PreCheck = { id: 'jhtWorkEnd', status: 'fail', messageKey: 'precheck.jhtWorkEnd.waiting' };
const docs: RequiredDocument[] = [
  { kind: 'kpjCard', required: true },
  { kind: 'npwp', required: false },
];
const verified = [{ documentKind: 'kpjCard', verdict: 'verified' as const }];

describe('approvalBlockers', () => {
  it('lets a clean case through', () => {
    expect(approvalBlockers({ checks: [pass], overrules: [], documents: docs, verdicts: verified })).toEqual(
      [],
    );
  });

  it('blocks on a failed check, which no reason can overrule', () => {
    expect(
      approvalBlockers({
        checks: [pass, fail],
        overrules: [{ check: 'jhtWorkEnd', reason: 'Peserta sudah menunggu lama' }],
        documents: docs,
        verdicts: verified,
      }),
    ).toEqual([{ kind: 'failedCheck', check: 'jhtWorkEnd' }]);
  });

  it('blocks on a warning until the CSO confirms it with a reason', () => {
    const base = { checks: [warn], documents: docs, verdicts: verified };
    expect(approvalBlockers({ ...base, overrules: [] })).toEqual([
      { kind: 'unconfirmedWarning', check: 'nikBirthDate' },
    ]);
    expect(
      approvalBlockers({ ...base, overrules: [{ check: 'nikBirthDate', reason: '  ok ' }] }),
    ).toHaveLength(1);
    expect(
      approvalBlockers({
        ...base,
        overrules: [{ check: 'nikBirthDate', reason: 'Akta lahir dikoreksi 2015' }],
      }),
    ).toEqual([]);
  });

  it('blocks on a required document without a verified verdict, not on an optional one', () => {
    expect(approvalBlockers({ checks: [pass], overrules: [], documents: docs, verdicts: [] })).toEqual([
      { kind: 'unverifiedDocument', document: 'kpjCard' },
    ]);
    expect(
      approvalBlockers({
        checks: [pass],
        overrules: [],
        documents: docs,
        verdicts: [{ documentKind: 'kpjCard', verdict: 'rejected' }],
      }),
    ).toEqual([{ kind: 'unverifiedDocument', document: 'kpjCard' }]);
  });

  it('blocks when the participant’s identity is unknown', () => {
    expect(approvalBlockers({ checks: null, overrules: [], documents: [], verdicts: [] })).toEqual([
      { kind: 'noIdentity' },
    ]);
  });

  it('describes the blockers for the refused request', () => {
    expect(
      describeBlockers([
        { kind: 'failedCheck', check: 'jhtWorkEnd' },
        { kind: 'unverifiedDocument', document: 'kpjCard' },
      ]),
    ).toBe('check jhtWorkEnd failed; document kpjCard not verified');
  });
});

describe('overrulesFor', () => {
  it('keeps one trimmed reason per current warning and drops the rest', () => {
    expect(
      overrulesFor(
        [pass, warn, fail],
        [
          { check: 'nikBirthDate', reason: '  Tanggal lahir dikoreksi Dukcapil ' },
          { check: 'nikBirthDate', reason: 'second reason for the same warning' },
          { check: 'nikStructure', reason: 'a pass needs no confirmation' },
          { check: 'jhtWorkEnd', reason: 'a fail cannot be confirmed' },
        ],
      ),
    ).toEqual([{ check: 'nikBirthDate', reason: 'Tanggal lahir dikoreksi Dukcapil' }]);
  });
});
