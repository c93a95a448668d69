// Words whose part of speech the tagger (wink-eng-lite-web-model) decides the same way in any context, so that the
// event rules need not tag a sentence to ask about them (verb-only.test.ts derives both lists from the model).
//
// Forms of trigger verbs that the tagger tags VERB or AUX whatever their context: its lexicon gives them VERB and
// none of its rules can give them a tag their lexicon entry does not allow. chooseTriggers asks the tagger only
// whether such a form is a verb.
export const ALWAYS_TAGGED_VERB: ReadonlySet<string> = new Set([
  'accuse', 'accuses', 'acknowledge', 'acknowledges', 'admit', 'admits', 'adopt', 'adopts', 'agree', 'agrees',
  'announce', 'announces', 'appoint', 'appoints', 'approve', 'approves', 'argue', 'argues', 'ask', 'asks',
  'assign', 'assigns', 'attend', 'attends', 'blames', 'breaches', 'bring', 'brings', 'cautions', 'commit',
  'commits', 'conclude', 'concludes', 'condemn', 'condemns', 'conducts', 'confirm', 'confirms', 'convene', 'convenes',
  'create', 'creates', 'declare', 'declares', 'deface', 'defaces', 'denounce', 'denounces', 'deny', 'deploy',
  'deploys', 'disavow', 'disclose', 'discloses', 'dismiss', 'dismisses', 'disrupt', 'disrupts', 'emphasise', 'emphasises',
  'emphasize', 'emphasizes', 'enact', 'enacts', 'encourage', 'encourages', 'endorse', 'endorses', 'establish', 'establishes',
  'examine', 'examines', 'exhort', 'exhorts', 'expel', 'expels', 'explain', 'explains', 'extradite', 'extradites',
  'fail', 'fails', 'freezes', 'gathers', 'holds', 'implicate', 'implicates', 'impose', 'imposes', 'indict',
  'indicts', 'infiltrate', 'infiltrates', 'insist', 'insists', 'introduce', 'introduces', 'invade', 'invades', 'investigate',
  'investigates', 'invites', 'joins', 'legislate', 'meets', 'negotiate', 'negotiates', 'opens', 'organise', 'organises',
  'organize', 'organizes', 'plead', 'pleads', 'prosecute', 'prosecutes', 'publish', 'publishes', 'pushes', 'ratify',
  'reaches', 'recalls', 'receive', 'receives', 'refrains', 'refuses', 'refute', 'refutes', 'reiterate', 'reiterates',
  'rejects', 'repudiate', 'repudiates', 'require', 'requires', 'resist', 'resists', 'reveal', 'reveals', 'says',
  'speak', 'speaks', 'steals', 'sue', 'sues', 'summon', 'tell', 'tells', 'threaten', 'threatens',
  'touts', 'underlines', 'unseal', 'unseals', 'unveil', 'unveils', 'urges', 'vows', 'warn', 'warns',
  'write', 'writes',
]);

/**
 * Words (function words, number words, some person nouns) that the tagger never tags VERB, in any context (derived
 * like ALWAYS_TAGGED_VERB): a mention after one is no verb's object, which subjectBefore then knows untagged.
 */
export const NEVER_TAGGED_VERB: ReadonlySet<string> = new Set([
  'and', 'And', 'or', 'Or', 'but', 'But', 'nor', 'so', 'So', 'yet', 'Yet', 'that',
  'That', 'which', 'Which', 'what', 'What', 'who', 'Who', 'whom', 'Whom', 'whose', 'Whose', 'when',
  'When', 'where', 'Where', 'While', 'whether', 'Whether', 'though', 'Though', 'although', 'Although', 'if', 'If',
  'unless', 'Unless', 'because', 'Because', 'since', 'Since', 'after', 'After', 'before', 'Before', 'as', 'As',
  'than', 'then', 'Then', 'also', 'Also', 'even', 'Even', 'only', 'Only', 'just', 'Just', 'not',
  'Not', 'now', 'Now', 'here', 'Here', 'there', 'There', 'this', 'This', 'these', 'These', 'those',
  'Those', 'it', 'It', 'he', 'He', 'she', 'She', 'they', 'They', 'we', 'We', 'i',
  'I', 'you', 'You', 'his', 'His', 'her', 'Her', 'their', 'Their', 'its', 'Its', 'our',
  'Our', 'my', 'My', 'your', 'Your', 'him', 'them', 'us', 'me', 'both', 'Both', 'either',
  'Either', 'neither', 'Neither', 'each', 'Each', 'every', 'Every', 'all', 'All', 'some', 'Some', 'any',
  'Any', 'many', 'Many', 'much', 'more', 'More', 'most', 'Most', 'such', 'Such', 'no', 'No',
  'other', 'Other', 'another', 'Another', 'same', 'one', 'One', 'two', 'Two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'first', 'First', 'next', 'Next', 'new', 'New', 'former',
  'late', 'recent', 'however', 'However', 'meanwhile', 'Meanwhile', 'moreover', 'Moreover', 'indeed', 'Indeed', 'instead', 'Instead',
  'still', 'Still', 'already', 'again', 'once', 'Once', 'soon', 'later', 'Later', 'earlier', 'today', 'Today',
  'yesterday', 'tomorrow', 'president', 'President', 'secretary', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'chief', 'director', 'leader', 'Leader', 'foreign', 'deputy', 'vice', 'senior',
]);

/**
 * Characters wink splits text at before tokenising the pieces (its splitter: spaces, no-break and thin spaces, tabs
 * and line breaks). A word with one of these (or the text's edge) on each side is a piece of its own, so the
 * tagger's token there is the word itself.
 */
const TAGGER_SPLIT = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/;

/** Whether text[from, to) is a piece of its own for the tagger (see TAGGER_SPLIT). */
export function standsAloneForTagger(text: string, from: number, to: number): boolean {
  return (from === 0 || TAGGER_SPLIT.test(text[from - 1])) && (to === text.length || TAGGER_SPLIT.test(text[to]));
}
