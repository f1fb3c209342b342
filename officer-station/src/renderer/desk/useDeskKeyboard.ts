// Applies the desk shortcuts (keyboard.ts) to the open desk; number keys follow the grid's order.

import type { DeskView } from '@bilik/shared';
import { useEffect } from 'react';
import { deskKeyAction, isEditingTarget } from './keyboard.js';
import { orderSlots } from './tileModel.js';

export function useDeskKeyboard(
  desk: DeskView,
  longestWaiting: string | null,
  focus: (sessionId: string | null) => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = deskKeyAction(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          editing: isEditingTarget(event.target),
          modalOpen: document.querySelector('dialog[open]') !== null,
        },
        desk.slots.length,
      );
      if (!action) return;
      let target: string | null | undefined;
      if (action.type === 'release') target = desk.focusedSessionId === null ? undefined : null;
      else if (action.type === 'focusSlot') target = orderSlots(desk.slots)[action.slot]?.session?.sessionId;
      else target = longestWaiting ?? undefined;
      if (target === undefined || target === desk.focusedSessionId) return;
      event.preventDefault();
      focus(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desk, longestWaiting, focus]);
}
