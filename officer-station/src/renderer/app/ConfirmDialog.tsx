// A modal confirmation on the native <dialog>: focus is trapped and Esc cancels, for free. Used
// before anything that cannot be taken back (a decision, closing the desk, a hand-off).

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.js';

type Props = {
  open: boolean;
  title: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
};

export function ConfirmDialog({ open, title, confirmLabel, pending, onConfirm, onCancel, children }: Props) {
  const { ui } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={pending}>
          {ui('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
