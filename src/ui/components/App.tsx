/** The whole interface: start screen or town, notices, help, and the keyboard shortcuts. */
import { useApp } from '../appContext';
import { ClassroomLayer } from '../share/ClassroomLayer';
import { useStore } from '../useStore';
import { useShortcuts } from '../useShortcuts';
import { HelpOverlay } from './HelpOverlay';
import { NoticeBar } from './NoticeBar';
import { StartScreen } from './StartScreen';
import { TownScreen } from './TownScreen';

export function App() {
  const { stores } = useApp();
  const screen = useStore(stores.session, (s) => s.screen);
  // The town stays mounted behind the start screen once it exists, so the map is built once.
  const townStarted = useStore(
    stores.session,
    (s) => s.scenario !== null || s.status === 'loading',
  );
  useShortcuts();
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
