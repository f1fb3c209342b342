// Who the participant says they are, checked: the identity the server holds, the facts the CSO
// learns during the call (JHT balance from the central system, NPWP, the name in the savings
// book on camera, the heir's name for a death claim), and the shared pre-checks over both,
// including the eligibility dates and the JHT tax estimate. Warnings are confirmed here.

import { isDeathClaim, type SlotView } from '@bilik/shared';
import { useId } from 'react';
import { useDesk } from '../desk/DeskContext.js';
import { priorityLabel } from '../desk/labels.js';
import { useI18n } from '../i18n/I18nContext.js';
import { claimLabel, formatDate, reasonLabel } from '../i18n/translate.js';
import { factsFromDraft, parseRupiah, participantChecks, type FactsDraft } from './participantChecks.js';
import { PreCheckList } from './PreCheckList.js';

type Session = NonNullable<SlotView['session']>;
type Props = { session: Session; draft: FactsDraft; onDraft(draft: FactsDraft): void };

export function ParticipantFacts({ session, draft, onDraft }: Props) {
  const { ui, lang } = useI18n();
  const { policy } = useDesk();
  const ids = { balance: useId(), npwp: useId(), holder: useId(), heir: useId(), balanceHint: useId() };
  const unknown = ui('facts.unknown');
  const checks = participantChecks(session, factsFromDraft(draft), policy);
  const deathClaim = isDeathClaim(session.claimType ?? '', session.reason ?? '');
  const balanceInvalid = draft.balance.trim() !== '' && parseRupiah(draft.balance) === undefined;
  const rows: [string, string][] = [
    [ui('facts.name'), session.participantName ?? unknown],
    [ui('facts.nik'), session.nik ?? unknown],
    [ui('facts.kpj'), session.kpj ?? unknown],
    [ui('facts.birthDate'), session.birthDate ? formatDate(lang, session.birthDate) : unknown],
    [ui('facts.sex'), session.sex ? ui(`sex.${session.sex}`) : unknown],
    [
      ui('facts.claim'),
      session.claimType
        ? `${claimLabel(lang, session.claimType)}${session.reason ? ` · ${reasonLabel(lang, session.claimType, session.reason)}` : ''}`
        : unknown,
    ],
  ];
  if (session.priorityNeed) rows.push([ui('facts.priority'), ui(priorityLabel(session.priorityNeed))]);

  return (
    <section className="facts" aria-labelledby="facts-heading">
      <h3 id="facts-heading">{ui('facts.heading')}</h3>
      <dl className="facts-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <fieldset className="case-facts">
        <legend>{ui('facts.callHeading')}</legend>
        <label htmlFor={ids.balance}>{ui('facts.balance')}</label>
        <input
          id={ids.balance}
          inputMode="numeric"
          value={draft.balance}
          aria-invalid={balanceInvalid}
          aria-describedby={balanceInvalid ? ids.balanceHint : undefined}
          onChange={(e) => onDraft({ ...draft, balance: e.target.value })}
        />
        {balanceInvalid ? (
          <p id={ids.balanceHint} className="error">
            {ui('facts.balanceInvalid')}
          </p>
        ) : null}
        <label htmlFor={ids.npwp}>{ui('facts.npwp')}</label>
        <input
          id={ids.npwp}
          value={draft.npwp}
          onChange={(e) => onDraft({ ...draft, npwp: e.target.value })}
        />
        <label htmlFor={ids.holder}>{ui('facts.accountHolder')}</label>
        <input
          id={ids.holder}
          value={draft.accountHolder}
          onChange={(e) => onDraft({ ...draft, accountHolder: e.target.value })}
        />
        {deathClaim ? (
          <>
            <label htmlFor={ids.heir}>{ui('facts.heirName')}</label>
            <input
              id={ids.heir}
              value={draft.heirName}
              onChange={(e) => onDraft({ ...draft, heirName: e.target.value })}
            />
          </>
        ) : null}
      </fieldset>
      <h4>{ui('precheck.heading')}</h4>
      {checks ? (
        <PreCheckList
          checks={checks}
          overrules={draft.overrules}
          onOverrules={(overrules) => onDraft({ ...draft, overrules })}
        />
      ) : (
        <p>{ui('precheck.none')}</p>
      )}
    </section>
  );
}
