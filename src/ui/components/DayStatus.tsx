/** The current day, always visible, in a status region (announced when it is not racing). */
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function DayStatus() {
  const { stores } = useApp();
  const day = useStore(stores.clock, (s) => s.day);
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const playing = useStore(stores.clock, (s) => s.playing);
  const seekingTo = useStore(stores.clock, (s) => s.seekingTo);
  const status = useStore(stores.session, (s) => s.status);
  const progress = useStore(stores.session, (s) => s.progress);
  const seed = useStore(stores.session, (s) => s.seed);
  const m = messages.top;

  let text: string;
  if (status === 'loading' && progress !== null && progress.targetDay > 0) {
    text = m.seeking(progress.day, progress.targetDay);
  } else if (status === 'loading') {
    text = m.loading;
  } else if (seekingTo !== null) {
    text = m.seeking(day, seekingTo);
  } else {
    text = m.day(day, lastDay);
  }
  const fraction = lastDay > 0 ? Math.min(1, day / lastDay) : 0;
  return (
    <div class="day-status">
      {/* Announcing every day at 20 days a second would drown a screen reader. */}
      <div role="status" aria-live={playing ? 'off' : 'polite'} class="day-text" id="day-status">
        {text}
      </div>
      <div class="day-meta">
        <div class="day-bar" aria-hidden="true">
          <div class="day-bar-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
        </div>
        <span class="muted">{day >= lastDay && lastDay > 0 ? m.finished : m.seed(seed)}</span>
      </div>
    </div>
  );
}
