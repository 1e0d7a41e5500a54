/**
 * Fixed syllable lists for names. Few distinct names means more people share one, which is how
 * same-name mix-ups (misattributed records) arise; the scenario sets how many of each exist.
 */
const SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Lin',
  'Gao',
  'Luo',
  'Zheng',
  'Liang',
  'Xie',
  'Song',
  'Tang',
  'Han',
  'Feng',
  'Deng',
  'Cao',
  'Peng',
  'Zeng',
  'Xiao',
  'Tian',
  'Dong',
  'Pan',
  'Yuan',
  'Cai',
  'Jiang',
  'Yu',
  'Du',
  'Ye',
  'Cheng',
  'Wei',
  'Su',
  'Lu',
  'Ding',
  'Ren',
  'Shen',
  'Yao',
  'Jin',
  'Fu',
  'Zhong',
  'Qiu',
  'Meng',
  'Qin',
  'Bai',
  'Yan',
  'Cui',
  'Kang',
  'Mao',
];

const SYLLABLES = [
  'an',
  'bo',
  'chen',
  'dan',
  'fang',
  'gang',
  'hai',
  'hong',
  'hua',
  'jian',
  'jie',
  'jing',
  'jun',
  'kai',
  'lan',
  'lei',
  'li',
  'lin',
  'ling',
  'mei',
  'min',
  'ming',
  'na',
  'ning',
  'peng',
  'ping',
  'qiang',
  'qing',
  'rong',
  'rui',
  'shan',
  'tao',
  'ting',
  'wei',
  'wen',
  'xia',
  'xin',
  'xiu',
  'yan',
  'yang',
  'yi',
  'ying',
  'yong',
  'yu',
  'yun',
  'zhen',
  'zhi',
  'zi',
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` distinct names built from `singles` then pairs of syllables, in a fixed order. */
function buildNames(count: number, singles: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (out.length < count && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  };
  for (const s of singles) add(capital(s));
  for (let a = 0; a < SYLLABLES.length && out.length < count; a++)
    for (let b = 0; b < SYLLABLES.length && out.length < count; b++)
      add(capital(SYLLABLES[a]) + SYLLABLES[b]);
  for (let k = 0; out.length < count; k++) add(`${capital(SYLLABLES[k % SYLLABLES.length])}${k}`);
  return out;
}

/** The town's surnames (common ones first). */
export const surnameList = (count: number): string[] => buildNames(count, SURNAMES);
/** The town's given names. */
export const givenNameList = (count: number): string[] => buildNames(count, SYLLABLES);
