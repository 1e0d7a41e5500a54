/** Help: what colours and shapes mean, what each panel shows, and the keyboard shortcuts. */
import { useEffect, useRef } from 'preact/hooks';
import { SIDE_PANELS } from '../../store/prefsStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';
import { Legend } from './Legend';

export function HelpOverlay() {
  const { stores } = useApp();
  const open = useStore(stores.prefs, (s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const m = messages.help;

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => stores.prefs.setState({ helpOpen: false });

  return (
    <dialog ref={dialog} class="help" aria-labelledby="help-title" onClose={close}>
      <header class="help-header">
        <h2 id="help-title">{m.title}</h2>
        <button type="button" class="button button-quiet" onClick={close}>
          {m.close}
        </button>
      </header>
      <div class="help-body">
        <section>
          <h3>{m.colours}</h3>
          <p>{m.coloursText}</p>
          {open && <Legend compact={false} />}
        </section>
        <section>
          <h3>{m.panels}</h3>
          <dl class="help-panels">
            {SIDE_PANELS.map((panel) => (
              <div key={panel}>
                <dt>{messages.panels.names[panel]}</dt>
                <dd>{m.panelTexts[panel]}</dd>
              </div>
            ))}
          </dl>
          <h3>{m.mouse}</h3>
          <p>{m.mouseText}</p>
        </section>
        <section>
          <h3>{m.shortcuts}</h3>
          <table class="keys">
            <tbody>
              {m.keys.map(([key, action]) => (
                <tr key={key}>
                  <th scope="row">
                    <kbd>{key}</kbd>
                  </th>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </dialog>
  );
}
