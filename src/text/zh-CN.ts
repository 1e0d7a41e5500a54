/**
 * 引擎返回的数据的文字：简体中文。Every key of en.ts (the words of the feed, the ending's story and
 * the answers a player gets), typed against it (`TextWords`), so a key added there and missing here
 * fails `tsc`. The interface's catalogue (src/ui/strings/zh-CN.ts) holds these at the same keys.
 */
import type { TextWords } from './types';

const fmt = (n: number) => n.toLocaleString('zh-CN');
/** A count with its measure word: `count(3, '人')` → "3 人". Chinese has no plural forms. */
const count = (n: number, unit: string) => `${fmt(n)} ${unit}`;

export const words: TextWords = {
  entry: {
    delistedWhy: { settled: '已履行', expired: '期满', appeal: '申诉成功' } as Record<
      string,
      string
    >,
  },
  feed: {
    says: {
      listed: (name: string, list: string) => `${name} 被列入${list}。`,
      wrongfulListing: (name: string, list: string) =>
        `${name} 被列入${list}，但此人并没有做过名单所记录的事。`,
      listedAtStart: (name: string, list: string) => `故事开始时，${name} 已在${list}上。`,
      notice: (name: string, list: string) => `${name} 收到警告：即将被列入${list}。`,
      delisted: (name: string, list: string, why: string) => `${name} 被移出${list}（${why}）。`,
      // The sanction's label already names the refusal ("被拒购机票"), so it needs no verb here.
      refused: (name: string, consequence: string) => `${name}：${consequence}。`,
      appealFiled: (name: string, list: string) => `${name}对${list}提出申诉。`,
      recorded: (name: string, district: string, source: string, n: number) =>
        `${district}的${source}记录了 ${count(n, '次')}行为（首先是${name}）。`,
      appealDecided: (name: string, list: string, granted: boolean, sincere: boolean) =>
        `${name} 对${list}的申诉${granted ? '获准' : '被驳回'}${sincere ? '' : '（被认定为不真诚）'}。`,
    },
  },
  roles: {
    planner: {
      problem: {
        noPlanner: (scenario: string) => `情景 ${scenario} 没有设定规划者角色：没有可以追求的目标`,
        unknownMetric: (metric: string, known: string[]) =>
          `规划者角色用到了指标“${metric}”，但这次运行没有这个指标：请从 ${known.join('、')} 中选一个`,
      },
    },
    citizen: {
      answer: {
        appealFiled: (list: string) => `已针对${list}提出申诉。`,
        noListingToAppeal: '申诉办公室没有找到可以申诉的列入记录。',
        apologyAccepted: '你的道歉被接受了：道歉所针对的事已经了结。',
        apologyInsincere: '你的道歉被认定为不真诚：什么也没有了结。',
      },
      whyNot: {
        noBusiness: '你没有可以做这件事的企业',
        noRelative: (relative: 'self' | 'parent' | 'spouse') =>
          `你家里没有${{ self: '本人', parent: '父母', spouse: '配偶' }[relative]}`,
        nothingOwed: '没有欠款',
        noAppeals: '这个小镇没有申诉渠道',
        alreadyAppealed: '你已经申诉过了',
        nothingToApologise: '没有需要道歉的事',
      },
    },
    officer: {
      plea: {
        toldNothing: '我不知道自己为什么在这个名单上。从来没有人告诉过我任何事。',
        namesake: (name: string, behaviour: string) =>
          `那是另一个叫${name}的人，不是我。记录上写的是“${behaviour}”；我从来没做过。`,
        neverDid: (behaviour: string) =>
          `我从来没做过这条记录上说的事（“${behaviour}”）。一定是有人弄错了。`,
        longAgo: '那是一年多以前的事了。已经过去了。',
        payingWhatICan: '我知道我欠着这笔钱。我今年丢了工作，能还多少就在还多少。',
        sorry: '是我做的，我很抱歉。以后不会再犯了。',
        unfairTerms: '那些条款本来就不公平，现在我连出门找活挣钱还债都做不到。',
      },
      clue: {
        qualifyingActs: (found: boolean) =>
          found
            ? '档案显示，过去一年里有该名单所针对的那类行为。'
            : '档案显示，过去一年里没有该名单所针对的那类行为。',
        ageMismatch: (recordAge: number, appellantAge: number) =>
          `记录中的细节符合一个 ${fmt(recordAge)} 岁的人；申诉人 ${fmt(appellantAge)} 岁。`,
        districtMismatch: (recordDistrict: string, appellantDistrict: string) =>
          `这条记录是在${recordDistrict}做出的；申诉人住在${appellantDistrict}。`,
        sameName: '镇上另有一个人与申诉人完全同名。',
        noOriginal: '找不到这条记录背后的任何原帖、文件或证人。',
        oldAct: '档案中的行为已是一年多以前的事。',
        unpaid: '债权人确认这笔钱仍未偿还。',
        confirmed: '另一个来源证实了这条记录。',
      },
    },
    story: {
      days: (days: number[]) => {
        if (days.length === 1) return days[0] === 0 ? '故事开始之前' : `第 ${fmt(days[0])} 天`;
        const shown = `第 ${days.slice(0, 3).map(fmt).join('、')} 天`;
        const more = days.length - 3;
        return more > 0
          ? `${shown}及另外 ${count(more, '次')}（最后一次在第 ${fmt(days[days.length - 1])} 天）`
          : shown;
      },
      line: (days: string, text: string) => `${days}：${text}`,
      relative: (name: string) => `${name}的遭遇（此人被列入名单，牵连到了你）：`,
      act: (who: string | null, behaviour: string) => `${who ?? '你'}做了这件事：${behaviour}。`,
      observed: (whose: string | null, source: string, behaviour: string) =>
        `${source}在${whose ?? '你'}名下记录了“${behaviour}”。`,
      misattributed: (
        whose: string | null,
        source: string,
        behaviour: string,
        actor: string | null,
      ) =>
        `${source}在${whose ?? '你'}名下记录了“${behaviour}”——但那是${actor ?? '别人'}，一个同名的人。`,
      falseReport: (whose: string | null, source: string, behaviour: string) =>
        `${source}在${whose ?? '你'}名下记录了“${behaviour}”——这件事从未发生（虚假举报）。`,
      rule: (whose: string | null, reason: string, points: number, score: number, told: boolean) =>
        `规则“${reason}”使${whose ?? '你'}的分数${points < 0 ? '减少' : '增加'} ${fmt(Math.abs(points))} 分，变为 ${fmt(score)} 分${told ? '' : '（没有人告知本人）'}。`,
      grade: (whose: string | null, from: string, to: string) =>
        `${whose ?? '你'}的等级从“${from}”变为“${to}”。`,
      notice: (who: string | null, list: string) => `${who ?? '你'}收到警告：即将被列入${list}。`,
      listed: (who: string | null, list: string, wrongful: boolean, told: boolean) =>
        `${who ?? '你'}被列入${list}${wrongful ? '——这是错误的：此前一年里并没有该名单所针对的真实行为' : ''}${told ? '' : '，且没有被告知'}。`,
      delisted: (who: string | null, list: string, why: string) =>
        `${who ?? '你'}被移出${list}（${why}）。`,
      learned: (who: string | null, how: string) => `${who ?? '你'}得知自己被列入名单（${how}）。`,
      learnedHow: {
        told: '有关部门告知',
        refused: '因为被拒绝',
        notice: '通过警告',
        published: '看到公示的名单',
      } as Record<string, string>,
      sanction: (who: string | null, consequence: string, via: string | null) =>
        `“${consequence}”开始适用于${who ?? '你'}${via === null ? '' : `，因为${via}在名单上`}。`,
      sanctionLifted: (who: string | null, consequence: string) =>
        `“${consequence}”不再适用于${who ?? '你'}。`,
      reward: (who: string | null, consequence: string) =>
        `${who ?? '你'}获得奖励：${consequence}。`,
      // The sanction's label already says what was refused ("被拒购高铁票").
      refused: (who: string | null, _service: string, consequence: string, via: string | null) =>
        `${who ?? '你'}遭到拒绝：${consequence}${via === null ? '' : `——因为${via}被列入名单`}。`,
      settled: (who: string | null, behaviour: string) =>
        `${who ?? '你'}因“${behaviour}”所欠的已经清偿。`,
      appealFiled: (list: string) => `针对${list}的申诉已经提出。`,
      appealDecided: (granted: boolean, sincere: boolean, wrongful: boolean) =>
        `申诉${granted ? '获准' : '被驳回'}${sincere ? '' : '（被认定为不真诚）'}；这次列入${wrongful ? '是错误的' : '是有依据的'}。`,
      unrecorded: (n: number, behaviours: string[]) =>
        `你有 ${count(n, '次')}行为从未被任何人记录（${[...new Set(behaviours)].join('；')}）。`,
      apology: (accepted: boolean) => `你道歉了；道歉${accepted ? '被接受了' : '被认定为不真诚'}。`,
    },
    refusal: {
      notProtagonist: '你不是这局游戏中扮演的人',
      unknownAction: (action: string, choices: string[]) =>
        `这里没有“${action}”这个选择：请从${choices.join('、')}中选一个`,
      unavailable: (action: string, why: string) => `${action}：${why}`,
      officeDecides: '这局游戏中由申诉办公室自己决定申诉',
      noOpenCase: '这件申诉已不再待决：它已被决定，或者列入已经结束',
      quotaUsed: (quota: number) =>
        `今天的 ${count(quota, '项')}决定已经用完：结束这一天，或者修改之前的某个决定`,
    },
  },
};
