import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../appContext';
import { messages } from '../strings';

/**
 * The frame every ending and debrief shares: its heading takes the focus when it opens, Escape or
 * Close puts it away, and the focus goes back to where it was.
 */
export function StageSheet(props: {
  id: string;
  eyebrow: string;
  title: string;
  tone: 'win' | 'lose' | 'neutral';
  children: ComponentChildren;
}) {
  const { stores } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    heading.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  const close = () => stores.role.setState({ debriefOpen: false });
  return (
    <section
      class={`role-stage tone-${props.tone}`}
      aria-labelledby={props.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <div class="role-stage-sheet">
        <button type="button" class="button button-quiet role-stage-close" onClick={close}>
          {messages.roles.stage.close}
        </button>
        <span class="eyebrow">{props.eyebrow}</span>
        <h2 id={props.id} ref={heading} tabIndex={-1}>
          {props.title}
        </h2>
        {props.children}
      </div>
    </section>
  );
}
