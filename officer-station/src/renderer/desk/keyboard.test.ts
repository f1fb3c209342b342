import { describe, expect, it } from 'vitest';
import { deskKeyAction, type KeyInput } from './keyboard.js';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  editing: false,
  modalOpen: false,
  ...extra,
});

describe('deskKeyAction', () => {
  it('focuses slots 1–6 within the desk size', () => {
    expect(deskKeyAction(key('1'), 4)).toEqual({ type: 'focusSlot', slot: 0 });
    expect(deskKeyAction(key('4'), 4)).toEqual({ type: 'focusSlot', slot: 3 });
    expect(deskKeyAction(key('5'), 4)).toBeNull();
    expect(deskKeyAction(key('6'), 6)).toEqual({ type: 'focusSlot', slot: 5 });
    expect(deskKeyAction(key('7'), 6)).toBeNull();
  });

  it('releases the floor on Esc, even from a text field', () => {
    expect(deskKeyAction(key('Escape'), 4)).toEqual({ type: 'release' });
    expect(deskKeyAction(key('Escape', { editing: true }), 4)).toEqual({ type: 'release' });
  });

  it('focuses the longest-waiting booth on N', () => {
    expect(deskKeyAction(key('n'), 4)).toEqual({ type: 'focusLongestWaiting' });
    expect(deskKeyAction(key('N'), 4)).toEqual({ type: 'focusLongestWaiting' });
  });

  it('ignores keys typed into a field, chords, and everything while a dialog is open', () => {
    expect(deskKeyAction(key('3', { editing: true }), 4)).toBeNull();
    expect(deskKeyAction(key('n', { editing: true }), 4)).toBeNull();
    expect(deskKeyAction(key('2', { ctrlKey: true }), 4)).toBeNull();
    expect(deskKeyAction(key('Escape', { modalOpen: true }), 4)).toBeNull();
    expect(deskKeyAction(key('x'), 4)).toBeNull();
  });
});
