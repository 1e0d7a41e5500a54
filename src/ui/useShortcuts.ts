/**
 * Global keys: Space play/pause, → one day, ? help, Esc closes help or the dossier. Keys are left
 * alone where they already mean something: text fields, buttons, radios, tabs and the map.
 */
import { useEffect } from 'preact/hooks';
import { useApp } from './appContext';

/** Elements whose own keyboard behaviour wins over the shortcuts. */
const OWNS_SPACE =
  'input, textarea, select, button, a[href], summary, [contenteditable="true"], [role="tab"]';
const OWNS_ARROWS =
  'input, textarea, select, [role="tab"], [role="application"], [contenteditable="true"]';
const TYPING =
  'input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable="true"]';

export function useShortcuts(): void {
  const { stores, controller } = useApp();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const inTown = stores.session.getState().screen === 'town';
      const helpOpen = stores.prefs.getState().helpOpen;
      if (event.key === 'Escape') {
        if (helpOpen) return; // the dialog closes itself
        if (target?.closest(TYPING)) return;
        if (inTown && stores.selection.getState().selected !== null) {
          controller.select(null);
          event.preventDefault();
        }
        return;
      }
      if (event.key === '?' && !target?.closest(TYPING)) {
        stores.prefs.setState({ helpOpen: true });
        event.preventDefault();
        return;
      }
      if (!inTown || helpOpen) return;
      if (event.key === ' ' && !target?.closest(OWNS_SPACE)) {
        controller.togglePlay();
        event.preventDefault();
      } else if (event.key === 'ArrowRight' && !target?.closest(OWNS_ARROWS)) {
        void controller.step(1);
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [stores, controller]);
}
