// Today at a glance: served, approved, pending, rejected, average handling time, longest wait.

import type { BoardView } from '@bilik/shared';
import { formatWait } from '../../renderer/desk/tileModel.js';
import { useConsoleText } from '../i18n/ConsoleText.js';
import { longestWaitSeconds } from './boardModel.js';

export function TodayCounters({ board, now }: { board: BoardView; now: number }) {
  const c = useConsoleText();
  const { today } = board;
  const longest = longestWaitSeconds(board, now);
  const items = [
    ['today.served', String(today.served)],
    ['today.approved', String(today.approved)],
    ['today.pending', String(today.pending)],
    ['today.rejected', String(today.rejected)],
    ['today.avgHandling', today.avgHandlingSeconds === null ? '–' : formatWait(today.avgHandlingSeconds)],
    ['today.longestWait', longest === null ? '–' : formatWait(longest)],
  ] as const;
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{c('board.today')}</h2>
      <dl>
        {items.map(([key, value]) => (
          <div key={key} data-counter={key.slice('today.'.length)}>
            <dt>{c(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
