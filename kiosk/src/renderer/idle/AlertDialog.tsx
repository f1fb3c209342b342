// The modal question both idle states ask: a title, a sentence and one big answer button that
// takes focus (and gives it back to where the participant was once the dialog goes).

import { useEffect, useId, useRef } from 'react';

export function AlertDialog({
  title,
  body,
  answer,
  bodyClassName,
  extraClassName,
  onAnswer,
}: {
  title: string;
  body: string;
  answer: string;
  bodyClassName?: string;
  extraClassName?: string;
  onAnswer?: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const ids = { title: useId(), body: useId() };
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    button.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="overlay">
      <div
        className={extraClassName ? `dialog ${extraClassName}` : 'dialog'}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={ids.body}
      >
        <h2 id={ids.title}>{title}</h2>
        <p id={ids.body} className={bodyClassName}>
          {body}
        </p>
        <button ref={button} type="button" className="primary huge" onClick={onAnswer}>
          {answer}
        </button>
      </div>
    </div>
  );
}
