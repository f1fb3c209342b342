// Typed ui keys for the values the server sends, so a new session state or priority need is a
// compile error here rather than a raw code on the CSO's screen.

import type { NetworkQuality, PriorityNeed, SessionState } from '@bilik/shared';
import type { UiKey } from '../i18n/translate.js';

export const STATE_LABEL: Record<SessionState, UiKey> = {
  checkingIn: 'state.checkingIn',
  selfService: 'state.selfService',
  waiting: 'state.waiting',
  inConversation: 'state.inConversation',
  onHold: 'state.onHold',
  deciding: 'state.deciding',
  decided: 'state.decided',
  closed: 'state.closed',
};

export const QUALITY_LABEL: Record<NetworkQuality, UiKey> = {
  good: 'quality.good',
  fair: 'quality.fair',
  poor: 'quality.poor',
  unknown: 'quality.unknown',
};

const PRIORITY_LABEL: Record<PriorityNeed, UiKey> = {
  disability: 'priority.disability',
  elderly: 'priority.elderly',
  pregnant: 'priority.pregnant',
};

export function priorityLabel(need: string): UiKey {
  return PRIORITY_LABEL[need as PriorityNeed] ?? 'priority.other';
}
