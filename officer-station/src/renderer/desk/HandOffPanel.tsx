// Hand-off: moves the focused booth to another CSO's open desk with a free slot (a colleague
// who knows JKK claims, a desk that is less busy). The server moves its media there.

import { OfficerEvents, type DeskSummary } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useI18n } from '../i18n/I18nContext.js';
import { useDesk } from './DeskContext.js';

type Props = { deskId: string; sessionId: string; boothName: string };

export function HandOffPanel({ deskId, sessionId, boothName }: Props) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const [desks, setDesks] = useState<DeskSummary[] | null>(null);
  const [target, setTarget] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const list = useAction();
  const move = useAction();
  const selectId = useId();

  const load = async () => {
    const r = await list.run(() => request(socket, OfficerEvents.listDesks, {}));
    if (!r.ok) return;
    const others = r.value.desks.filter((d) => d.deskId !== deskId && d.occupied < d.slots);
    setDesks(others);
    setTarget(others[0]?.deskId ?? '');
  };

  const handOff = async () => {
    const r = await move.run(() => request(socket, OfficerEvents.handOff, { sessionId, toDeskId: target }));
    setConfirming(false);
    if (r.ok) setDesks(null);
  };

  const chosen = desks?.find((d) => d.deskId === target);
  return (
    <section className="handoff" aria-labelledby="handoff-heading">
      <h3 id="handoff-heading">{ui('handoff.heading')}</h3>
      {desks === null ? (
        <button type="button" onClick={() => void load()} disabled={list.pending}>
          {ui('handoff.load')}
        </button>
      ) : desks.length === 0 ? (
        <p>{ui('handoff.none')}</p>
      ) : (
        <div className="handoff-form">
          <label htmlFor={selectId}>{ui('handoff.target')}</label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            {desks.map((d) => (
              <option key={d.deskId} value={d.deskId}>
                {ui('handoff.option', { officer: d.officerName, occupied: d.occupied, slots: d.slots })}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => setConfirming(true)} disabled={!chosen}>
            {ui('handoff.submit')}
          </button>
        </div>
      )}
      <ErrorText error={list.error ?? move.error} />
      <ConfirmDialog
        open={confirming}
        title={ui('handoff.confirmTitle')}
        confirmLabel={ui('handoff.submit')}
        pending={move.pending}
        onConfirm={() => void handOff()}
        onCancel={() => setConfirming(false)}
      >
        <p>{ui('handoff.confirmBody', { booth: boothName, officer: chosen?.officerName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
