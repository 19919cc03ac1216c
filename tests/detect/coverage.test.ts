import { describe, expect, it } from 'vitest';
import { decideCoverage, type ReportEvidence } from '../../src/detect/coverage';
import { OIG_24_46, OIG_25_21 } from '../helpers/engine';

const TOPIC = 'The DHS inspector general found ICE cannot monitor unaccompanied children.';

function evidence(partial: Partial<Omit<ReportEvidence, 'report'>>[]): ReportEvidence[] {
  return [OIG_24_46, OIG_25_21].map((report, i) => ({ report, figureValues: [], distortions: 0, quotes: 0, ...partial[i] }));
}

describe('coverage', () => {
  it('covers a report the article names, even without figures', () => {
    expect(decideCoverage('The alert, OIG-24-46, was issued in August.', evidence([{}, {}]))).toEqual(['OIG-24-46']);
  });

  it('covers a report whose topic and own figure the article has', () => {
    expect(decideCoverage(TOPIC, evidence([{ figureValues: [32000] }, {}]))).toEqual(['OIG-24-46']);
    expect(decideCoverage(TOPIC, evidence([{}, { figureValues: [31000] }]))).toEqual(['OIG-25-21']);
  });

  it('needs the topic as well as a figure: a number alone is not coverage', () => {
    expect(decideCoverage('ICE held 32,000 people in detention.', evidence([{ figureValues: [32000] }, {}]))).toEqual([]);
  });

  it('needs a figure or quote as well as the topic', () => {
    expect(decideCoverage(TOPIC, evidence([{}, {}]))).toEqual([]);
  });

  it('gives a shared figure to the report the wording points to, and to neither on a tie', () => {
    const shared = evidence([{ figureValues: [448000] }, { figureValues: [448000] }]);
    expect(decideCoverage(`${TOPIC} The final audit, released in March 2025, found 448,000 transfers.`, shared)).toEqual(['OIG-25-21']);
    expect(decideCoverage(`${TOPIC} The management alert found 448,000 transfers.`, shared)).toEqual(['OIG-24-46']);
    expect(decideCoverage(`${TOPIC} It found 448,000 transfers.`, shared)).toEqual([]);
  });

  it('reads the wording that points to one report in Spanish, Portuguese and French too', () => {
    const shared = evidence([{ figureValues: [448000] }, { figureValues: [448000] }]);
    const es = 'El inspector general del DHS informó que el ICE transfirió a 448.000 menores no acompañados.';
    expect(decideCoverage(`${es} La auditoría final, publicada en marzo de 2025, lo confirma.`, shared)).toEqual(['OIG-25-21']);
    expect(decideCoverage(`${es} La alerta de gestión se publicó en agosto de 2024.`, shared)).toEqual(['OIG-24-46']);
    expect(decideCoverage(`L'inspecteur général a publié une alerte de gestion sur 448 000 enfants.`, shared)).toEqual(['OIG-24-46']);
  });

  it('covers both reports when the article carries evidence of each', () => {
    expect(decideCoverage(TOPIC, evidence([{ figureValues: [32000] }, { figureValues: [31000] }]))).toEqual(['OIG-24-46', 'OIG-25-21']);
  });

  it('weighs the evidence: the author and two figures are enough without the agency', () => {
    const text = 'The inspector general found 32,000 children missed court and 291,000 never got a notice.';
    expect(decideCoverage(text, evidence([{ figureValues: [32000, 291000] }, {}]))).toEqual(['OIG-24-46']);
  });

  it('speaks of a document with two figures: "a new audit" is enough', () => {
    const text = 'A new audit found 32,000 unaccompanied children missed court and 291,000 never got a notice.';
    expect(decideCoverage(text, evidence([{ figureValues: [32000, 291000] }, {}]))).toEqual(['OIG-24-46']);
  });

  it('needs the author, a quotation or a document: figures of the right size in an agency story are not coverage', () => {
    const text = 'Officials said ICE has located 32,000 unaccompanied children and is looking for 291,000 more.';
    expect(decideCoverage(text, evidence([{ figureValues: [32000, 291000] }, {}]))).toEqual([]);
    expect(decideCoverage(text, evidence([{ figureValues: [32000], quotes: 1 }, {}]))).toEqual(['OIG-24-46']);
  });
});
