// One booth in the grid: its key and name, live low-layer video, who and what, what the
// participant is doing and for how long (amber/red past the SLA), network quality, and anything
// asking for attention: a call for help (acknowledged here or in the banner) or an absent booth.

import type { RemoteTrack } from '@bilik/shared/client';
import { useI18n } from '../i18n/I18nContext.js';
import { claimLabel, reasonLabel } from '../i18n/translate.js';
import { VideoView } from '../media/VideoView.js';
import { EndSessionButton } from './EndSessionButton.js';
import { ACTIVITY_LABEL, priorityLabel, QUALITY_LABEL } from './labels.js';
import type { TileModel } from './tileModel.js';
import { useAcknowledgeHelp } from './useAcknowledgeHelp.js';

type Props = {
  model: TileModel;
  camera: RemoteTrack | null;
  longestWaiting: boolean;
  onFocus(sessionId: string): void;
};

export function SlotTile({ model, camera, longestWaiting, onFocus }: Props) {
  const { ui, lang } = useI18n();
  const help = useAcknowledgeHelp();
  const s = model.session;
  if (!s) {
    return (
      <li className="tile tile-empty" data-slot={model.slot}>
        <h3 className="tile-title">
          <span className="tile-key" aria-hidden="true">
            {model.shortcut}
          </span>
          {ui('tile.empty')}
        </h3>
      </li>
    );
  }
  const classes = [
    'tile',
    `wait-${s.waitLevel}`,
    `activity-${s.activity}`,
    s.focused ? 'tile-focused' : '',
    longestWaiting ? 'tile-longest' : '',
    s.wantsAttention === 'help' ? 'tile-help' : '',
  ];
  return (
    <li
      className={classes.join(' ')}
      data-slot={model.slot}
      data-shortcut={model.shortcut}
      data-session-id={s.sessionId}
      data-focused={s.focused}
      data-wait-level={s.waitLevel}
      data-activity={s.activity}
      onClick={() => !s.focused && onFocus(s.sessionId)}
    >
      <div className="tile-head">
        <h3 className="tile-title">
          <span className="tile-key" aria-hidden="true">
            {model.shortcut}
          </span>
          {s.boothName}
        </h3>
        <span className={`quality quality-${s.quality}`} data-quality={s.quality}>
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
      <div className="tile-info">
        <p className="tile-name">{s.participantName ?? ui('tile.unknownParticipant')}</p>
        <p className="tile-claim">
          {s.claimType ? claimLabel(lang, s.claimType) : ui('tile.noClaim')}
          {s.claimType && s.reason ? ` · ${reasonLabel(lang, s.claimType, s.reason)}` : ''}
        </p>
        <p className="tile-state">
          <strong>{ui(ACTIVITY_LABEL[s.activity])}</strong>
          {s.waitText && s.waitKind ? (
            <>
              {' · '}
              <span className="wait">
                {ui(s.waitKind === 'sinceCheckIn' ? 'tile.sinceCheckIn' : 'tile.sinceLastTurn', {
                  time: s.waitText,
                })}
              </span>
            </>
          ) : null}
        </p>
        {s.activity === 'absent' ? <p className="tile-absent">{ui('tile.absentHint')}</p> : null}
        <ul className="badges" aria-label={ui('tile.badges')}>
          {s.reconnecting ? (
            <li className="badge badge-reconnecting" role="status">
              {ui('tile.reconnecting')}
            </li>
          ) : null}
          {s.priorityNeed ? (
            <li className="badge badge-priority">{ui(priorityLabel(s.priorityNeed))}</li>
          ) : null}
          {s.wantsAttention ? (
            <li className={`badge badge-attention badge-${s.wantsAttention}`}>
              {ui(`attention.${s.wantsAttention}`)}
            </li>
          ) : null}
          {longestWaiting ? <li className="badge badge-longest">{ui('tile.longestWaiting')}</li> : null}
          {s.captureCount > 0 ? (
            <li className="badge">{ui('tile.captures', { count: s.captureCount })}</li>
          ) : null}
        </ul>
      </div>
      {/* Buttons act on their own; a click on them must not also focus the tile. */}
      <div className="tile-actions" onClick={(event) => event.stopPropagation()}>
        {s.helpCallId ? (
          <button type="button" className="help-ack" onClick={() => help.acknowledge(s.helpCallId!)}>
            {ui('help.acknowledge')}
          </button>
        ) : null}
        {s.activity === 'absent' ? (
          <EndSessionButton sessionId={s.sessionId} boothName={s.boothName} />
        ) : null}
        <button
          type="button"
          className="tile-focus"
          aria-pressed={s.focused}
          disabled={s.focused}
          onClick={() => onFocus(s.sessionId)}
        >
          {s.focused ? ui('tile.focused') : ui('tile.focus', { key: model.shortcut })}
        </button>
      </div>
    </li>
  );
}
