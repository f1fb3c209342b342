// The polite live region: status changes a screen reader user would otherwise miss (queue
// moved, officer joined, photo saved). Keyed by seq so the same text is announced again.

export function Announcer({ text, seq }: { text: string; seq: number }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={seq}>{text}</span>
    </div>
  );
}
