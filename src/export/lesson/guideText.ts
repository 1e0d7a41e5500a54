/**
 * The words of the teacher's guide and the student worksheet, in English and Simplified Chinese:
 * headings, the rubric, the glossary, the default lesson plan and what the answer key says. The
 * command line (`npm run sim -- guide`) and the game print the same guide from these words.
 */

export type GuideLocale = 'en' | 'zh-CN';

const fmtNumber = (locale: GuideLocale) => (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
        maximumFractionDigits: digits,
      })
    : '—';

const en = {
  title: (scenario: string) => `Teacher's guide: ${scenario}`,
  question: 'The question',
  level: 'Level',
  levelDefault: 'Ages 14–18; civics, citizenship, computing or data ethics.',
  prerequisites: 'Prerequisites',
  prerequisitesDefault: [
    'Reading a line chart over time.',
    'No knowledge of China or of programming is needed.',
  ],
  objectives: 'Learning objectives',
  fullLesson: 'A 45–50 minute lesson',
  fullLessonDefault: (p: PlanParts) => [
    `0–5 min: read the question together: “${p.question}”. Each student writes a first answer in one sentence on the worksheet.`,
    `5–12 min: read the story steps on the projector. Students answer the ${p.questions} prediction question${p.questions === 1 ? '' : 's'} in the game (or on the worksheet) before anyone presses play.`,
    '12–25 min: press play (5× or 20×). In pairs, open three dossiers each and compare what the person really did, what was recorded and what they were told; note one mismatch.',
    `25–32 min: the reveal: at day ${p.revealDay} each prediction locks and shows this run and the spread over 20 seeds. Students write why in the game.`,
    p.tryIt
      ? `32–40 min: try one change: ${p.tryIt} Run it on the same seed and note what moved.`
      : '32–40 min: open Compare A/B, run a suggested variant on the same seed, and note one person whose fate changed and why.',
    p.discussion
      ? `40–47 min: whole class: ${p.discussion}`
      : '40–47 min: whole class: what does the system see, and what does it miss?',
    '47–50 min: print or save the report (predictions and explanations included) with the worksheet.',
  ],
  shortLesson: 'A 20-minute short form',
  questions: 'Prediction questions and answer key',
  answerKeyIntro: (seeds: number, first: number, last: number) =>
    `Every figure below comes from the engine: the scenario as written, run on ${seeds} seeds (${first} to ${last}); median and range across them. A class that plays the same seeds sees the same figures.`,
  revealOn: (day: number) => `Revealed on day ${day}.`,
  kind: { number: 'a number', choice: 'a choice', ranking: 'a ranking' },
  plausible: (min: string, max: string, unit: string) =>
    `Students answer ${min} to ${max}${unit ? ` ${unit}` : ''}.`,
  median: (median: string, min: string, max: string, unit: string) =>
    `median ${median}${unit ? ` ${unit}` : ''}; range ${min} to ${max}`,
  choiceKey: (label: string) => `The median falls in “${label}”.`,
  choiceCounts: 'Seeds in each choice',
  seedsCount: (n: number) => `${n} seed${n === 1 ? '' : 's'}`,
  rankKey: 'Order of the medians, most first',
  noValue: (n: number) => `${n} run${n === 1 ? '' : 's'} gave no value (a division by zero)`,
  because: 'What a good explanation names',
  rubric: 'Rubric for the explanation',
  rubricLevels: [
    '4 — names the mechanism (what the rules, the records or the people did) and uses figures from this run and the spread across seeds; says what the system does not see.',
    '3 — names the mechanism and uses at least one figure from the run.',
    '2 — describes what happened (up, down, how many) without saying why.',
    '1 — restates the prediction, or blames chance alone.',
  ],
  misconceptions: 'Misconceptions and how the scenario confronts them',
  misconceptionsDefault: [
    {
      belief: 'A score measures what a person did.',
      confront:
        'A score counts what was recorded. The dossier shows three lenses: acts never recorded, records filed under the wrong person and reports of acts that never happened.',
    },
    {
      belief: 'One run shows what the rules do.',
      confront:
        'The reveal puts this run beside the spread over 20 seeds: a single run can sit far from the median. Compare rule sets on the same seed, and across seeds.',
    },
  ],
  belief: 'Students may think',
  confront: 'The scenario shows',
  notice: 'Things to notice',
  discussion: 'Discussion questions',
  glossary: 'Glossary',
  glossaryTerms: [
    [
      'score',
      'A number the system keeps for each person (or business), raised and lowered by rules about recorded acts.',
    ],
    [
      'grade',
      'A band of scores with a name (A, B, C, D; or “clear” and “listed”), used to decide rewards and sanctions.',
    ],
    [
      'blacklist',
      'A list of people or businesses to be sanctioned, with a reason for entry, a duration and a way off it.',
    ],
    [
      'redlist',
      'A list of the “trustworthy”, who receive rewards; its entries usually say less about why.',
    ],
    [
      'joint punishment',
      'Many agencies applying sanctions to the same blacklist: one listing refuses flights, trains, loans and more.',
    ],
    [
      'appeal',
      'A request to be taken off a list; reviewed with a capacity per day and a delay, and not always granted when the listing was wrong.',
    ],
    ['coverage', 'The chance that a surveillance source records an act in a place it watches.'],
    ['misattribution', 'A record filed under another person with the same name.'],
    ['wrongful listing', 'A listing of someone who did no act that qualifies for the list.'],
    [
      'spill-over',
      'A sanction reaching a listed person’s family (a child refused a school because of a parent).',
    ],
    [
      'opacity',
      'How much people are told: the rules, the reasons after the fact, only the score, or nothing.',
    ],
    [
      'seed',
      'The number that fixes every random draw: the same scenario and seed give the same run.',
    ],
    [
      'common random numbers',
      'The same seed gives the same people making the same choices under two rule sets, so every difference in a comparison is caused by the rules.',
    ],
  ] as [string, string][],
  stamp: (version: string, hash: string) =>
    `Written by Ledgertown ${version} from the scenario with content hash ${hash}.`,
  worksheet: {
    title: (scenario: string) => `Worksheet: ${scenario}`,
    name: 'Name',
    class: 'Class',
    date: 'Date',
    before: 'Before you press play',
    myPrediction: 'My prediction',
    range: (min: string, max: string, unit: string) =>
      `(a number from ${min} to ${max}${unit ? ` ${unit}` : ''})`,
    rankBlank: 'Order, most first: 1 ______ 2 ______ 3 ______',
    afterReveal: (day: number) => `After day ${day}`,
    thisRun: 'This run (seed ____): ____________',
    acrossSeeds: 'Across 20 seeds: median ________ range ________',
    why: 'Why? (the mechanism, with a figure)',
    figures: 'Figures to read off the charts (at the end of the run)',
    figure: 'Figure',
    value: 'Value',
    figureNames: [
      'Mean score',
      'People on a list',
      'Wrongful listings',
      'Refused purchases (all services)',
      'Appeals filed / granted',
    ],
    scenarioQuestion: 'The scenario’s question',
    answer: 'My answer, with evidence from the run:',
  },
};

export interface PlanParts {
  question: string;
  questions: number;
  revealDay: number;
  tryIt: string | undefined;
  discussion: string | undefined;
}

export type GuideWords = typeof en & { number: (value: number, digits: number) => string };

const zhCN: typeof en = {
  title: (scenario) => `教师指南：${scenario}`,
  question: '核心问题',
  level: '适用对象',
  levelDefault: '14–18 岁；公民、思想政治、信息技术或数据伦理课程。',
  prerequisites: '先备知识',
  prerequisitesDefault: ['能读懂随时间变化的折线图。', '不需要了解中国的情况，也不需要会编程。'],
  objectives: '学习目标',
  fullLesson: '45–50 分钟的课',
  fullLessonDefault: (p) => [
    `0–5 分钟：一起读核心问题：“${p.question}”。每个学生在学习单上用一句话写下最初的回答。`,
    `5–12 分钟：在投影上读故事各步。在任何人按下播放之前，学生在游戏中（或学习单上）回答 ${p.questions} 个预测问题。`,
    '12–25 分钟：按下播放（5× 或 20×）。两人一组，每人打开三份档案，比较这个人真正做了什么、被记录了什么、被告知了什么；记下一处不一致。',
    `25–32 分钟：揭晓：到第 ${p.revealDay} 天，每个预测都会锁定，并显示本次运行的结果和 20 个种子的分布。学生在游戏中写下原因。`,
    p.tryIt
      ? `32–40 分钟：尝试一处改动：${p.tryIt}在同一个种子上运行，记下哪些变化了。`
      : '32–40 分钟：打开“对比 A/B”，在同一个种子上运行一个建议的变体，记下一个命运发生变化的人以及原因。',
    p.discussion
      ? `40–47 分钟：全班讨论：${p.discussion}`
      : '40–47 分钟：全班讨论：系统看到了什么，又漏掉了什么？',
    '47–50 分钟：打印或保存报告（包括预测和解释），连同学习单一起上交。',
  ],
  shortLesson: '20 分钟的简短版',
  questions: '预测问题与答案',
  answerKeyIntro: (seeds, first, last) =>
    `下面的每个数字都来自模拟引擎：按原样运行这个情景，使用 ${seeds} 个种子（${first} 到 ${last}），取它们的中位数和范围。使用相同种子的班级会看到相同的数字。`,
  revealOn: (day) => `第 ${day} 天揭晓。`,
  kind: { number: '一个数', choice: '一个选项', ranking: '一个排序' },
  plausible: (min, max, unit) => `学生的回答在 ${min} 到 ${max}${unit ? ` ${unit}` : ''} 之间。`,
  median: (median, min, max, unit) =>
    `中位数 ${median}${unit ? ` ${unit}` : ''}；范围 ${min} 到 ${max}`,
  choiceKey: (label) => `中位数落在“${label}”。`,
  choiceCounts: '各选项中的种子数',
  seedsCount: (n) => `${n} 个种子`,
  rankKey: '中位数的排序（从多到少）',
  noValue: (n) => `有 ${n} 次运行没有数值（除数为零）`,
  because: '好的解释应当指出',
  rubric: '解释的评分标准',
  rubricLevels: [
    '4 分——指出机制（规则、记录或人们做了什么），并引用本次运行和 20 个种子分布中的数字；说明系统看不到什么。',
    '3 分——指出机制，并引用至少一个本次运行的数字。',
    '2 分——描述发生了什么（上升、下降、多少），但没有说明原因。',
    '1 分——重复自己的预测，或只归因于运气。',
  ],
  misconceptions: '常见误解，以及这个情景如何回应',
  misconceptionsDefault: [
    {
      belief: '分数衡量的是一个人做了什么。',
      confront:
        '分数统计的是被记录下来的事。档案有三个视角：从未被记录的行为、记在同名的错误的人名下的记录，以及对从未发生之事的举报。',
    },
    {
      belief: '一次运行就能说明规则的作用。',
      confront:
        '揭晓时，本次运行会与 20 个种子的分布并列显示：单次运行可能离中位数很远。要在同一个种子上比较规则，也要跨种子比较。',
    },
  ],
  belief: '学生可能认为',
  confront: '情景显示',
  notice: '值得注意',
  discussion: '讨论问题',
  glossary: '术语表',
  glossaryTerms: [
    ['分数（score）', '系统为每个人（或企业）保存的一个数字，根据关于被记录行为的规则增减。'],
    ['等级（grade）', '有名称的分数段（A、B、C、D；或“未列入”和“已列入”），用来决定奖励和惩戒。'],
    ['黑名单（blacklist）', '要受到惩戒的个人或企业名单，有列入理由、期限和移出办法。'],
    ['红名单（redlist）', '“守信者”名单，可获得奖励；其条目通常较少说明理由。'],
    [
      '联合惩戒（joint punishment）',
      '多个机构依据同一份黑名单实施惩戒：一次列入就会被拒购机票、高铁票、拒绝贷款等。',
    ],
    ['申诉（appeal）', '请求移出名单；审查有每日容量和延迟，即使列入有误也不一定获准。'],
    ['覆盖率（coverage）', '一个监控来源在其监视的地点记录下一次行为的概率。'],
    ['错误归属（misattribution）', '一条记录被记在了另一个同名的人名下。'],
    ['错误列入（wrongful listing）', '被列入名单的人并没有做过符合该名单条件的行为。'],
    ['波及（spill-over）', '惩戒波及被列入者的家人（孩子因父母而被学校拒绝）。'],
    ['不透明（opacity）', '人们被告知多少：规则、事后的理由、只有分数，或什么都没有。'],
    ['种子（seed）', '决定所有随机抽取的数字：相同的情景和种子得到相同的运行。'],
    [
      '共同随机数（common random numbers）',
      '相同的种子让同样的人在两套规则下做出同样的选择，因此对比中的每一处差异都是规则造成的。',
    ],
  ],
  stamp: (version, hash) => `由账本镇 ${version} 根据内容哈希为 ${hash} 的情景生成。`,
  worksheet: {
    title: (scenario) => `学习单：${scenario}`,
    name: '姓名',
    class: '班级',
    date: '日期',
    before: '按下播放之前',
    myPrediction: '我的预测',
    range: (min, max, unit) => `（${min} 到 ${max} 之间的数${unit ? `，单位：${unit}` : ''}）`,
    rankBlank: '从多到少排序：1 ______ 2 ______ 3 ______',
    afterReveal: (day) => `第 ${day} 天之后`,
    thisRun: '本次运行（种子 ____）：____________',
    acrossSeeds: '20 个种子：中位数 ________ 范围 ________',
    why: '为什么？（说明机制，并引用一个数字）',
    figures: '从图表中读出的数字（运行结束时）',
    figure: '指标',
    value: '数值',
    figureNames: [
      '平均分',
      '在名单上的人数',
      '错误列入',
      '被拒绝的购买（所有服务）',
      '提出 / 获准的申诉',
    ],
    scenarioQuestion: '情景的核心问题',
    answer: '我的回答，并引用运行中的证据：',
  },
};

/** The guide's and worksheet's words in `locale` (English for any other tag). */
export function guideWords(locale: string): GuideWords {
  const tag: GuideLocale = locale === 'zh-CN' ? 'zh-CN' : 'en';
  return { ...(tag === 'zh-CN' ? zhCN : en), number: fmtNumber(tag) };
}
