/**
 * The classroom's part of `window.ledgertown` (README, "Scripting the game"): play a role from a
 * script, make its moves, and hand in the run as a student would (file text and code).
 */
import { handInFileName, handInJson } from '../../export/handIn';
import { handInCode } from '../../export/handInCode';
import type { TownController } from '../../store/townController';
import type { TownStores } from '../../store/townStores';
import type { RoleChoice, RoleMove } from '../../worker/roleProtocol';
import type { HandInComparison } from '../../export/handIn';
import { handInOf } from './handInOf';

export interface ClassroomApi {
  /** Opens a shipped scenario playing a role (`{ kind: 'citizen', protagonist: 'journalist' }`). */
  playRole(
    fileName: string,
    role: RoleChoice,
    options?: { seed?: number; day?: number },
  ): Promise<boolean>;
  /** A move in the played role for the next day, as the desk's buttons make it. */
  roleMove(move: RoleMove): ReturnType<TownController['roleMove']>;
  /** The run handed in under this name: the file's name and text, and the code; null without a run. */
  handIn(name: string): { fileName: string; json: string; code: string } | null;
}

export function createClassroomApi(
  stores: TownStores,
  controller: TownController,
  /** The comparison the student ran, if any (the workbench is fetched when first needed). */
  comparison: () => HandInComparison | null,
): ClassroomApi {
  return {
    playRole: (fileName, role, options = {}) =>
      controller.openScenario(fileName, { seed: options.seed, toDay: options.day, role }),
    roleMove: (move) => controller.roleMove(move),
    handIn: (name) => {
      const handIn = handInOf(stores, comparison(), name);
      if (handIn === null) return null;
      return {
        fileName: handInFileName(handIn),
        json: handInJson(handIn),
        code: handInCode(handIn),
      };
    },
  };
}
