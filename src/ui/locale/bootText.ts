/**
 * The few words the page shows before any catalogue has loaded: the boot screen in the page's
 * language, and what to do when the interface's code or its language could not be fetched (a
 * dropped school connection). Kept here, in both languages, because the catalogues are what failed.
 */
import type { Locale } from './locales';

export interface BootWords {
  appName: string;
  loading: string;
  failed: string;
  retry: string;
  /** Offered when only the chosen language failed: the page in English instead. */
  inEnglish: string;
}

export const BOOT_WORDS: Record<Locale, BootWords> = {
  en: {
    appName: 'Ledgertown',
    loading: 'Loading the town…',
    failed:
      'Ledgertown could not load its interface (the connection dropped or the files are incomplete). Check the connection and try again.',
    retry: 'Try again',
    inEnglish: 'Open in English',
  },
  'zh-CN': {
    appName: '账本镇',
    loading: '正在加载小镇……',
    failed: '账本镇的界面没有加载成功（网络中断或文件不完整）。请检查网络后重试。',
    retry: '重试',
    inEnglish: 'Open in English',
  },
};
