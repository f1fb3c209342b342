// The queue as the booths see it: priority first, each with its place, ETA, and wait since check-in.

import type { BoardQueueEntry } from '@bilik/shared';
import type { SlaThresholds } from '../../renderer/desk/tileModel.js';
import { priorityLabel } from '../../renderer/desk/labels.js';
import { useI18n } from '../../renderer/i18n/I18nContext.js';
import { claimLabel } from '../../renderer/i18n/translate.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { queueLine } from './boardModel.js';

type Props = { queue: readonly BoardQueueEntry[]; now: number; sla: SlaThresholds };

export function QueueList({ queue, now, sla }: Props) {
  const c = useConsoleText();
  const { ui, lang } = useI18n();
  return (
    <section className="queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{c('board.queue', { count: queue.length })}</h2>
      {queue.length === 0 ? <p>{c('board.queueEmpty')}</p> : null}
      <ol>
        {queue.map((entry) => {
          const q = queueLine(entry, now, sla);
          return (
            <li key={q.sessionId} className={`queue-entry wait-${q.waitLevel}`} data-session-id={q.sessionId}>
              <p>
                <strong>{c('board.position', { n: q.position })}</strong> {q.boothName}
                {q.participantName ? ` · ${q.participantName}` : null}
              </p>
              <p>
                {q.claimType ? claimLabel(lang, q.claimType) : '–'} ·{' '}
                {q.etaMinutes === null ? c('board.etaUnknown') : c('board.eta', { minutes: q.etaMinutes })}
              </p>
              {q.waitText ? (
                <p className="booth-wait">
                  {c('board.waited', { time: q.waitText })} (
                  {c(`board.sla.${q.waitLevel === 'none' ? 'ok' : q.waitLevel}`)})
                </p>
              ) : null}
              <p className="badges">
                {q.priorityNeed ? (
                  <span className="badge priority">{ui(priorityLabel(q.priorityNeed))}</span>
                ) : null}
                {q.absent ? <span className="badge absent">{c('board.absent')}</span> : null}
                {!q.online ? <span className="badge reconnecting">{c('board.offline')}</span> : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
