/**
 * The words of what the engine returns, in English: the feed's events, the citizen's ending (the
 * story's lines), and what a player is answered (replies, why a choice is unavailable, refused
 * moves, an appellant's plea and the hint in their file). Written once here: the interface's
 * catalogue (src/ui/strings/en.ts) holds these at the same keys, and src/text's wording functions
 * (feed.ts, story.ts, replies.ts) turn the engine's data into sentences with them. A translation is
 * a copy of this file (zh-CN.ts), typed against it.
 */

const fmt = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;

/** Lower-cases a label's first letter for use inside a sentence, leaving acronyms alone. */
export function lowerFirst(label: string): string {
  return /^[A-Z][^A-Z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** "your", or a relative's possessive ("Wang Li's"), in the ending's story. */
function possessive(whose: string | null): string {
  return whose === null ? 'your' : `${whose}'s`;
}

export const words = {
  entry: {
    delistedWhy: { settled: 'settled', expired: 'expired', appeal: 'appeal granted' } as Record<
      string,
      string
    >,
  },
  feed: {
    /** One event as a sentence: who, and the scenario's label of the list or sanction. */
    says: {
      listed: (name: string, list: string) => `${name} was put on the ${list}.`,
      wrongfulListing: (name: string, list: string) =>
        `${name} was put on the ${list} without having done what it records.`,
      listedAtStart: (name: string, list: string) =>
        `${name} is on the ${list} as the story begins.`,
      notice: (name: string, list: string) => `${name} was warned of listing on the ${list}.`,
      delisted: (name: string, list: string, why: string) =>
        `${name} was taken off the ${list} (${why}).`,
      refused: (name: string, consequence: string) => `${name} was refused: ${consequence}.`,
      appealFiled: (name: string, list: string) => `${name} filed an appeal against the ${list}.`,
      /** A district's cameras: how many acts a source recorded there in the day, and whose first. */
      recorded: (name: string, district: string, source: string, count: number) =>
        `${source} in ${district} recorded ${plural(count, 'act', 'acts')}, the first filed under ${name}.`,
      appealDecided: (name: string, list: string, granted: boolean, sincere: boolean) =>
        `${name}'s appeal against the ${list} was ${granted ? 'granted' : 'refused'}${sincere ? '' : ' (judged insincere)'}.`,
    },
  },
  roles: {
    /** Why a plan could not be judged (PlanProblem): the scenario's planner role is amiss. */
    planner: {
      problem: {
        noPlanner: (scenario: string) =>
          `scenario "${scenario}" declares no roles.planner: nothing to aim at`,
        unknownMetric: (metric: string, known: string[]) =>
          `roles.planner names metric "${metric}", which this run does not have: use one of ${known.join(', ')}`,
      },
    },
    citizen: {
      /** The answers to a choice (CitizenView.messages). */
      answer: {
        appealFiled: (list: string) => `An appeal was filed against the ${list}.`,
        noListingToAppeal: 'The appeals office found no listing open to appeal.',
        apologyAccepted: 'Your apology was accepted: what it answered is settled.',
        apologyInsincere: 'Your apology was judged insincere: nothing is settled.',
      },
      /** Why a choice is not available now. */
      whyNot: {
        noBusiness: 'you own no business to do this',
        noRelative: (relative: 'self' | 'parent' | 'spouse') => `you have no ${relative} at home`,
        nothingOwed: 'nothing is owed',
        noAppeals: 'there is no appeal in this town',
        alreadyAppealed: 'you have already appealed',
        nothingToApologise: 'nothing calls for an apology',
      },
    },
    officer: {
      /** What the appellant says (AppealCase.plea); `behaviour` is the record's label. */
      plea: {
        toldNothing: 'I do not know why I am on this list. Nobody has told me anything.',
        namesake: (name: string, behaviour: string) =>
          `That was another ${name}, not me. The record says "${lowerFirst(behaviour)}"; I have never done it.`,
        neverDid: (behaviour: string) =>
          `I never did what this record says ("${lowerFirst(behaviour)}"). Someone made a mistake.`,
        longAgo: 'That was more than a year ago. It is behind me.',
        payingWhatICan: 'I know I owe it. I lost work this year, and I am paying what I can.',
        sorry: 'I did it, and I am sorry. It will not happen again.',
        unfairTerms:
          'The terms were unfair, and now I cannot even travel to find work to pay them.',
      },
      /** The hint the file holds (AppealCase.clue). */
      clue: {
        qualifyingActs: (found: boolean) =>
          found
            ? 'The file shows acts of the kind the list is for in the past year.'
            : 'The file shows no act of the kind the list is for in the past year.',
        ageMismatch: (recordAge: number, appellantAge: number) =>
          `The record's details fit someone aged ${fmt(recordAge)}; the appellant is ${fmt(appellantAge)}.`,
        districtMismatch: (recordDistrict: string, appellantDistrict: string) =>
          `The record was made in ${recordDistrict}; the appellant lives in ${appellantDistrict}.`,
        sameName: 'Another person in town has exactly this name.',
        noOriginal: 'No original post, document or witness behind this record can be found.',
        oldAct: 'The act on file is more than a year old.',
        unpaid: 'The creditor confirms the sum is still unpaid.',
        confirmed: 'A second source confirms the record.',
      },
    },
    /**
     * The ending's story, line by line (GoalStatus.story). `who` and `whose` name a relative, or
     * are null for the player ("You", "your"); labels come in the page's language.
     */
    story: {
      days: (days: number[]) => {
        if (days.length === 1) return days[0] === 0 ? 'Before the story' : `Day ${fmt(days[0])}`;
        const shown = days.slice(0, 3).map(fmt).join(', ');
        const more = days.length - 3;
        return more > 0
          ? `Days ${shown} and ${fmt(more)} more (the last on day ${fmt(days[days.length - 1])})`
          : `Days ${shown}`;
      },
      line: (days: string, text: string) => `${days}: ${text}`,
      relative: (name: string) => `What happened to ${name}, whose listing reached you:`,
      act: (who: string | null, behaviour: string) =>
        `${who ?? 'You'} did this: ${behaviour.toLowerCase()}.`,
      observed: (whose: string | null, source: string, behaviour: string) =>
        `${source} recorded "${behaviour.toLowerCase()}" under ${possessive(whose)} name.`,
      misattributed: (
        whose: string | null,
        source: string,
        behaviour: string,
        actor: string | null,
      ) =>
        `${source} recorded "${behaviour.toLowerCase()}" under ${possessive(whose)} name — but it was ${actor ?? 'someone else'}, a different person with the same name.`,
      falseReport: (whose: string | null, source: string, behaviour: string) =>
        `${source} recorded "${behaviour.toLowerCase()}" under ${possessive(whose)} name — it never happened (a false report).`,
      rule: (whose: string | null, reason: string, points: number, score: number, told: boolean) =>
        `the rule "${reason}" changed ${possessive(whose)} score by ${fmt(points)} to ${fmt(score)}${told ? '' : ' (nobody told them)'}.`,
      grade: (whose: string | null, from: string, to: string) =>
        `${possessive(whose)} grade went from ${from} to ${to}.`,
      notice: (who: string | null, list: string) =>
        `${who ?? 'You'} received a warning of listing on the ${list}.`,
      listed: (who: string | null, list: string, wrongful: boolean, told: boolean) =>
        `${who ?? 'You'} ${who === null ? 'were' : 'was'} put on the ${list}${wrongful ? ' — wrongfully: no true act of what it lists in the year before' : ''}${told ? '' : ', without being told'}.`,
      delisted: (who: string | null, list: string, why: string) =>
        `${who ?? 'You'} ${who === null ? 'were' : 'was'} taken off the ${list} (${why}).`,
      learned: (who: string | null, how: string) =>
        `${who ?? 'You'} learned of the listing (${how}).`,
      learnedHow: {
        told: 'the office said so',
        refused: 'by being refused',
        notice: 'from the warning',
        published: 'from the published list',
      } as Record<string, string>,
      sanction: (who: string | null, consequence: string, via: string | null) =>
        `${consequence} applied to ${who ?? 'you'}${via === null ? '' : `, because ${via} is listed`}.`,
      sanctionLifted: (who: string | null, consequence: string) =>
        `${consequence} no longer applied to ${who ?? 'you'}.`,
      reward: (who: string | null, consequence: string) =>
        `${who ?? 'You'} received a reward: ${consequence.toLowerCase()}.`,
      refused: (who: string | null, service: string, consequence: string, via: string | null) =>
        `${who ?? 'You'} ${who === null ? 'were' : 'was'} refused (${service}): ${consequence.toLowerCase()}${via === null ? '' : ` — because of ${via}'s listing`}.`,
      settled: (who: string | null, behaviour: string) =>
        `what ${who ?? 'you'} owed for "${behaviour.toLowerCase()}" was settled.`,
      appealFiled: (list: string) => `an appeal against the ${list} was filed.`,
      appealDecided: (granted: boolean, sincere: boolean, wrongful: boolean) =>
        `the appeal was ${granted ? 'granted' : 'refused'}${sincere ? '' : ' (judged insincere)'}; the listing was ${wrongful ? 'wrongful' : 'rightful'}.`,
      unrecorded: (count: number, behaviours: string[]) =>
        `${fmt(count)} of your acts were never recorded by anyone (${[...new Set(behaviours.map((b) => b.toLowerCase()))].join('; ')}).`,
      apology: (accepted: boolean) =>
        `you apologised; the apology was ${accepted ? 'accepted' : 'judged insincere'}.`,
    },
    /** Why the engine refused a move (the citizen's choice or the officer's decision). */
    refusal: {
      notProtagonist: 'you are not the person played in this run',
      unknownAction: (action: string, choices: string[]) =>
        `there is no choice “${action}” here: choose one of ${choices.join(', ')}`,
      unavailable: (action: string, why: string) => `${action}: ${why}`,
      officeDecides: 'the appeals office decides the appeals in this run',
      noOpenCase: 'this case is no longer open: it was decided, or the listing ended',
      quotaUsed: (quota: number) =>
        `today’s ${plural(quota, 'decision is', 'decisions are')} used: end the day, or change an earlier decision`,
    },
  },
};
