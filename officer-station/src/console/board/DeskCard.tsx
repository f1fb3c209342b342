// One open desk as the supervisor sees it: the CSO, the desk's size, who holds the floor, and
// each seated booth with what it is doing and how long it has waited (SLA colour and words).

import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { claimLabel } from '../../renderer/i18n/translate.js';
import { ACTIVITY_LABEL, priorityLabel } from '../../renderer/desk/labels.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import type { BoothLine, DeskModel } from './boardModel.js';

export function DeskCard({ model }: { model: DeskModel }) {
  const c = useConsoleText();
  const { desk, lines, freeSlots, floorBooth } = model;
  const size = desk.slots.length;
  const headingId = `desk-${desk.deskId}`;
  return (
    <li className="desk-card" data-desk-id={desk.deskId} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          {desk.officer.displayName} · {desk.officer.staffId}
        </h3>
        <p className="desk-size">
          {size === 1 ? c('board.deskSize.one') : c('board.deskSize.many', { count: size })}
        </p>
        <p className="desk-floor" data-floor={floorBooth ?? ''}>
          {floorBooth ? c('board.floor', { booth: floorBooth }) : c('board.floorNone')}
        </p>
      </header>
      {/* Listen / whisper / barge-in arrive with the supervisor's media policy on the server. */}
      <button type="button" className="listen" disabled data-placeholder="listen">
        {c('board.listen')} ({c('notAvailable')})
      </button>
      <ul className="desk-booths">
        {lines.map((line) => (
          <BoothRow key={line.booth.sessionId} line={line} />
        ))}
        {freeSlots.map((slot) => (
          <li key={`free-${slot}`} className="desk-booth free">
            {c('board.emptySlot', { n: slot + 1 })}
          </li>
        ))}
      </ul>
    </li>
  );
}

function BoothRow({ line }: { line: BoothLine }) {
  const c = useConsoleText();
  const { ui, lang } = useI18n();
  const { booth } = line;
  return (
    <li
      className={`desk-booth wait-${line.waitLevel}${line.focused ? ' focused' : ''}`}
      data-session-id={booth.sessionId}
      data-activity={line.activity}
      data-focused={line.focused}
    >
      <p className="booth-name">
        <strong>{booth.boothName}</strong>
        {booth.participantName ? ` · ${booth.participantName}` : null}
      </p>
      <p className="booth-claim">{booth.claimType ? claimLabel(lang, booth.claimType) : '–'}</p>
      <p className="booth-activity">{ui(ACTIVITY_LABEL[line.activity])}</p>
      {line.waitText ? (
        <p className="booth-wait">
          {c('board.waited', { time: line.waitText })} (
          {c(`board.sla.${line.waitLevel === 'none' ? 'ok' : line.waitLevel}`)})
        </p>
      ) : null}
      <p className="badges">
        {booth.helpCallId ? <span className="badge help">{c('board.help')}</span> : null}
        {booth.reconnecting ? <span className="badge reconnecting">{c('board.reconnecting')}</span> : null}
        {booth.priorityNeed ? (
          <span className="badge priority">{ui(priorityLabel(booth.priorityNeed))}</span>
        ) : null}
      </p>
    </li>
  );
}
