// Free-text notes on the case (desk:note), stored with the officer and time and audited.

import { OfficerEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useId, useState, type FormEvent } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';

export function NotesPanel({ sessionId, notes }: { sessionId: string; notes: readonly string[] }) {
  const { ui } = useI18n();
  const { socket } = useDesk();
  const action = useAction();
  const [text, setText] = useState('');
  const fieldId = useId();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (note === '') return;
    const r = await action.run(() => request(socket, OfficerEvents.note, { sessionId, text: note }));
    if (r.ok) setText('');
  };

  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{ui('notes.heading')}</h3>
      {notes.length === 0 ? (
        <p>{ui('notes.none')}</p>
      ) : (
        <ol className="notes-list">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ol>
      )}
      <form onSubmit={(e) => void add(e)}>
        <label htmlFor={fieldId}>{ui('notes.label')}</label>
        <textarea
          id={fieldId}
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={action.pending || text.trim() === ''}>
          {ui('notes.add')}
        </button>
      </form>
      <ErrorText error={action.error} />
    </section>
  );
}
