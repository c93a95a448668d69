import { describe, expect, it } from 'vitest';
import { BODY_DOCUMENTS, CLAUSE_CONJUNCTIONS, isSpeakingDocument, SENT_DOCUMENTS } from './words.js';

describe('quote word lists', () => {
  it('knows which documents speak for their issuer, in any case and in the plural', () => {
    expect(isSpeakingDocument('Statement')).toBe(true);
    expect(isSpeakingDocument('emails')).toBe(true);
    expect(isSpeakingDocument('e-mail')).toBe(true);
    // A report speaks only for a body named right before it, not as "the report said" on its own.
    expect(isSpeakingDocument('report')).toBe(false);
    expect(isSpeakingDocument('s')).toBe(false);
  });
  it('turns each list into an alternation usable in a regular expression', () => {
    expect(new RegExp(`^(?:${SENT_DOCUMENTS})$`).test('op-ed')).toBe(true);
    expect(new RegExp(`^(?:${BODY_DOCUMENTS})$`).test('audit')).toBe(true);
    expect(new RegExp(`^(?:${BODY_DOCUMENTS})$`).test('tweet')).toBe(false);
    expect(new RegExp(`^(?:${CLAUSE_CONJUNCTIONS})$`).test('although')).toBe(true);
  });
});
