/**
 * Drag a scenario file onto any part of the page to open it. While a file is over the page a
 * frame says what dropping will do; a dropped file goes through the same checks as the open
 * button. Dropping is never left to the browser, which would leave the game to show the file.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { openScenarioFile } from './openScenarioFile';
import { usePanelAccess } from './usePanelAccess';

export function FileDrop() {
  const { stores, controller } = useApp();
  const access = usePanelAccess();
  const allowed = access('scenarios') === 'open';
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the file leaves.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = allowed ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file && allowed) void openScenarioFile(file, controller, stores);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('dragover', onOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [allowed, controller, stores]);

  if (!over) return null;
  const m = messages.classroom.fileDrop;
  return (
    <div class={`file-drop${allowed ? '' : ' file-drop-refused'}`} role="status">
      <p>{allowed ? m.overlay : m.scenarioFixed}</p>
    </div>
  );
}
