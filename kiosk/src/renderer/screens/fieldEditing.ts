// What an on-screen key does to a text field, at the caret the participant placed (or over the
// text they selected), as pure functions so the keypad behaves like a keyboard and is tested.

export type Edit = { value: string; caret: number };

export function insertAtCaret(value: string, start: number, end: number, text: string): Edit {
  const [from, to] = clamp(value, start, end);
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

/** Backspace: removes the selection, or the character before the caret. */
export function deleteAtCaret(value: string, start: number, end: number): Edit {
  const [from, to] = clamp(value, start, end);
  if (from !== to) return { value: value.slice(0, from) + value.slice(to), caret: from };
  if (from === 0) return { value, caret: 0 };
  return { value: value.slice(0, from - 1) + value.slice(from), caret: from - 1 };
}

function clamp(value: string, start: number, end: number): [number, number] {
  const a = Math.max(0, Math.min(start, value.length));
  const b = Math.max(a, Math.min(end, value.length));
  return [a, b];
}
