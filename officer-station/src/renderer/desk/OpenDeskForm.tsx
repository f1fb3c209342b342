// Opening a desk: one-to-one for small offices, or 4–6 booths in One to Many mode. The server
// seats queued participants as soon as the desk opens.

import { OfficerEvents, type DeskView } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useState, type FormEvent } from 'react';
import type { BranchSocket } from '../connection/branchSocket.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useI18n } from '../i18n/I18nContext.js';

const SIZES = [1, 4, 5, 6] as const;
type DeskSize = (typeof SIZES)[number];

export function OpenDeskForm({ socket, onOpened }: { socket: BranchSocket; onOpened(desk: DeskView): void }) {
  const { ui } = useI18n();
  const [size, setSize] = useState<DeskSize>(4);
  const open = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await open.run(() => request(socket, OfficerEvents.openDesk, { slots: size }));
    if (r.ok) onOpened(r.value.desk);
  };

  return (
    <main className="open-desk">
      <h2>{ui('open.heading')}</h2>
      <p>{ui('open.intro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{ui('open.size')}</legend>
          {SIZES.map((n) => (
            <label key={n} className="size-option">
              <input
                type="radio"
                name="desk-size"
                value={n}
                checked={size === n}
                onChange={() => setSize(n)}
              />
              {n === 1 ? ui('open.oneToOne') : ui('open.oneToMany', { n })}
            </label>
          ))}
        </fieldset>
        <ErrorText error={open.error} />
        <button type="submit" className="primary" disabled={open.pending}>
          {ui('open.submit')}
        </button>
      </form>
    </main>
  );
}
