import { describe, expect, it } from 'vitest';
import type { DocView } from './evidence.js';
import type { Draft } from './sections.js';
import { checkDraft } from './verify.js';

const text = 'The harbour board approved the new ferry timetable. “We will sail at dawn,” the captain said.';
const doc = { id: 'd', record: { text } } as unknown as DocView;
const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

describe('verification', () => {
  it('a quote must be verbatim at its span', () => {
    const q: Draft = { text: 'We will sail at dawn,', verbatim: true, cites: [{ doc, span: span('We will sail at dawn,') }] };
    expect(checkDraft(q)).toBeNull();
    expect(checkDraft({ ...q, text: 'We will sail at noon,' })).toMatch(/verbatim/);
  });
  it('a statement needs evidence holding most of its content words', () => {
    const cite = { doc, span: span('The harbour board approved the new ferry timetable.') };
    expect(checkDraft({ text: 'The harbour board approved the ferry timetable.', cites: [cite] })).toBeNull();
    expect(checkDraft({ text: 'The mayor cancelled every ferry and closed the harbour.', cites: [cite] })).toMatch(/content words/);
    expect(checkDraft({ text: 'The harbour board approved the ferry timetable.', cites: [] })).toBe('no evidence');
  });
  it('filled text: every slot value must be in the passage', () => {
    const cite = { doc, span: span('the captain said.') };
    expect(checkDraft({ text: 'Captain: the captain', cites: [cite], slots: ['captain'] })).toBeNull();
    expect(checkDraft({ text: 'Admiral: the captain', cites: [cite], slots: ['admiral'] })).toMatch(/slot/);
  });
  it('a span outside the document fails', () => {
    expect(checkDraft({ text: 'x y z', cites: [{ doc, span: [5, 99_999] }] })).toMatch(/outside/);
  });
});
