/** The played role in a few words, for the desk's heading and the ending screens. */
import type { LocalizedRoleText } from '../../scenario/localizedText';
import { playedProtagonist, type RoleState } from '../../store/roleStore';
import { messages } from '../strings';

/** "Citizen: the journalist (Lu Fang)", "Planner", "Appeals officer" or "Observer". */
export function roleTitle(role: RoleState, texts: LocalizedRoleText): string {
  const m = messages.roles.titles;
  const play = role.playing;
  switch (play.kind) {
    case 'citizen':
      return m.citizen(
        texts
          .protagonist(play.protagonist)
          .label(playedProtagonist(role)?.label ?? play.protagonist),
        role.frame?.citizen?.view.name ?? '',
      );
    case 'planner':
      return m.planner;
    case 'appealsOfficer':
      return m.officer;
    case 'observer':
      return m.observer;
  }
}
