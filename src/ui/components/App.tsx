/** The whole interface: start screen or town, notices, help, and the keyboard shortcuts. */
import { useEffect } from 'preact/hooks';
import { useApp } from '../appContext';
import { ClassroomLayer } from '../share/ClassroomLayer';
import { useStore } from '../useStore';
import { useShortcuts } from '../useShortcuts';
import { HelpOverlay } from './HelpOverlay';
import { NoticeBar } from './NoticeBar';
import { loadWorkbench } from '../editor/workbenchContext';
import { lazyPart } from './lazyPart';
import { StartScreen } from './StartScreen';

/**
 * The playing screen, with the rule workbench its top bar opens, is fetched when a town starts
 * loading, beside the town's own start-up.
 */
const TownScreen = lazyPart(
  () => {
    // The map's code (Phaser) starts downloading now, beside the screen's, not once it is drawn;
    // MapView's own import of it, when drawn, is the one that counts.
    import('../../game/createTownMap').catch(() => undefined);
    return Promise.all([import('./TownScreen'), loadWorkbench()]).then(([m]) => m.TownScreen);
  },
  { name: 'town' },
);

export function App() {
  const { stores } = useApp();
  const screen = useStore(stores.session, (s) => s.screen);
  // The town stays mounted behind the start screen once it exists, so the map is built once.
  const townStarted = useStore(
    stores.session,
    (s) => s.scenario !== null || s.status === 'loading',
  );
  useShortcuts();
  // Each screen opens at its top, however far down the other one was scrolled (Start sits low on a
  // short window's start screen).
  useEffect(() => window.scrollTo(0, 0), [screen]);
  return (
    <>
      <NoticeBar />
      <ClassroomLayer />
      {screen === 'start' && <StartScreen />}
      {townStarted && <TownScreen hidden={screen !== 'town'} />}
      <HelpOverlay />
    </>
  );
}
