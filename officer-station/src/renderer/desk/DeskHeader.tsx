// Who is signed in, whether the branch server is reachable, language, sign-out.

import type { LoginResponse } from '@bilik/shared';
import { LangToggle } from '../app/LangToggle.js';
import type { ConnectionStatus } from '../connection/useOfficerConnection.js';
import { useI18n } from '../i18n/I18nContext.js';

type Props = {
  officer: LoginResponse['officer'];
  connection: ConnectionStatus;
  deskOpen: boolean;
  onSignOut(): void;
};

export function DeskHeader({ officer, connection, deskOpen, onSignOut }: Props) {
  const { ui } = useI18n();
  return (
    <header className="desk-header">
      <h1>{ui('app.title')}</h1>
      <p className="officer">
        {ui('header.officer', { name: officer.displayName, staffId: officer.staffId })}
      </p>
      <p className={`pill conn-${connection}`} role="status">
        {ui(`conn.${connection}`)}
      </p>
      <LangToggle />
      {/* Signing out with booths seated would leave them waiting for nobody. */}
      <button
        type="button"
        onClick={onSignOut}
        disabled={deskOpen}
        title={deskOpen ? ui('header.closeFirst') : undefined}
      >
        {ui('header.signOut')}
      </button>
    </header>
  );
}
