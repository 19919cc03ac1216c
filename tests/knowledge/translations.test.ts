/**
 * The knowledge base's reader-facing text in Spanish, Portuguese and French: every caveat,
 * correct reading and other-source note has all three (the validator names the file, the
 * item and the language that is missing), and each translation keeps the English figures.
 */
import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles, DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/node';
import type { TranslatedLanguage } from '../../src/knowledge/types';
import { validateKnowledgeFiles } from '../../src/knowledge/validate';

const files = readKnowledgeFiles(DEFAULT_KNOWLEDGE_DIR);
const LANGUAGES: TranslatedLanguage[] = ['es', 'pt', 'fr'];

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

/** Every translated item: where it is, its English fields and its translations. */
function items(): { where: string; english: Json; translations: Json }[] {
  return files.flatMap((f) => {
    const d = isJson(f.data) ? f.data : {};
    const own = [...list(d['caveats']), ...list(d['distortions'])];
    const all = d['kind'] === 'other-source' ? [d, ...own] : own;
    return all.map((item) => ({ where: `${f.path} ${String(item['id'])}`, english: item, translations: isJson(item['translations']) ? item['translations'] : {} }));
  });
}

/** Scale words after a number, in the four languages (Spanish "billones" and Portuguese "trilhões" are 10^12). */
const SCALES: [RegExp, number][] = [
  [/^(trillions?|billones?|trilh[õo]es|trilhão)$/u, 1e12],
  [/^(billions?|bilh[õo]es|bilhão|milliards?)$/u, 1e9],
  // "~12.3M" as a post wrote it.
  [/^(millions?|millones?|milh[õo]es|milhão|millón|m)$/u, 1e6],
];

/**
 * The values of the numbers in a text, read as its language writes them: "18.9 million",
 * "18,9 millones" and "18,9 millions" are all 18,900,000; "$8.5 billion" and "8500 millones
 * de dólares" both 8,500,000,000; "291 000" is "291.000" is "291,000" in English.
 */
function numbers(text: string, lang: 'en' | TranslatedLanguage): number[] {
  const decimal = lang === 'en' ? '.' : ',';
  const values: number[] = [];
  for (const m of text.matchAll(/(\d+(?:[.,\u00a0\u202f ]\d+)*)\s*(\p{L}*)/gu)) {
    const [whole, fraction = ''] = (m[1] ?? '').split(decimal);
    const value = Number(`${(whole ?? '').replace(/\D/g, '')}.${fraction.replace(/\D/g, '')}`);
    const scale = SCALES.find(([word]) => word.test((m[2] ?? '').toLowerCase()))?.[1] ?? 1;
    values.push(Math.round(value * scale));
  }
  return values.sort((x, y) => x - y);
}

describe('the knowledge text in four languages', () => {
  it('reads a figure the same in every language, and tells two figures apart', () => {
    expect(numbers('more than 32,000 in FY 2019', 'en')).toEqual(numbers('más de 32.000 en el año fiscal 2019', 'es'));
    expect(numbers('18.9 million, 0.2 percent', 'en')).toEqual(numbers('18,9\u00a0millions, 0,2\u00a0%', 'fr'));
    expect(numbers('$8.5 billion', 'en')).toEqual(numbers('8500 millones de dólares', 'es'));
    expect(numbers('291,000', 'en')).toEqual(numbers('291\u202f000', 'fr'));
    expect(numbers('320,000', 'en')).not.toEqual(numbers('32.000', 'pt'));
    expect(numbers('18.9 million', 'en')).not.toEqual(numbers('18,9 mil', 'pt'));
  });

  it('has es, pt and fr text for every caveat, correct reading and other-source note', () => {
    const all = items();
    expect(all.length).toBeGreaterThan(50);
    for (const { where, translations } of all) expect(Object.keys(translations).sort(), where).toEqual([...LANGUAGES].sort());
  });

  it('keeps every figure of the English, written as each language writes it', () => {
    const differ: string[] = [];
    for (const { where, english, translations } of items()) {
      for (const lang of LANGUAGES) {
        const t = translations[lang];
        if (!isJson(t)) continue;
        for (const [field, text] of Object.entries(t)) {
          const [got, want] = [numbers(String(text), lang), numbers(String(english[field]), 'en')];
          if (got.join() !== want.join()) differ.push(`${where} ${lang} ${field}: ${got.join(' ')} for ${want.join(' ')}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('says "unaccompanied children" as a native speaker does, never "UCs"', () => {
    const text = JSON.stringify(items().map((i) => i.translations));
    expect(text).not.toMatch(/\bUCs?\b/);
    expect(text).toContain('niños no acompañados');
    expect(text).toContain('crianças desacompanhadas');
    expect(text).toContain('mineurs non accompagnés');
  });
});

describe('the validator', () => {
  it('names the file, the item and the language that is missing', () => {
    const broken = structuredClone(files);
    const oig = broken.find((f) => f.path.endsWith('oig-24-46.json'));
    const source = broken.find((f) => f.path.endsWith('nyt-2023-85000.json'));
    if (!oig || !source || !isJson(oig.data) || !isJson(source.data)) throw new Error('knowledge files moved');
    const caveat = list(oig.data['caveats'])[0];
    const distortion = list(oig.data['distortions'])[0];
    if (!caveat || !distortion || !isJson(caveat['translations'])) throw new Error('OIG-24-46 lost its caveats');
    delete caveat['translations']['pt'];
    delete distortion['translations'];
    if (isJson(source.data['translations'])) delete source.data['translations']['fr'];
    const { ok, errors } = validateKnowledgeFiles(broken);
    expect(ok).toBe(false);
    expect(errors).toContain(`knowledge/reports/oig-24-46.json: /caveats/0/translations/pt: caveat "${String(caveat['id'])}" has no Portuguese (pt) text`);
    expect(errors).toContain(`knowledge/reports/oig-24-46.json: /distortions/0/translations: distortion "${String(distortion['id'])}" has no Spanish, Portuguese or French text`);
    expect(errors).toContain('knowledge/sources/nyt-2023-85000.json: /translations/fr: other source "nyt-2023-85000" has no French (fr) text');
  });
});
