// Unanswered calls for help, with where the booth sits (a CSO answers them at the desk).

import type { BoardView } from '@bilik/shared';
import { useConsoleText } from '../i18n/ConsoleText.js';

export function HelpCallList({ board }: { board: BoardView }) {
  const c = useConsoleText();
  const officerOf = new Map(board.desks.map((d) => [d.deskId, d.officer.displayName]));
  return (
    <section className="help-calls" aria-labelledby="help-heading">
      <h2 id="help-heading">{c('board.helpCalls', { count: board.helpCalls.length })}</h2>
      {board.helpCalls.length === 0 ? <p>{c('board.helpNone')}</p> : null}
      <ul>
        {board.helpCalls.map((h) => {
          const time = new Date(h.calledAt).toLocaleTimeString('id-ID', {
            hour: '2-digit',
            minute: '2-digit',
          });
          const officer = h.deskId ? officerOf.get(h.deskId) : undefined;
          return (
            <li key={h.helpCallId} className="help-call">
              <p>
                <strong>{c('board.helpAt', { booth: h.boothName, time })}</strong>
              </p>
              <p>{officer ? c('board.helpDesk', { officer }) : c('board.helpNoDesk')}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
