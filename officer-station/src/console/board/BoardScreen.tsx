// The supervisor's live board: today's counters, every open desk, and beside them the calls for
// help and the queue. Redrawn on every push; the waiting timers tick locally between pushes.

import type { BoardView } from '@bilik/shared';
import { useNow } from '../../renderer/desk/useNow.js';
import type { SlaThresholds } from '../../renderer/desk/tileModel.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { deskModel } from './boardModel.js';
import { DeskCard } from './DeskCard.js';
import { HelpCallList } from './HelpCallList.js';
import { QueueList } from './QueueList.js';
import { TodayCounters } from './TodayCounters.js';

type Props = { board: BoardView | undefined; sla: { slaAmberSeconds: number; slaRedSeconds: number } };

export function BoardScreen({ board, sla: config }: Props) {
  const c = useConsoleText();
  const now = useNow();
  if (!board) return <p role="status">{c('console.loading')}</p>;
  const sla: SlaThresholds = { amberSeconds: config.slaAmberSeconds, redSeconds: config.slaRedSeconds };
  const time = new Date(board.at).toLocaleTimeString('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (
    <div className="board" data-board-at={board.at}>
      <div className="board-top">
        <h2 className="visually-hidden">{c('board.heading')}</h2>
        <TodayCounters board={board} now={now} />
        <p className="board-updated">{c('board.updated', { time })}</p>
      </div>
      <section className="board-desks" aria-labelledby="board-desks-heading">
        <h2 id="board-desks-heading">{c('board.desks', { count: board.desks.length })}</h2>
        {board.desks.length === 0 ? <p>{c('board.noDesks')}</p> : null}
        <ul className="desk-cards">
          {board.desks.map((d) => (
            <DeskCard key={d.deskId} model={deskModel(d, now, sla)} />
          ))}
        </ul>
      </section>
      <aside className="board-side">
        <HelpCallList board={board} />
        <QueueList queue={board.queue} now={now} sla={sla} />
      </aside>
    </div>
  );
}
