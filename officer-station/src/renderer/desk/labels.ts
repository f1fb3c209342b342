// Typed ui keys for the values the tiles show, so a new activity or priority need is a
// compile error here rather than a raw code on the CSO's screen.

import type { NetworkQuality, PriorityNeed } from '@bilik/shared';
import type { UiKey } from '../i18n/translate.js';
import type { Activity } from './tileModel.js';

export const ACTIVITY_LABEL: Record<Activity, UiKey> = {
  selfService: 'activity.selfService',
  waiting: 'activity.waiting',
  served: 'activity.served',
  onHold: 'activity.onHold',
  decided: 'activity.decided',
  absent: 'activity.absent',
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
