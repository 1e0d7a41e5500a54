/** The playing screen: controls on top, the map in the middle, panels at the side. */
import { Workbench } from '../editor/Workbench';
import { RoleStage } from '../roles/RoleStage';
import { MapView } from './MapView';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { TownDescription } from './TownDescription';

export function TownScreen(props: { hidden: boolean }) {
  return (
    <div class="town" hidden={props.hidden}>
      <TopBar />
      <main class="workspace" id={props.hidden ? undefined : 'main'}>
        <div class="stage">
          <MapView />
          <TownDescription />
          <Workbench />
          <RoleStage />
        </div>
        <SidePanel />
      </main>
    </div>
  );
}
