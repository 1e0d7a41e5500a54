/** The loaded scenario's role texts in the interface's language (English where not translated). */
import { useMemo } from 'preact/hooks';
import { localizedRoleText, type LocalizedRoleText } from '../../scenario/localizedText';
import { useApp } from '../appContext';
import { locale } from '../strings';
import { useStore } from '../useStore';

export function useRoleText(): LocalizedRoleText {
  const { stores } = useApp();
  const translations = useStore(stores.session, (s) => s.scenario?.translations);
  return useMemo(() => localizedRoleText(translations, locale), [translations]);
}
