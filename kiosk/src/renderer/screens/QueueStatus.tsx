// Where the participant stands: in the queue (place + ETA), seated at a CSO's desk waiting to
// be greeted, or on hold while their CSO serves another booth (One to Many).

import type { BoothSessionView } from '@bilik/shared';
import { useKiosk } from '../state/KioskContext.js';

export function QueueStatus({ view }: { view: BoothSessionView }) {
  const { tr } = useKiosk();
  const officer = view.officer;
  const eta =
    view.etaMinutes !== null ? (
      <p className="eta">{tr('waiting.eta', { minutes: view.etaMinutes })}</p>
    ) : null;
  if (!officer)
    return (
      <div className="queue-status">
        {view.queuePosition !== null && (
          <p className="queue-position">{tr('waiting.queue', { position: view.queuePosition })}</p>
        )}
        {eta}
        <p>{tr('waiting.queueIntro')}</p>
      </div>
    );
  const params = { name: officer.displayName, staffId: officer.staffId };
  return (
    <div className="queue-status">
      <p className="lead">{tr(view.state === 'onHold' ? 'waiting.onHold' : 'waiting.seated', params)}</p>
      {eta}
    </div>
  );
}

/** The waiting screen's heading for the same three situations. */
export function waitingTitleKey(
  view: BoothSessionView,
): 'waiting.title' | 'waiting.seatedTitle' | 'waiting.onHoldTitle' {
  if (!view.officer) return 'waiting.title';
  return view.state === 'onHold' ? 'waiting.onHoldTitle' : 'waiting.seatedTitle';
}
