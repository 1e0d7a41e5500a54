/** The loaded scenario's role texts and labels in the interface's language (English where not translated). */
import { useMemo } from 'preact/hooks';
import {
  localizedLabels,
  localizedRoleText,
  type LocalizedRoleText,
  type LocalizedScenarioText,
} from '../../scenario/localizedText';
import { useApp } from '../appContext';
import { locale } from '../strings';
import { useStore } from '../useStore';

/** The observer's, protagonists', planner's and officer's texts of the loaded scenario. */
export function useRoleText(): LocalizedRoleText {
  const { stores } = useApp();
  const translations = useStore(stores.session, (s) => s.scenario?.translations);
  return useMemo(() => localizedRoleText(translations, locale), [translations]);
}

/** `label(group, id, english)`: a list, behaviour, source… label of the loaded scenario. */
export function useScenarioLabel(): LocalizedScenarioText['label'] {
  const { stores } = useApp();
  const translations = useStore(stores.session, (s) => s.scenario?.translations);
  return useMemo(() => localizedLabels(translations, locale), [translations]);
}
