/** Messages for the player (worker restarts, set-aside saves), each dismissible. */
import { dismissNotice } from '../../store/sessionStore';
import { useApp } from '../appContext';
import { messages } from '../strings';
import { useStore } from '../useStore';

export function NoticeBar() {
  const { stores } = useApp();
  const notices = useStore(stores.session, (s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          class={`notice notice-${notice.tone}`}
          role={notice.tone === 'info' ? 'status' : 'alert'}
        >
          <p>{messages.notices.text(notice.message)}</p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => dismissNotice(stores.session, notice.id)}
          >
            {messages.notices.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
