// After consent is refused: the same claim can be made in person, with the same originals.

import { useSpokenPrompt } from '../a11y/speech.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { useKiosk } from '../state/KioskContext.js';

export function RefusedScreen() {
  const { tr, speak, endVisit } = useKiosk();
  useSpokenPrompt(speak, `${tr('refused.body')} ${tr('refused.bring')}`);
  return (
    <section className="screen refused">
      <ScreenHeading>{tr('refused.title')}</ScreenHeading>
      <ScreenBody>
        <p className="lead">{tr('refused.body')}</p>
        <p>{tr('refused.bring')}</p>
      </ScreenBody>
      <div className="screen-actions">
        <button type="button" className="primary" onClick={() => void endVisit()}>
          {tr('refused.done')}
        </button>
      </div>
    </section>
  );
}
