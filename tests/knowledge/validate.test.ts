import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/knowledge/node';
import { validateKnowledgeFiles, type KnowledgeInput } from '../../src/knowledge/validate';

const A = 'knowledge/reports/oig-24-46.json';
const B = 'knowledge/reports/oig-25-21.json';
const NYT = 'knowledge/sources/nyt-2023-85000.json';

const original = readKnowledgeFiles();

type Json = Record<string, unknown>;

function isJson(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** In-memory copies of every file; `edit` changes the copy at `path` (knowledge/ is never written). */
function mutated(path: string, edit: (file: Json) => void): KnowledgeInput[] {
  const files = original.map((f) => ({ path: f.path, data: structuredClone(f.data) }));
  const target = files.find((f) => f.path === path);
  if (!target || !isJson(target.data)) throw new Error(`no such file in the fixture: ${path}`);
  edit(target.data);
  return files;
}

function entries(file: Json, key: string): Json[] {
  const v = file[key];
  if (!Array.isArray(v)) throw new Error(`${key} is not an array`);
  return v.filter(isJson);
}

/** The entry with this id and its index, so expected pointers do not hard-code file order. */
function byId(file: Json, key: string, id: string): [Json, number] {
  const list = entries(file, key);
  const i = list.findIndex((e) => e['id'] === id);
  const entry = list[i];
  if (!entry) throw new Error(`${key} has no ${id}`);
  return [entry, i];
}

function indexOf(path: string, key: string, id: string): number {
  const file = original.find((f) => f.path === path)?.data;
  if (!isJson(file)) throw new Error(`no ${path}`);
  return byId(file, key, id)[1];
}

function errorsOf(files: KnowledgeInput[]): string[] {
  const result = validateKnowledgeFiles(files);
  expect(result.ok).toBe(false);
  return result.errors;
}

const f32 = indexOf(A, 'figures', 'oig-24-46/F32');
const f448 = indexOf(A, 'figures', 'oig-24-46/F448');

describe('the knowledge files', () => {
  it('are all found, without the schema', () => {
    const paths = original.map((f) => f.path);
    expect(paths).toContain(A);
    expect(paths).toContain(B);
    expect(paths).toContain(NYT);
    expect(paths).not.toContain('knowledge/schema.json');
  });

  it('validate', () => {
    const result = validateKnowledgeFiles(original);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('mutations are reported with file and field', () => {
  it('a figure without passage', () => {
    const errors = errorsOf(mutated(A, (f) => delete byId(f, 'figures', 'oig-24-46/F32')[0]['passage']));
    expect(errors).toContain(`${A}: /figures/${f32}/passage: required property is missing`);
  });

  it('a figure whose passage is unknown', () => {
    const errors = errorsOf(mutated(A, (f) => (byId(f, 'figures', 'oig-24-46/F32')[0]['passage'] = 'A-P99')));
    expect(errors).toContain(`${A}: /figures/${f32}/passage: unknown passage "A-P99" (not in this report)`);
  });

  it('a figure whose passage is in another report', () => {
    const errors = errorsOf(mutated(A, (f) => (byId(f, 'figures', 'oig-24-46/F32')[0]['passage'] = 'B-P1')));
    expect(errors).toContain(`${A}: /figures/${f32}/passage: unknown passage "B-P1" (not in this report)`);
  });

  it('an unknown caveat id in a figure', () => {
    const errors = errorsOf(mutated(A, (f) => (byId(f, 'figures', 'oig-24-46/F32')[0]['caveats'] = ['no-such-caveat'])));
    expect(errors).toContain(`${A}: /figures/${f32}/caveats/0: unknown caveat "no-such-caveat"`);
  });

  it('an unknown caveat id in a framing entry, a distortion and a misattributed quote', () => {
    const errors = errorsOf(
      mutated(B, (f) => {
        const [fig] = byId(f, 'figures', 'oig-25-21/F31');
        const framings = fig['framings'];
        if (!Array.isArray(framings) || !isJson(framings[0])) throw new Error('F31 has no framings');
        framings[0]['caveat'] = 'nope-1';
        entries(f, 'distortions')[0]!['caveats'] = ['nope-2'];
        entries(f, 'misattributedQuotes')[0]!['caveat'] = 'nope-3';
      }),
    );
    const f31 = indexOf(B, 'figures', 'oig-25-21/F31');
    expect(errors).toContain(`${B}: /figures/${f31}/framings/0/caveat: unknown caveat "nope-1"`);
    expect(errors).toContain(`${B}: /distortions/0/caveats/0: unknown caveat "nope-2"`);
    expect(errors).toContain(`${B}: /misattributedQuotes/0/caveat: unknown caveat "nope-3"`);
  });

  it('caveat ids resolve across files', () => {
    // OIG-25-21's figures use caveats defined in OIG-24-46; dropping that file's caveats breaks them.
    const errors = errorsOf(mutated(A, (f) => (f['caveats'] = [])));
    const f448b = indexOf(B, 'figures', 'oig-25-21/F448');
    expect(errors).toContain(`${B}: /figures/${f448b}/caveats/0: unknown caveat "f448-transfers-not-missing"`);
  });

  it('statedAs that does not occur in the passage', () => {
    const errors = errorsOf(mutated(A, (f) => (byId(f, 'figures', 'oig-24-46/F32')[0]['statedAs'] = '33,000')));
    expect(errors).toContain(`${A}: /figures/${f32}/statedAs: "33,000" does not occur in passage A-P2`);
  });

  it('a non-https URL', () => {
    const errors = errorsOf(mutated(A, (f) => (f['documentUrl'] = 'http://www.oig.dhs.gov/x.pdf')));
    expect(errors).toContain(`${A}: /documentUrl: must match pattern "^https://[^\\s]+$"`);
  });

  it('a non-https caveat source URL', () => {
    const errors = errorsOf(
      mutated(A, (f) => {
        const sources = entries(f, 'caveats')[0]!['sources'];
        if (!Array.isArray(sources) || !isJson(sources[0])) throw new Error('no sources');
        sources[0]['url'] = 'http://example.org/';
      }),
    );
    expect(errors.some((e) => e.startsWith(`${A}: /caveats/0/sources/0/url: must match pattern`))).toBe(true);
  });

  it('a missing required field', () => {
    const errors = errorsOf(mutated(A, (f) => delete f['title']));
    expect(errors).toEqual([`${A}: /title: required property is missing`]);
  });

  it('a missing required field in an other source', () => {
    const errors = errorsOf(mutated(NYT, (f) => delete f['whyNotTheReport']));
    expect(errors).toEqual([`${NYT}: /whyNotTheReport: required property is missing`]);
  });

  it('an extra property, without knock-on errors in other files', () => {
    const errors = errorsOf(mutated(A, (f) => (entries(f, 'caveats')[0]!['severity'] = 'high')));
    expect(errors).toEqual([`${A}: /caveats/0/severity: property is not allowed`]);
  });

  it('an unknown kind', () => {
    const errors = errorsOf(mutated(NYT, (f) => (f['kind'] = 'blog')));
    expect(errors).toContain(`${NYT}: /kind: must be one of: report, other-source, language`);
  });

  it('translation terms in a language that has no language file, and terms not in lowercase', () => {
    const at = indexOf(A, 'passages', 'A-P4');
    const errors = errorsOf(
      mutated(A, (f) => {
        const [p] = byId(f, 'passages', 'A-P4');
        p['translationTerms'] = { de: [['menschenhandel'], ['ausbeutung']], es: [['Trata'], ['explotación']] };
      }),
    );
    expect(errors).toContain(`${A}: /passages/${at}/translationTerms/de: no language file for "de" (add knowledge/languages/de.json)`);
    expect(errors).toContain(`${A}: /passages/${at}/translationTerms/es/0/0: term "Trata" is not lowercase`);
  });

  it('a duplicate figure id across two files', () => {
    const errors = errorsOf(mutated(B, (f) => (byId(f, 'figures', 'oig-25-21/F448')[0]['id'] = 'oig-24-46/F32')));
    const i = indexOf(B, 'figures', 'oig-25-21/F448');
    expect(errors).toContain(
      `${B}: /figures/${i}/id: duplicate figure id "oig-24-46/F32" (first defined in ${A} at /figures/${f32}/id)`,
    );
  });

  it('a duplicate caveat id across two files', () => {
    const errors = errorsOf(mutated(B, (f) => (entries(f, 'caveats')[0]!['id'] = 'quote-altered')));
    expect(errors.some((e) => e.startsWith(`${B}: /caveats/0/id: duplicate caveat id "quote-altered"`))).toBe(true);
  });

  it('an empty framing term', () => {
    const errors = errorsOf(
      mutated(A, (f) => {
        const terms = entries(f, 'framings')[0]!['terms'];
        if (!Array.isArray(terms)) throw new Error('no terms');
        terms.push('');
      }),
    );
    const [missing] = byId(original.find((x) => x.path === A)!.data as Json, 'framings', 'missing');
    const n = (missing['terms'] as unknown[]).length;
    expect(errors).toContain(`${A}: /framings/0/terms/${n}: term is empty`);
  });

  it('a term that is not lowercase', () => {
    const errors = errorsOf(
      mutated(A, (f) => {
        const context = byId(f, 'figures', 'oig-24-46/F448')[0]['context'];
        if (!Array.isArray(context)) throw new Error('no context');
        context[0] = 'HHS';
      }),
    );
    expect(errors).toContain(`${A}: /figures/${f448}/context/0: term "HHS" is not lowercase`);
  });

  it('a passage with editorial brackets', () => {
    const i = indexOf(A, 'passages', 'A-P4');
    const errors = errorsOf(
      mutated(A, (f) => {
        const selector = byId(f, 'passages', 'A-P4')[0]['selector'];
        if (!isJson(selector)) throw new Error('no selector');
        selector['exact'] = 'ICE must take immediate action to ensure the safety of UCs [unaccompanied migrant children]';
      }),
    );
    expect(errors).toContain(`${A}: /passages/${i}/selector/exact: contains square brackets: outlet insertions are not report text`);
  });

  it('a passage that keeps the truncation marker', () => {
    const i = indexOf(A, 'passages', 'A-P11');
    const errors = errorsOf(
      mutated(A, (f) => {
        const selector = byId(f, 'passages', 'A-P11')[0]['selector'];
        if (!isJson(selector)) throw new Error('no selector');
        selector['exact'] = `${String(selector['exact'])} … (truncated)`;
      }),
    );
    expect(errors.some((e) => e.startsWith(`${A}: /passages/${i}/selector/exact: contains an excerpt marker`))).toBe(true);
  });

  it('an unknown framing id in a figure and in a distortion', () => {
    const errors = errorsOf(
      mutated(A, (f) => {
        const framings = byId(f, 'figures', 'oig-24-46/F32')[0]['framings'];
        if (!Array.isArray(framings) || !isJson(framings[0])) throw new Error('no framings');
        framings[0]['framing'] = 'misplaced';
        byId(f, 'distortions', 'sum-300000')[0]['requiresFraming'] = ['vanishing'];
      }),
    );
    const d = indexOf(A, 'distortions', 'sum-300000');
    expect(errors).toContain(`${A}: /figures/${f32}/framings/0/framing: unknown framing "misplaced" (not defined in this report)`);
    expect(errors).toContain(`${A}: /distortions/${d}/requiresFraming/0: unknown framing "vanishing" (not defined in this report)`);
  });

  it('a distortion naming an unknown figure', () => {
    const d = indexOf(A, 'distortions', 'sum-320000');
    const errors = errorsOf(mutated(A, (f) => (byId(f, 'distortions', 'sum-320000')[0]['figures'] = ['oig-24-46/F999'])));
    expect(errors).toContain(`${A}: /distortions/${d}/figures/0: unknown figure "oig-24-46/F999" (not in this report)`);
  });

  it('an other-source value that is also a report figure', () => {
    const errors = errorsOf(mutated(NYT, (f) => (f['values'] = [85000, 31000])));
    expect(errors).toContain(`${NYT}: /values/1: value 31000 is also report figure oig-25-21/F31`);
  });
});
