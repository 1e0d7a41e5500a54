/** The command table: adding a command is adding its file and one line here. */
import { claimsCommand } from './claims/claims';
import type { Command } from './command';
import { compareCommand } from './compare';
import { dossierCommand } from './dossier';
import { guideCommand } from './guide';
import { runCommand } from './run';
import { schemaCommand } from './schema';
import { sourcesCommand } from './sources';
import { sweepCommand } from './sweep/sweep';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  runCommand,
  dossierCommand,
  compareCommand,
  sweepCommand,
  claimsCommand,
  guideCommand,
  sourcesCommand,
  schemaCommand,
];
