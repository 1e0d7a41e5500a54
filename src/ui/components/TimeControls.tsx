/** Play, pause, step, speed, jump to a day, restart: the clock's controls. */
import { useState } from 'preact/hooks';
import { SPEEDS } from '../../store/clockStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function TimeControls() {
  const { stores, controller } = useApp();
  const playing = useStore(stores.clock, (s) => s.playing);
  const speed = useStore(stores.clock, (s) => s.speed);
  const atEnd = useStore(stores.clock, (s) => s.day >= s.lastDay);
  const busy = useStore(stores.session, (s) => s.status !== 'ready');
  const m = messages.top;

  return (
    <div class="time-controls">
      <button
        type="button"
        class="button button-primary play"
        onClick={() => controller.togglePlay()}
        disabled={busy || (atEnd && !playing)}
        aria-keyshortcuts="Space"
        title={`${playing ? m.pause : m.play} (Space)`}
      >
        <span aria-hidden="true" class="icon">
          {playing ? '❚❚' : '▶'}
        </span>
        {playing ? m.pause : m.play}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => void controller.step(1)}
        disabled={busy || atEnd}
        aria-label={m.step}
        aria-keyshortcuts="ArrowRight"
        title={`${m.step} (→)`}
      >
        <span aria-hidden="true" class="icon">
          ▸❙
        </span>
        {m.stepShort}
      </button>
      <fieldset class="segmented" aria-label={m.speed}>
        <legend class="visually-hidden">{m.speed}</legend>
        {SPEEDS.map((option) => (
          <label key={String(option)} title={m.speedName(option)}>
            <input
              type="radio"
              name="speed"
              value={String(option)}
              checked={speed === option}
              onChange={() => controller.setSpeed(option)}
              aria-label={m.speedName(option)}
            />
            <span>{m.speedLabel(option)}</span>
          </label>
        ))}
      </fieldset>
      <JumpForm />
      <RestartMenu />
    </div>
  );
}

function JumpForm() {
  const { stores, controller } = useApp();
  const lastDay = useStore(stores.clock, (s) => s.lastDay);
  const busy = useStore(stores.session, (s) => s.status !== 'ready');
  const [value, setValue] = useState('');
  const m = messages.top;
  return (
    <form
      class="jump"
      onSubmit={(event) => {
        event.preventDefault();
        const day = Number(value);
        if (value !== '' && Number.isFinite(day)) void controller.jumpTo(day);
      }}
    >
      <label for="jump-day">{m.jump}</label>
      <input
        id="jump-day"
        type="number"
        inputMode="numeric"
        min={0}
        max={lastDay}
        step={1}
        value={value}
        placeholder={String(lastDay)}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <button type="submit" class="button" disabled={busy}>
        {m.jumpButton}
      </button>
    </form>
  );
}

function RestartMenu() {
  const { stores, controller } = useApp();
  const seed = useStore(stores.session, (s) => s.seed);
  const seedFixed = useStore(stores.teacher, (s) => s.settings.fixSeed);
  const busy = useStore(stores.session, (s) => s.status !== 'ready');
  const [open, setOpen] = useState(false);
  const m = messages.top;
  const choose = (newSeed: boolean) => {
    setOpen(false);
    void controller.restart({ newSeed });
  };
  return (
    <div
      class="menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        class="button"
        aria-expanded={open}
        aria-controls="restart-menu"
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {m.restart}
        <span aria-hidden="true" class="caret">
          ▾
        </span>
      </button>
      {open && (
        <div id="restart-menu" class="menu-list">
          <button type="button" class="menu-item" onClick={() => choose(false)}>
            {m.restartSame(seed)}
          </button>
          {!seedFixed && (
            <button type="button" class="menu-item" onClick={() => choose(true)}>
              {m.restartNew}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
