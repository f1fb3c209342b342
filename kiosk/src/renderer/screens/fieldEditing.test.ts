import { describe, expect, it } from 'vitest';
import { deleteAtCaret, insertAtCaret } from './fieldEditing.js';

describe('insertAtCaret', () => {
  it('types at the caret, not at the end', () => {
    expect(insertAtCaret('31730545', 2, 2, '9')).toEqual({ value: '319730545', caret: 3 });
    expect(insertAtCaret('', 0, 0, '3')).toEqual({ value: '3', caret: 1 });
  });
  it('replaces a selection', () => {
    expect(insertAtCaret('123456', 1, 4, '0')).toEqual({ value: '1056', caret: 2 });
  });
});

describe('deleteAtCaret', () => {
  it('deletes the digit before the caret', () => {
    expect(deleteAtCaret('317305', 3, 3)).toEqual({ value: '31305', caret: 2 });
    expect(deleteAtCaret('317305', 6, 6)).toEqual({ value: '31730', caret: 5 });
  });
  it('deletes a selection, and nothing at the start', () => {
    expect(deleteAtCaret('317305', 1, 3)).toEqual({ value: '3305', caret: 1 });
    expect(deleteAtCaret('317305', 0, 0)).toEqual({ value: '317305', caret: 0 });
  });
  it('copes with a caret past the end', () => {
    expect(deleteAtCaret('12', 9, 9)).toEqual({ value: '1', caret: 1 });
  });
});
