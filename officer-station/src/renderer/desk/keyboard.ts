// Desk shortcuts as a pure mapping, so the list on screen and the behaviour cannot drift apart
// and typing a note or a reason never moves the audio floor.

export type DeskKeyAction =
  { type: 'focusSlot'; slot: number } | { type: 'release' } | { type: 'focusLongestWaiting' };

export type KeyInput = {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Focus is in a text field, select or editable element. */
  editing: boolean;
  /** A modal dialog is open: it owns the keyboard (Esc closes it, not the floor). */
  modalOpen: boolean;
};

/** Shown on screen in this order; the label keys live in the i18n dictionaries. */
export const DESK_SHORTCUTS = [
  { keys: '1–6', labelKey: 'shortcuts.focusSlot' },
  { keys: 'Esc', labelKey: 'shortcuts.release' },
  { keys: 'N', labelKey: 'shortcuts.longestWaiting' },
] as const;

export function deskKeyAction(input: KeyInput, slotCount: number): DeskKeyAction | null {
  if (input.ctrlKey || input.altKey || input.metaKey || input.modalOpen) return null;
  if (input.key === 'Escape') return { type: 'release' };
  if (input.editing) return null;
  if (/^[1-6]$/.test(input.key)) {
    const slot = Number(input.key) - 1;
    return slot < slotCount ? { type: 'focusSlot', slot } : null;
  }
  if (input.key === 'n' || input.key === 'N') return { type: 'focusLongestWaiting' };
  return null;
}

export function isEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
