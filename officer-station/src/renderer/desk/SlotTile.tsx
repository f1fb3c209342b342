// One booth in the grid: live low-layer video, who and what, where the session stands, how long
// it has waited (amber/red past the SLA), network quality and anything asking for attention.

import type { RemoteTrack } from '@bilik/shared/client';
import { useI18n } from '../i18n/I18nContext.js';
import { claimLabel, reasonLabel } from '../i18n/translate.js';
import { VideoView } from '../media/VideoView.js';
import { priorityLabel, QUALITY_LABEL, STATE_LABEL } from './labels.js';
import type { TileModel } from './tileModel.js';

type Props = {
  model: TileModel;
  camera: RemoteTrack | null;
  longestWaiting: boolean;
  onFocus(sessionId: string): void;
};

export function SlotTile({ model, camera, longestWaiting, onFocus }: Props) {
  const { ui, lang } = useI18n();
  const s = model.session;
  const slotName = ui('tile.slot', { n: model.shortcut });
  if (!s) {
    return (
      <li className="tile tile-empty" data-slot={model.slot}>
        <h3 className="tile-title">{slotName}</h3>
        <p>{ui('tile.empty')}</p>
      </li>
    );
  }
  const classes = [
    'tile',
    `wait-${s.waitLevel}`,
    s.focused ? 'tile-focused' : '',
    longestWaiting ? 'tile-longest' : '',
  ];
  return (
    <li
      className={classes.join(' ')}
      data-slot={model.slot}
      data-session-id={s.sessionId}
      data-focused={s.focused}
      data-wait-level={s.waitLevel}
      onClick={() => !s.focused && onFocus(s.sessionId)}
    >
      <div className="tile-head">
        <h3 className="tile-title">
          <span className="tile-key" aria-hidden="true">
            {model.shortcut}
          </span>
          {s.boothName}
        </h3>
        <span className={`quality quality-${s.quality}`}>
          {ui('quality.label', { quality: ui(QUALITY_LABEL[s.quality]) })}
        </span>
      </div>
      <VideoView
        track={camera?.track ?? null}
        source="camera"
        sessionId={s.sessionId}
        label={ui('tile.video', { booth: s.boothName })}
        placeholder={ui('tile.noVideo')}
        className="tile-video"
      />
      <p className="tile-name">{s.participantName ?? ui('tile.unknownParticipant')}</p>
      <p className="tile-claim">
        {s.claimType ? claimLabel(lang, s.claimType) : ui('tile.noClaim')}
        {s.claimType && s.reason ? ` · ${reasonLabel(lang, s.claimType, s.reason)}` : ''}
      </p>
      <p className="tile-state">
        {ui(STATE_LABEL[s.state])}
        {s.waitText ? (
          <>
            {' · '}
            <span className="wait">{ui('tile.waited', { time: s.waitText })}</span>
          </>
        ) : null}
      </p>
      <ul className="badges" aria-label={ui('tile.badges')}>
        {s.reconnecting ? (
          <li className="badge badge-reconnecting" role="status">
            {ui('tile.reconnecting')}
          </li>
        ) : null}
        {s.held ? <li className="badge badge-held">{ui('tile.held')}</li> : null}
        {s.priorityNeed ? (
          <li className="badge badge-priority">{ui(priorityLabel(s.priorityNeed))}</li>
        ) : null}
        {s.wantsAttention ? (
          <li className={`badge badge-attention badge-${s.wantsAttention}`}>
            {ui(`attention.${s.wantsAttention}`)}
          </li>
        ) : null}
        {longestWaiting ? <li className="badge badge-longest">{ui('tile.longestWaiting')}</li> : null}
      </ul>
      <button
        type="button"
        className="tile-focus"
        aria-pressed={s.focused}
        disabled={s.focused}
        onClick={(event) => {
          // The tile itself also focuses on click; one request is enough.
          event.stopPropagation();
          onFocus(s.sessionId);
        }}
      >
        {s.focused ? ui('tile.focused') : ui('tile.focus', { key: model.shortcut })}
      </button>
    </li>
  );
}
