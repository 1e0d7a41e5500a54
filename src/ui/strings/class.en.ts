/**
 * The words of handing in and of the class screen (src/ui/class), English. en.ts carries them
 * as `classResults`; class.zh-CN.ts has the same keys (typed against this file through Messages).
 */
import type { HandInProblem } from '../../export/handIn';
import type { ClassProblem } from '../../export/classResults';
import type { ClassStorageNote } from '../../store/classStore';

const n = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) =>
  `${n(count)} ${count === 1 ? one : many}`;

function handInProblem(problem: HandInProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return `too large (${n(Math.round(problem.bytes / 1000))} KB; a hand-in is at most ${n(problem.max / 1000)} KB)`;
    case 'notJson':
      return 'not a hand-in: the file is not JSON';
    case 'notHandIn':
      return 'not a hand-in: JSON of another kind';
    case 'unknownVersion':
      return `a hand-in of version ${problem.version}, which this version of Ledgertown cannot read`;
    case 'badShape':
      return `a damaged hand-in: ${problem.where}: ${problem.detail}`;
    case 'tampered':
      return 'changed after it was handed in: its seal does not match its contents';
    case 'codeCut':
      return 'the code is cut off: paste all of it';
    case 'codeBroken':
      return `the code is damaged (${problem.detail})`;
  }
}

export const classResults = {
  open: 'Class results',
  openHint: 'Read your class’s hand-ins together: nothing leaves this browser',
  handIn: 'Hand in',
  handInHint: 'Your work as a file or a code to send to your teacher',
  roles: {
    observer: 'Observer',
    citizen: 'Citizen',
    planner: 'Planner',
    appealsOfficer: 'Appeals officer',
  },
  grant: 'Grant',
  deny: 'Deny',
  noChoice: 'No choice',
  endings: {
    win: 'Made it',
    lose: 'Did not make it',
    timeout: 'Time ran out',
    achieved: 'Target met',
    missed: 'Target missed',
    finished: 'Shift finished',
    none: 'Still playing',
  } as Record<string, string>,

  handInView: {
    title: 'Hand in your work',
    close: 'Close',
    noRun: 'Start a scenario first: there is nothing to hand in yet.',
    name: 'Your name',
    nameHelp:
      'As your teacher will know you. Only what you type here is sent, nothing else about you.',
    what: 'What is handed in',
    whatItems: [
      'your name as typed above',
      'your predictions and explanations',
      'your role’s choices week by week and how it ended',
      'the key figures of your run, and your comparison if you made one',
      'which scenario, seed and version, so your teacher can see the same run',
    ],
    download: 'Download the file',
    code: 'Or copy this code and paste it where your teacher asks',
    codeLabel: 'Hand-in code',
    copy: 'Copy the code',
    copied: 'Copied.',
    copyFailed: 'This browser did not allow copying: select the code and copy it yourself.',
    saved: (file: string) => `Saved as ${file}.`,
    summary: (role: string, ending: string | null, answers: number, choices: number) =>
      `${role}${ending ? ` — ${ending}` : ''}; ${plural(answers, 'prediction', 'predictions')}; ${plural(choices, 'choice', 'choices')}.`,
  },

  view: {
    title: 'Class results',
    close: 'Close',
    print: 'Print the class summary',
    privacy:
      'The hand-ins are read in this browser only: nothing is uploaded. The class is kept only if you save it.',
    add: 'Add hand-ins',
    files: 'Open hand-in files…',
    filesHelp: 'Choose many at once, or drop them here (up to 200 students).',
    drop: 'Drop hand-in files here',
    codes: 'Or paste hand-in codes (as many as you like, in any order)',
    readCodes: 'Read the codes',
    noCodes: 'No hand-in code found in the pasted text (codes begin with LTH1.).',
    tooManyCodes: (max: number) => `Only the first ${n(max)} codes were read.`,
    read: (inputs: number, kept: number, rejected: number) =>
      `Read ${plural(inputs, 'hand-in', 'hand-ins')}: ${n(kept)} kept, ${n(rejected)} set aside.`,
    empty: 'No hand-ins yet. Open the files your students sent, or paste their codes.',
    rejectedTitle: 'Set aside',
    rejectedHelp: 'Each of these was not taken, for the reason given; everything else was kept.',
    source: 'From',
    reason: 'Reason',
    problem: (problem: ClassProblem): string => {
      if (problem.kind === 'duplicate') return `the same hand-in as ${problem.of}`;
      if (problem.kind === 'tooMany') return `more than ${n(problem.max)} students in one class`;
      return handInProblem(problem);
    },
    code: (i: number) => `code ${n(i)}`,
    groups: (count: number) =>
      `These hand-ins come from ${n(count)} different scenarios or rule sets. Each is shown on its own; choose which:`,
    split: (ids: string) =>
      `${ids}: the same scenario under different rule sets (its content differs between students). Their runs are not comparable, so they are kept apart.`,
    group: 'Scenario',
    groupOption: (title: string, hash: string, students: number) =>
      `${title} (${hash}) — ${plural(students, 'student', 'students')}`,
    stamp: (students: number, seeds: string) =>
      `${plural(students, 'student', 'students')}; seeds ${seeds}.`,
    table: 'Table',
    tableHide: 'Hide table',

    predictions: 'Predictions',
    noPredictions: 'No predictions were handed in for this scenario.',
    answered: (answered: number, students: number) => `${n(answered)} of ${n(students)} answered`,
    predicted: 'Predicted by the class',
    observed: 'What their runs gave',
    spread: 'Across seeds',
    matched: (matched: number, answered: number) => `${n(matched)} of ${n(answered)} were right`,
    option: 'Option',
    students: 'Students',
    runs: 'Runs',
    median: 'Median',
    min: 'Lowest',
    max: 'Highest',
    count: 'Count',
    numberChart: (text: string) =>
      `${text}: each dot one student’s prediction; the band is the range across seeds, the line its median.`,

    endingsTitle: 'Endings',
    noRoles: 'No role was played.',
    endingChart: (role: string) => `${role}: how many reached each ending`,
    flowTitle: 'From first move to ending',
    flowChart: (role: string) =>
      `${role}: each band joins a first move to an ending; its width is the number of students.`,
    firstMove: 'First move',
    ending: 'Ending',

    figuresTitle: 'The runs side by side',
    figuresHelp:
      'Each student ran their own seed, so the same rules give different figures: the spread shows how much chance alone moves them.',
    figure: 'Figure',
    figureChart: 'Each row one figure; each dot one student’s run; the tick the median.',

    listTitle: 'Students',
    sortBy: (column: string) => `Sort by ${column}`,
    name: 'Name',
    seed: 'Seed',
    role: 'Role',
    choices: 'Choices',
    remove: 'Remove',
    removeStudent: (name: string) => `Remove ${name} from the class`,
    unnamed: '(no name)',

    explanationsTitle: 'Explanations',
    noExplanations: 'No explanations were handed in.',
    oneAtATime: 'One at a time (for a projector)',
    allAtOnce: 'All at once',
    previous: 'Previous',
    next: 'Next',
    position: (i: number, count: number) => `${n(i)} of ${n(count)}`,
    projector: 'Projector colours',

    out: 'Keep and export',
    csv: 'Download the class CSV',
    save: 'Save this class in this browser',
    forget: 'Forget this class',
    forgetConfirm: 'Forget this class? The hand-ins leave this screen and this browser’s storage.',
    storageHelp: (key: string) =>
      `Saved only when you save it, in this browser’s storage under ${key}; “Forget this class” removes it.`,
    note: (note: ClassStorageNote): string => {
      switch (note.kind) {
        case 'saved':
          return `Saved: ${plural(note.students, 'student', 'students')}.`;
        case 'restored':
          return `Your saved class is back: ${plural(note.students, 'student', 'students')}.`;
        case 'forgotten':
          return 'This class is forgotten: nothing of it is kept in this browser.';
        case 'full':
          return 'Not saved: this browser’s storage is full or refuses. The class is still here; download the CSV to keep it.';
        case 'unavailable':
          return 'Not saved: this browser does not allow storage here. Download the CSV to keep the class.';
        case 'setAside':
          return `The saved class could not be read (${note.reason}); it was set aside under ${note.key}, not deleted.`;
        case 'restoredSome':
          return `Your saved class is back with ${plural(note.students, 'student', 'students')}; ${n(note.dropped)} saved hand-ins no longer passed the checks and were left out (the saved text is kept under ${note.key}).`;
      }
    },
    printed: 'Printed',
    unsaved: 'Not saved in this browser.',
    savedNow: 'Saved in this browser.',
  },
};
