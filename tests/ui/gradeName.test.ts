import { describe, expect, it } from 'vitest';
import { gradeName } from '../../src/ui/gradeName';

const scenario = {
  title: 'T',
  question: '',
  summary: '',
  intro: [],
  translations: { 'zh-CN': { grades: { clear: '未列入', AAA: '诚信模范' } } },
};

describe('gradeName', () => {
  it('keeps every id in English', () => {
    expect(gradeName(scenario, 'clear', 'en')).toBe('clear');
  });
  it('shows the translated label for an id that is an English word', () => {
    expect(gradeName(scenario, 'clear', 'zh-CN')).toBe('未列入');
  });
  it('keeps codes, and words with no translation, as written', () => {
    expect(gradeName(scenario, 'AAA', 'zh-CN')).toBe('AAA');
    expect(gradeName(scenario, '750+', 'zh-CN')).toBe('750+');
    expect(gradeName(scenario, 'marked', 'zh-CN')).toBe('marked');
    expect(gradeName(null, 'clear', 'zh-CN')).toBe('clear');
  });
});
