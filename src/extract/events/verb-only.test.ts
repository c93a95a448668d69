import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tagTokens } from '../../text/segment.js';
import { ALWAYS_TAGGED_VERB, NEVER_TAGGED_VERB, standsAloneForTagger } from './verb-only.js';

/**
 * The tags wink's tagger can give a word in any context, read off the model. A token starts with its lexicon tag;
 * each of two rule automata then reads, token by token, the token's hint (a lexicon property) if it has one, else its
 * current tag, and a rule that matches rewrites one token of its match: to a tag it forces (negative in the model)
 * or to one the word's lexicon entry allows. So a word can end with its lexicon tag or a target of a rule whose
 * symbol at the rewritten position is one the word can show.
 */
function possibleTags(): (word: string) => string[] | null {
  let cache: any = null;
  // The cache (lexicon) is handed to the automata's token transformer: wrap it to get hold of the cache.
  const m: any = model;
  const wrapped = {
    ...m,
    pos: () => {
      const p = m.pos();
      const t0 = p.transformers[0];
      const t = (pos: number, c: unknown, raw: unknown, i: number) => ((cache = c), t0(pos, c, raw, i));
      return { ...p, transformers: [t, t] };
    },
  };
  const nlp: any = winkNLP(wrapped, ['pos']);
  nlp.readDoc('It is read.');
  const require = createRequire(import.meta.url);
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-pos-model.json');
  const machines: any[] = JSON.parse(readFileSync(file, 'utf8')).map((s: string) => JSON.parse(s));
  const OTHERWISE = '2070003';
  // Per automaton: symbol read at the rewritten token → the rule targets.
  const rules = machines.map(([, , fsm, terminal, marked]) => {
    const out = new Map<number, Set<number>>();
    const emit = (path: number[], end: string) => {
      const target = terminal[end];
      if (target === undefined || target === '0') return;
      const sym = path[marked[end]?.[0] ?? 0];
      if (!out.has(sym)) out.set(sym, new Set());
      out.get(sym)!.add(Number(target));
    };
    const walk = (state: string, path: number[]) => {
      const edges = fsm[state] ?? {};
      if (path.length && edges[OTHERWISE]) emit(path, String(edges[OTHERWISE]));
      for (const [k, next] of Object.entries(edges)) {
        if (k === OTHERWISE) continue;
        const p = [...path, Number(k)]; // "$word" edges read NaN: matched by no token's symbol, counted below
        if (terminal[String(next)] !== undefined) emit(p, String(next));
        else walk(String(next), p);
      }
    };
    walk('0', []);
    return out;
  });
  const core = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const names: string[] = JSON.parse(readFileSync(core, 'utf8')).pos.list;
  return (word: string) => {
    const found = cache.lookup(word);
    if (!found || found.length !== 1) return null;
    const idx = found[0];
    const normal = cache.normal(idx);
    const hint = cache.property(idx, 'posHint');
    let tags = new Set<number>([cache.posOf(cache.mappedSpelling(idx)) || 8]);
    for (const r of rules) {
      const next = new Set(tags);
      const symbols = [...(hint ? [hint + 1080000] : tags), NaN];
      for (const s of symbols) for (const t of r.get(s) ?? []) if (t < 0 || cache.isMemberPOS(normal, t)) next.add(Math.abs(t));
      tags = next;
    }
    return [...tags].map((t) => names[t]);
  };
}

describe('ALWAYS_TAGGED_VERB', () => {
  it('holds forms the tagger can only tag VERB or AUX', () => {
    const tagsOf = possibleTags();
    // The derivation tells verbs from nouns: "state" and "demand" may be either.
    expect(tagsOf('state')).toContain('NOUN');
    expect(tagsOf('demand')).toContain('VERB');
    for (const w of ALWAYS_TAGGED_VERB) expect([w, tagsOf(w)?.every((t) => t === 'VERB' || t === 'AUX')]).toEqual([w, true]);
  });

  it('are tagged as verbs in sentences of several shapes', () => {
    const frames = ['The minister {} the plan on Monday.', 'Officials said they {} it.', 'A {} came, the {}.', '{} the report, the {} ended.'];
    for (const w of ALWAYS_TAGGED_VERB) {
      for (const f of frames) {
        const text = f.replace(/\{\}/g, w);
        for (const t of tagTokens(text).filter((x) => x.text === w)) expect([w, f, t.pos === 'VERB' || t.pos === 'AUX']).toEqual([w, f, true]);
      }
    }
  });
});

describe('NEVER_TAGGED_VERB', () => {
  it('holds words the tagger can never tag VERB', () => {
    const tagsOf = possibleTags();
    // "while" may be a verb ("to while away"): the derivation says so.
    expect(tagsOf('while')).toContain('VERB');
    for (const w of NEVER_TAGGED_VERB) expect([w, tagsOf(w)?.includes('VERB')]).toEqual([w, false]);
  });

  it('are not tagged as verbs before a name in sentences of several shapes', () => {
    const frames = ['{} Maria Lund spoke.', 'The board said {} the mayor left.', 'It rained, {} Oslo froze.'];
    for (const w of NEVER_TAGGED_VERB) {
      for (const f of frames) {
        for (const t of tagTokens(f.replace('{}', w)).filter((x) => x.text === w)) expect([w, f, t.pos]).not.toEqual([w, f, 'VERB']);
      }
    }
  });
});

describe('standsAloneForTagger', () => {
  it('needs the tagger to split on both sides', () => {
    expect(standsAloneForTagger('they says it', 5, 9)).toBe(true);
    expect(standsAloneForTagger('says', 0, 4)).toBe(true);
    expect(standsAloneForTagger('he says, then', 3, 7)).toBe(false);
    expect(standsAloneForTagger('“says it', 1, 5)).toBe(false);
    expect(standsAloneForTagger('a\u00a0says\tb', 2, 6)).toBe(true);
  });
});
