#!/usr/bin/env python3
"""PolNeAR train's gold.json with the quotes it leaves out: those written with doubled ASCII apostrophes
(''...''), as the New York Times articles of the corpus are. gold.json takes quotation-mark segments inside
annotated Content spans, but reads only double marks, so 116 of the 120 NYT articles have no quotes in it, and
any tool that finds their quotes is charged with them as spurious. This derives them from the same annotations
(brat .ann files) by the same rule: a quote-mark segment inside a Content span is `speech` when it is most of
the Content or 10+ words, else `partial`; the Source words are its `source_mention`; segments outside any
attribution are `unannotated` (not scored, not counted against). Documents gold.json already covers are kept.

usage: complete-gold.py CORPUS_DIR OUT.json   (CORPUS_DIR holds gold.json, polnear-train/text and attributions)
"""
import json, os, re, sys

PRONOUNS = {'he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her'}
QUOTED = re.compile(r"''(.+?)''", re.S)


def mention_kind(source):
    if not source:
        return 'none'
    if source.lower() in PRONOUNS:
        return 'pronoun'
    if re.search(r'\b[A-Z][a-z]', source) and not re.match(r'(?i)^(the|a|an|one|some|two|three|many|several)\b', source):
        return 'name'
    return 'description'


def derive(text, ann_lines):
    spans = {}
    for line in ann_lines:
        if line.startswith('T'):
            tid, mid, words = line.split('\t')[:3]
            _, pieces = mid.split(' ', 1)
            spans[tid] = ([tuple(map(int, p.split())) for p in pieces.split(';')], words)
    quotes = []
    for line in ann_lines:
        if not line.startswith('E'):
            continue
        parts = dict(p.split(':') for p in line.split('\t')[1].split())
        content, source = parts.get('Content'), parts.get('Source')
        if content not in spans:
            continue
        src = spans[source][1] if source in spans else None
        content_len = sum(b - a for a, b in spans[content][0])
        for a, b in spans[content][0]:
            for m in QUOTED.finditer(text[a:b]):
                qa, qb = a + m.start(1), a + m.end(1)
                words = text[qa:qb].strip()
                if not words:
                    continue
                kind = 'speech' if qb - qa >= 0.5 * content_len or len(words.split()) >= 10 else 'partial'
                quotes.append({'text': words, 'span': [qa, qb], 'kind': kind, 'source_mention': src, 'mention': mention_kind(src)})
    taken = [q['span'] for q in quotes]
    for m in re.finditer(r"(?:^|(?<=[\s(\[—–-]))''(.+?)''", text, re.S):
        a, b = m.start(1), m.end(1)
        if not any(x[0] < b and a < x[1] for x in taken):
            quotes.append({'text': text[a:b], 'span': [a, b], 'kind': 'unannotated', 'source_mention': None, 'mention': 'none'})
    return quotes


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    gold = json.load(open(os.path.join(corpus, 'gold.json')))
    added = 0
    for name, doc in gold['documents'].items():
        text = open(os.path.join(corpus, 'polnear-train/text', name), encoding='utf8').read()
        if text.count("''") < 2:
            continue
        ann = open(os.path.join(corpus, 'polnear-train/attributions', name[:-4] + '.ann'), encoding='utf8').read().splitlines()
        have = [q['span'] for q in doc['quotes']]
        more = [q for q in derive(text, ann) if not any(h[0] < q['span'][1] and q['span'][0] < h[1] for h in have)]
        doc['quotes'] = doc['quotes'] + more
        added += sum(q['kind'] == 'speech' for q in more)
    json.dump(gold, open(out, 'w'))
    print(f'completed gold: {added} speech quotes written with doubled apostrophes added')


main()
