import { describe, expect, it } from 'vitest';
import { compilePrefilter, MAX_TEXT, pageText } from '../../src/detect/prefilter';
import { parseHTML } from 'linkedom';
import { candidateReports } from '../../src/annotate/analyze';
import { engine, kb } from '../helpers/engine';

const prefilter = compilePrefilter(kb.reports);

describe('prefilter', () => {
  it('passes a page that names a report', () => {
    expect(prefilter.candidates('See OIG-24-46 for details.')).toEqual(['OIG-24-46']);
    expect(prefilter.candidates('In report OIG-25-21 the office...')).toEqual(['OIG-25-21']);
  });

  it('passes a page that hits every context group of a report', () => {
    const text = 'The DHS inspector general found ICE could not monitor unaccompanied children.';
    expect(prefilter.candidates(text).sort()).toEqual(['OIG-24-46', 'OIG-25-21']);
  });

  it('rejects pages missing any group', () => {
    expect(prefilter.candidates('ICE arrested 32,809 people in 2024.')).toEqual([]);
    expect(prefilter.candidates('The inspector general audited the county budget.')).toEqual([]);
    expect(prefilter.candidates('Unaccompanied children crossed the border, the agency said.')).toEqual([]);
    expect(prefilter.candidates('')).toEqual([]);
  });

  it('finds a report\'s title however often its commonest word comes first', () => {
    const title = 'Management Alert \u2013 ICE Cannot Monitor All Unaccompanied Migrant Children';
    expect(prefilter.candidates(`Risk management. ${title}.`)).toContain('OIG-24-46');
    // Past 64 hits of "management", the whole text is searched.
    expect(prefilter.candidates(`${'Risk management. '.repeat(100)}${title}.`)).toContain('OIG-24-46');
    expect(prefilter.candidates('Risk management. '.repeat(100))).toEqual([]);
  });

  it('finds a short term where a report number starts with it ("OIG" in "OIG-24-46")', () => {
    // The number names OIG-24-46; "OIG" is also OIG-25-21's source term, with ICE and "UCs".
    expect(prefilter.candidates('OIG-24-46 said ICE failed the UCs.')).toEqual(['OIG-24-46', 'OIG-25-21']);
  });

  it('finds a phrase however much space a page puts between its words', () => {
    const text = `ICE lost unaccompanied children, the inspector\n${' '.repeat(60)}general said.`;
    expect(prefilter.candidates(text)).toEqual(['OIG-24-46', 'OIG-25-21']);
  });

  it('reads the first megabyte of a page at most', () => {
    const story = 'The DHS inspector general said ICE could not monitor unaccompanied children.';
    const filler = 'Chapter text without the subject. '.repeat(Math.ceil(MAX_TEXT / 34));
    expect(prefilter.candidates(`${story} ${filler}`)).toEqual(['OIG-24-46', 'OIG-25-21']);
    expect(prefilter.candidates(`${filler} ${story}`)).toEqual([]);
  });

  it('matches "ice" only as a word, not inside "notice" or "office"', () => {
    // Two context groups are enough to pass (prefilterGroups): "notice" and "office" must not count as the agency.
    expect(prefilter.candidates('The office gave notice to unaccompanied minors.')).toEqual([]);
  });
});


describe('what the prefilter reads on a live page', () => {
  const STORY = '<p>The DHS inspector general said ICE could not monitor unaccompanied children.</p>';
  const page = (body: string) => parseHTML(`<html><head><title>Page</title></head><body>${body}</body></html>`).document as unknown as Document;

  it('reads only the story when the page marks it with one <article>: a sidebar does not count', () => {
    const doc = page(`<article><p>Weather.</p><p>Sun.</p><p>Rain later.</p></article><aside>${STORY}</aside>`);
    expect(candidateReports(doc, engine)).toEqual([]);
  });

  it('reads the story inside that <article>', () => {
    const doc = page(`<nav>Menu</nav><article>${STORY}<p>More.</p><p>More still.</p></article>`);
    expect(candidateReports(doc, engine).sort()).toEqual(['OIG-24-46', 'OIG-25-21']);
  });

  it('cuts the source of scripts out of a large text that is mostly script', () => {
    const story = 'The DHS inspector general said ICE could not monitor unaccompanied children.';
    const script = `var feed = "${'ICE unaccompanied inspector general '.repeat(10_000)}";`;
    const doc = page(`<div><p>Weather today.</p><script>${script}</script><p>Sun later.</p></div><style>p{}</style>`);
    // The one-rule stylesheet is too short to cut safely: it stays, and costs nothing.
    expect(pageText(doc.body)).toBe('Weather today.\nSun later.p{}');
    expect(candidateReports(doc, engine)).toEqual([]);
    // A small page keeps its scripts' text: scanning it costs less than cutting it out.
    const small = page(`<p>${story}</p><script>var x = 1;</script>`);
    expect(pageText(small.body)).toBe(`${story}var x = 1;`);
  });

  it('reads the whole body when the lone <article> is only a teaser', () => {
    const doc = page(`<article><p>Teaser</p></article><div class="story">${STORY}</div>`);
    expect(candidateReports(doc, engine).sort()).toEqual(['OIG-24-46', 'OIG-25-21']);
  });
});
