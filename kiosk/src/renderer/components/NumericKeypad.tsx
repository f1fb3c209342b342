// Large on-screen digits for booths with a touch screen and no keyboard. Pressing a key must not
// take focus from the field being filled, hence preventDefault on pointer down.

import type { MouseEvent, PointerEvent } from 'react';
import type { Translate } from '../i18n/text.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function NumericKeypad({
  tr,
  onDigit,
  onDelete,
}: {
  tr: Translate;
  onDigit(d: string): void;
  onDelete(): void;
}) {
  const keep = (e: PointerEvent | MouseEvent) => e.preventDefault();
  return (
    <div className="keypad" role="group" aria-label={tr('keypad.label')}>
      {DIGITS.map((d) => (
        <button key={d} type="button" onPointerDown={keep} onMouseDown={keep} onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button
        type="button"
        className="keypad-delete"
        onPointerDown={keep}
        onMouseDown={keep}
        onClick={onDelete}
      >
        {tr('keypad.delete')}
      </button>
    </div>
  );
}
