/** The dossier tab: a finder when nobody is selected, else the selected dossier. */
import { useApp } from '../appContext';
import { useStore } from '../useStore';
import { DossierView } from './DossierView';
import { PeopleFinder } from './PeopleFinder';

export function PersonPanel() {
  const { stores } = useApp();
  const selected = useStore(stores.selection, (s) => s.selected);
  return selected === null ? <PeopleFinder /> : <DossierView id={selected} />;
}
