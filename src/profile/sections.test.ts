import { describe, expect, it } from 'vitest';
import { asModifier, ownCriticism, cueAimsAtOtherGender, passiveOfOtherSubject, othersCriticismOfOther, surnameBefore, objectCueAimsAtPerson, agentCritic, appositiveCritic, possessiveCritic, onlyInOthersAppositive, roleHeld, inSentenceCase, topicOnlyElsewhere, criticisedInOthersReport, objectPronoun, thinEvidenceNote, actShape, criticismFromPerson, inRelativeClause, personIsCueObject, INVERTED_SUBJECT_LEAD, nameAsWritten, reactionAimsAtPerson, otherGender, outsideSpan, actTakesInPerson, invertedOtherSpeaker, nominalTrigger, othersInWithClause, ownerOfOtherGender, wouldSay, sameAct, afterPreposition, afterVerb, agentAfterCue, cataphoricSubject, causeCriticised, failedActAtPerson, clauseBreak, completeAction, cueAimsAtOther, cueNearPerson, inOthersAppositive, insideAnyQuote, isHeadline, leadingClause, leansOnPrevious, looksLikeTitle, namesPersonWithin, negatedBefore, otherSubjectBetween, personNotSubject, personOnlyObjectBefore, possessiveAfter, pronounContinuesPerson, pronounSpeakerIsOther, speaksCue, startsInsideQuote, wholeWords } from './sections.js';

describe('looksLikeTitle', () => {
  it('a programme name in quotation marks is not speech', () => {
    expect(looksLikeTitle('Face the Nation.')).toBe(true);
    expect(looksLikeTitle('Good Morning Britain')).toBe(true);
  });
  it('a sentence someone said is speech', () => {
    expect(looksLikeTitle('We will lower the rent for every family')).toBe(false);
    expect(looksLikeTitle('I Will Not Resign')).toBe(false);
  });
});

describe('isHeadline', () => {
  it('a line of capitalised words is a headline', () => {
    expect(isHeadline('Governor Vows Swift Action On Flood Defences After Storm.')).toBe(true);
  });
  it('the report’s own title repeated in its text is a headline', () => {
    expect(isHeadline('Mayor: the bridge plan is not final.', 'Mayor: The bridge plan is not final')).toBe(true);
  });
  it('an ordinary sentence with a few names is not', () => {
    expect(isHeadline('On Tuesday Anna Berg told the council in Oslo that the harbour plan would wait.')).toBe(false);
  });
});

describe('cataphoricSubject', () => {
  it('a pronoun in a leading clause stands for the main clause’s subject', () => {
    expect(cataphoricSubject('Just as he toured the harbour on Monday, Pedersen also visited the old mill.')).toBe('Pedersen');
    expect(cataphoricSubject('When she landed in Lisbon, Maria Duarte met the fishermen.')).toBe('Maria Duarte');
  });
  it('no leading clause, no forward reference', () => {
    expect(cataphoricSubject('Pedersen toured the harbour after he landed.')).toBeNull();
    expect(cataphoricSubject('When he arrived, the crowd cheered.')).toBeNull();
  });
});

describe('completeAction', () => {
  it('a snippet cut mid-phrase gives way to its whole sentence', () => {
    const sentence = 'The senator attacked the governor’s call for a new toll on Friday, calling it unfair.';
    expect(completeAction('attacked the governor’s call for a', sentence)).toBe(sentence);
  });
  it('a snippet that stops right before the quoted words gives way to its sentence', () => {
    const sentence = 'In her first speech the mayor called the harbour plan “a gift to developers” and left.';
    expect(completeAction('the mayor called the harbour plan', sentence)).toBe(sentence);
  });
  it('a snippet whose clause goes on ("explained to her | that …") gives way to its sentence', () => {
    const sentence = 'In March the aide had to explain to the mayor that the harbour report was still secret.';
    expect(completeAction('the aide had to explain to the mayor', sentence)).toBe(sentence);
  });
  it('a snippet that is a relative clause gives way to its sentence', () => {
    const sentence = 'The letters raised doubts about the harbour fund, a charge that the mayor has always denied.';
    expect(completeAction('the mayor has always denied', sentence)).toBe(sentence);
  });
  it('a snippet that starts inside an opening phrase gives way to its sentence', () => {
    const sentence = 'Even before the storm reports, the mayor had closed the harbour to ferries.';
    expect(completeAction('the storm reports, the mayor had closed the harbour to ferries.', sentence)).toBe(sentence);
  });
  it('a snippet ending on an auxiliary ("and did") gives way to its sentence', () => {
    const sentence = 'The mayor sold the old ferry in 2012, and did so without a vote of the council.';
    expect(completeAction('The mayor sold the old ferry in 2012, and did', sentence)).toBe(sentence);
  });
  it('a snippet that stops at the end of an insertion (", which …") before its clause goes on gives way to its sentence', () => {
    const sentence = 'She also argued the harbour tunnel, which most councillors back, “would never open” without state money.';
    expect(completeAction('She also argued the harbour tunnel, which most councillors back', sentence)).toBe(sentence);
    const dash = 'The mayor said the ferry, which sank in May — and the crew knew it — had failed two checks.';
    expect(completeAction('The mayor said the ferry, which sank in May', dash)).toBe(dash);
  });
  it('an insertion closed inside the snippet, or one the sentence ends on, leaves it as it is', () => {
    expect(completeAction('She signed the water treaty, which the council backed', 'She signed the water treaty, which the council backed.')).toBe(
      'She signed the water treaty, which the council backed',
    );
  });
  it('a finished snippet stays as it is', () => {
    expect(completeAction('signed the water treaty', 'On Monday she signed the water treaty.')).toBe('signed the water treaty');
  });
});

describe('wholeWords', () => {
  it('drops a list bullet that opens a scraped line', () => {
    expect(wholeWords('• Founded in 1990, the agency guards the ports.')).toBe('Founded in 1990, the agency guards the ports.');
  });
});

describe('leadingClause', () => {
  it('finds the opening clause that a cue inside it belongs to', () => {
    const text = 'After the council failed to agree, Lund said the vote would wait.';
    expect(leadingClause(text)).toBe(text.indexOf(',') + 1);
    expect(leadingClause('Lund said the vote would wait.')).toBe(0);
  });
});

describe('pronounSpeakerIsOther', () => {
  // A small report in our own words: the mayor is named inside a councillor's quote, then "he added" follows.
  const text =
    'Councillor Piet Vos spoke after the vote. "I believe Mayor Lena Dahl is wrong about the tunnel," Vos said. ' +
    'He added, "We will keep fighting this plan." Dahl answered on Friday. "The tunnel will be built," she said.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
  const quote = (inner: string, speaker: string) => ({
    text: inner, span: at(inner), speaker: null, speakerKey: null, kind: 'speech', cue: 'said',
    speakerSpan: at(speaker), sentence: 0, repeatOf: null, date: null,
  });
  const q1 = quote('I believe Mayor Lena Dahl is wrong about the tunnel,', 'Vos said');
  const q2 = { ...quote('We will keep fighting this plan.', 'He added'), speakerSpan: at('He added').map((x, i) => (i ? x - 6 : x)) as [number, number] };
  const q3 = { ...quote('The tunnel will be built,', 'she said'), speakerSpan: [at('she said')[0], at('she said')[0] + 3] as [number, number] };
  const mention = (s: string, via = 'name') => ({ span: at(s), text: s, sentence: 0, via });
  const doc = {
    record: { text },
    extraction: {
      quotes: [q1, q2, q3],
      entities: [
        { key: 'person:piet-vos', name: 'Piet Vos', type: 'person', mentions: [mention('Piet Vos'), mention('Vos said')] },
        { key: 'person:lena-dahl', name: 'Lena Dahl', type: 'person', mentions: [mention('Lena Dahl'), mention('Dahl answered')] },
      ],
    },
  };
  const ev = { person: { keys: ['person:lena-dahl'] }, referrer: { names: /Lena Dahl|Dahl/giu } };
  it('"he added" after a quote that names the mayor is the councillor, not the mayor', () => {
    expect(pronounSpeakerIsOther(ev as never, doc as never, q2 as never)).toBe('Piet Vos');
  });
  it('"she said" right after the mayor is named outside quotes is the mayor', () => {
    expect(pronounSpeakerIsOther(ev as never, doc as never, q3 as never)).toBeNull();
  });
  it('a named speaker is left to the extraction', () => {
    expect(pronounSpeakerIsOther(ev as never, doc as never, { ...q1, speakerSpan: at('Vos') } as never)).toBeNull();
  });
});

describe('insideAnyQuote', () => {
  const doc = { extraction: { quotes: [] } } as never;
  it('a sentence that ends a quote opened earlier is quoted up to its closing mark', () => {
    const s = 'She is planning to close the clinics.” The minister left.';
    expect(insideAnyQuote(doc, [100, 110], s, 100)).toBe(true);
    expect(insideAnyQuote(doc, [100 + s.indexOf('The minister'), 160], s, 100)).toBe(false);
  });
  it('words after an open straight quote are quoted; the words before it are not', () => {
    const s = 'Berg said: "We will sign the treaty in May."';
    expect(insideAnyQuote(doc, [s.indexOf('sign'), 30], s, 0)).toBe(true);
    expect(insideAnyQuote(doc, [0, 4], s, 0)).toBe(false);
  });
});

describe('completeAction, a snippet that starts mid-clause', () => {
  it('is shown as its whole sentence', () => {
    const sentence = 'Billions can be saved by closing two bases, Lund said on Monday.';
    expect(completeAction('can be saved by closing two bases, Lund said', sentence)).toBe(sentence);
  });
});

describe('personNotSubject', () => {
  const ref = (text: string, name: string, possessive = false) => ({
    text,
    refs: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, possessive, kind: 'name' as const }],
  });
  it('another subject acting on the person, or on their plan', () => {
    expect(personNotSubject(ref('Lund criticised Berg over his plan for the port.', 'Berg'))).toBe(true);
    expect(personNotSubject(ref('The harbour master is opening Berg’s exhibition today.', 'Berg', true))).toBe(true);
  });
  it('the person as subject, after a title, an opening phrase, or as a passive agent', () => {
    expect(personNotSubject(ref('Regional governor Berg signed the port deal.', 'Berg'))).toBe(false);
    expect(personNotSubject(ref('In a speech on Monday, Berg signed the port deal.', 'Berg'))).toBe(false);
    expect(personNotSubject(ref('This is the heart of the plan announced by Berg in May.', 'Berg'))).toBe(false);
  });
});

describe('personNotSubject, a clause of their own', () => {
  it('the person as subject of a clause after "after", "when" …', () => {
    const text = 'The deal came just after Berg gathered the mayors of the coast.';
    const at = text.indexOf('Berg');
    expect(personNotSubject({ text, refs: [{ start: at, end: at + 4, possessive: false, kind: 'name' }] })).toBe(false);
  });
});

describe('startsInsideQuote', () => {
  it('a sentence that closes a quote opened before it', () => {
    expect(startsInsideQuote("The ferry will run at dawn,'' the harbour master wrote in a May 2012 note.")).toBe(true);
    expect(startsInsideQuote('and the fares stay low.” Berg left early.')).toBe(true);
  });
  it('a sentence that opens its own quote, or has none', () => {
    expect(startsInsideQuote('Berg said: “The ferry will run at dawn.”')).toBe(false);
    expect(startsInsideQuote("Berg said ''the ferry will run'' at dawn.")).toBe(false);
    expect(startsInsideQuote('Berg left early.')).toBe(false);
  });
});

/** A sentence with the person's references marked where `names` occur (kind from the word: a pronoun or a name). */
function marked(text: string, ...names: string[]) {
  const refs = names
    .map((n) => {
      const start = text.indexOf(n);
      const pronoun = /^(?:he|she|him|her|his)$/i.test(n);
      return { start, end: start + n.length, possessive: /^['’]s/.test(text.slice(start + n.length)) || /^his$/i.test(n), kind: pronoun ? 'pronoun' : 'name' } as const;
    })
    .sort((a, b) => a.start - b.start);
  return { text, refs: [...refs], span: [0, text.length] as [number, number] };
}
const at = (text: string, word: string) => text.indexOf(word);

describe('criticism cues that are about the person', () => {
  it('a cue far from any mention of the person is about something else', () => {
    const s = marked('Holm asked Berg to join him in backing a new law to close what tenants call the harbour loophole, which lets landlords who fail a safety check keep renting flats.', 'Berg');
    const cue = at(s.text, 'fail');
    expect(cueNearPerson(s, cue, cue + 4)).toBe(false);
  });
  it('a cue next to the person is about them', () => {
    const s = marked('Tenant groups criticised Berg over the slow pace of the rent plan.', 'Berg');
    const cue = at(s.text, 'criticised');
    expect(cueNearPerson(s, cue, cue + 'criticised'.length)).toBe(true);
  });
  it('a cue whose object is another person aims at them', () => {
    const s = marked('Berg said the agency had failed and accused Governor Lund of siding with Berg on rents.', 'Berg');
    const cue = at(s.text, 'accused');
    const lund = at(s.text, 'Lund');
    expect(cueAimsAtOther(s, cue, cue + 7, [[lund, lund + 4]])).toBe(true);
  });
  it('a cue that qualifies another person’s plan aims at them', () => {
    const s = marked('The poll came before Berg fell and before Lund’s controversial rent tax was announced.', 'Berg');
    const cue = at(s.text, 'controversial');
    const lund = at(s.text, 'Lund');
    expect(cueAimsAtOther(s, cue, cue + 13, [[lund, lund + 4]])).toBe(true);
  });
  it('a cue aimed at the person is theirs', () => {
    const s = marked('Lund accused Berg of ignoring rents.', 'Berg');
    const cue = at(s.text, 'accused');
    expect(cueAimsAtOther(s, cue, cue + 7, [[0, 4]])).toBe(false);
  });
});

describe('who the critic is', () => {
  it('a name after a preposition is not a subject', () => {
    expect(afterPreposition('Holm, the attorney general under former President Anna ')).toBe(true);
    expect(afterPreposition('On Monday, ')).toBe(false);
  });
  it('a name right after a verb is its object', () => {
    expect(afterVerb('Tenant groups have knocked ')).toBe(true);
    expect(afterVerb('Her old rival ')).toBe(false);
  });
  it('a clause ends between a name and the cue', () => {
    expect(clauseBreak(' all asked for a rule, while tenant groups knocked')).toBe(true);
    expect(clauseBreak(' has released a video that')).toBe(false);
    expect(clauseBreak(', the judge appointed by George W. Bush, ')).toBe(false);
    expect(clauseBreak(' left early. Then Berg ')).toBe(true);
  });
});

describe('personOnlyObjectBefore', () => {
  it('the person as an object right before the act: the act is someone else’s', () => {
    const s = marked('While he is well, those around him acknowledge that a run seems unlikely.', 'he', 'him');
    expect(personOnlyObjectBefore(s, at(s.text, 'acknowledge'))).toBe(true);
  });
  it('the person as subject: the act is theirs', () => {
    const s = marked('Berg acknowledged that the plan was late.', 'Berg');
    expect(personOnlyObjectBefore(s, at(s.text, 'acknowledged'))).toBe(false);
  });
});

describe('namesPersonWithin', () => {
  it('an event whose words leave the person out is not theirs, even in a sentence that names them', () => {
    const s = marked('With Lund and Holm asking for a rent cap, groups knocked Berg and Sand as vague.', 'Berg');
    expect(namesPersonWithin(s, s.span, 'With Lund and Holm asking for a rent cap')).toBe(false);
    expect(namesPersonWithin(s, s.span, 'groups knocked Berg and Sand as vague')).toBe(true);
  });
});

describe('agentAfterCue', () => {
  it('the person after "by" does the criticising', () => {
    const s = marked('The inquiry ended, but the criticisms of her conduct by Inspector Anna Berg still weigh on her.', 'Anna Berg');
    expect(agentAfterCue(s, at(s.text, 'criticisms'))).toBe(true);
  });
  it('the person as the object of criticism does not', () => {
    const s = marked('Tenant groups criticised Anna Berg for the slow pace of building.', 'Anna Berg');
    expect(agentAfterCue(s, at(s.text, 'criticised'))).toBe(false);
  });
  it('nor does their plan after "by"', () => {
    const s = marked('A tenant questioned how he would be helped by Mats Lund’ plan to raise rents.', 'Mats Lund');
    expect(agentAfterCue(s, at(s.text, 'questioned'))).toBe(false);
  });
});

describe('leansOnPrevious', () => {
  it('a sentence that picks one out of something named before leans on it', () => {
    expect(leansOnPrevious('One exception is a leaflet on bus fares, which lists every new route.')).toBe(true);
    expect(leansOnPrevious('Another problem was the cost of the new depot.')).toBe(true);
    expect(leansOnPrevious('Other councillors repeated the warning on Tuesday.')).toBe(true);
    expect(leansOnPrevious('The latter would raise fares for students.')).toBe(true);
  });
  it('a subject that adds to what was said, or a comparing adverb, leans on it', () => {
    expect(leansOnPrevious('The figures also leave out trips paid by employers.')).toBe(true);
    expect(leansOnPrevious('Similarly, the mayor visited a depot in the north.')).toBe(true);
    expect(leansOnPrevious('Then came the vote on the tram line.')).toBe(true);
  });
  it('a sentence that names what it speaks of stands alone', () => {
    expect(leansOnPrevious('One of the mayor’s first acts was to freeze bus fares.')).toBe(false);
    expect(leansOnPrevious('The mayor also froze bus fares in 2019.')).toBe(true);
    expect(leansOnPrevious('Then-mayor Anna Berg froze bus fares in 2019.')).toBe(false);
    expect(leansOnPrevious('The council voted on Tuesday to freeze bus fares.')).toBe(false);
    expect(leansOnPrevious('Otherwise known as the fare cap, the rule began in May.')).toBe(true);
  });
});

describe('otherSubjectBetween', () => {
  const span = (text: string, w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  it('a new clause with another person as subject takes the cue', () => {
    const t = 'Holm has argued for a toll on the bridge — a popular idea — while Berg has slammed his plan.';
    expect(otherSubjectBetween(t, 4, t.indexOf('slammed'), [span(t, 'Berg')])).toBe(true);
  });
  it('the same clause, or another person only as an object, does not', () => {
    const t = 'Holm has slammed the toll on the bridge and the plan of Berg.';
    expect(otherSubjectBetween(t, 4, t.indexOf('slammed'), [span(t, 'Berg')])).toBe(false);
    const u = 'Holm met Berg on Monday and then slammed the toll.';
    expect(otherSubjectBetween(u, 4, u.indexOf('slammed'), [span(u, 'Berg')])).toBe(false);
  });
});

describe('otherSubjectBetween: two subjects joined by "and"', () => {
  const span = (text: string, w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  it('an "and" right after the subject joins a second subject, not a new clause', () => {
    const t = 'Holm and Berg have slammed the toll on the bridge.';
    expect(otherSubjectBetween(t, 4, t.indexOf('slammed'), [span(t, 'Berg')])).toBe(false);
    const u = 'Holm backed the toll, and Berg has slammed it.';
    expect(otherSubjectBetween(u, 4, u.indexOf('slammed'), [span(u, 'Berg')])).toBe(true);
  });
});

describe('inOthersAppositive', () => {
  const span = (text: string, w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  const ref = (text: string, w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  it('the person as a word in the description of someone named before', () => {
    const t = 'Eva Holm, a Lund delegate from the coast, criticised the weak rules on rivers.';
    expect(inOthersAppositive(t, ref(t, 'Lund'), [span(t, 'Eva Holm')])).toBe(true);
  });
  it('not the person named on their own, or an appositive that does not close before the rest', () => {
    const t = 'Eva Holm criticised Lund over the weak rules on rivers.';
    expect(inOthersAppositive(t, ref(t, 'Lund'), [span(t, 'Eva Holm')])).toBe(false);
    const u = 'Eva Holm, a delegate, criticised the rules that Lund wrote.';
    expect(inOthersAppositive(u, ref(u, 'Lund'), [span(u, 'Eva Holm')])).toBe(false);
  });
});

describe('negatedBefore', () => {
  const at = (t: string, w: string) => t.indexOf(w);
  it('a negation a few words before the act says it was not done', () => {
    const t = 'The mayor cannot give a firm answer and certainly cannot blame the port authority.';
    expect(negatedBefore(t, at(t, 'blame'))).toBe(true);
    expect(negatedBefore(t, at(t, 'answer'))).toBe(true);
    const u = 'Berg didn’t sign the harbour deal.';
    expect(negatedBefore(u, at(u, 'sign'))).toBe(true);
  });
  it('a negation in another clause, or far before, does not', () => {
    const t = 'The council did not meet, so the mayor signed the harbour deal alone.';
    expect(negatedBefore(t, at(t, 'signed'))).toBe(false);
    const u = 'The mayor signed the harbour deal on Monday.';
    expect(negatedBefore(u, at(u, 'signed'))).toBe(false);
  });
});

describe('actTakesInPerson', () => {
  const span = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as [number, number];
  it('someone else’s act done to the person, or reporting what they did, takes them in', () => {
    const a = marked('The tenants’ union sued Anna Berg over the flats.', 'Anna Berg');
    expect(actTakesInPerson(a, span(a.text, 'sued'))).toBe(true);
    const b = marked('The Courier revealed that Berg had sold the flats.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'revealed'))).toBe(true);
    const c = marked('The auditor asked the police to examine whether Berg misled the council.', 'Berg');
    expect(actTakesInPerson(c, span(c.text, 'asked'))).toBe(true);
  });
  it('the person only as an owner, a modifier or inside a thing named does not', () => {
    const a = marked('The registry said 40 of Berg’s flats were empty.', 'Berg');
    expect(actTakesInPerson(a, span(a.text, 'said'))).toBe(false);
    const b = marked('The clerk said the Berg files were sealed.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'said'))).toBe(false);
    const c = marked('The driver faced questions about a recently reported phone call with Mayor Berg.', 'Berg');
    expect(actTakesInPerson(c, span(c.text, 'phone call with'))).toBe(false);
    const d = marked('The clerk said that some files from Berg were missing.', 'Berg');
    expect(actTakesInPerson(d, span(d.text, 'said'))).toBe(false);
    // A relative "that" on a thing is no report of what the person did.
    const e = marked('Holm invited the council on a trip to the port that Berg could not make.', 'Berg');
    expect(actTakesInPerson(e, span(e.text, 'invited'))).toBe(false);
    const f = marked('The clerk told reporters on Monday that Berg had signed the lease.', 'Berg');
    expect(actTakesInPerson(f, span(f.text, 'told'))).toBe(true);
  });
  it('after a verb of saying, only a listener or the reported clause’s subject takes the person in', () => {
    const a = marked('The analyst says the harbour is the biggest trouble spot for Berg.', 'Berg');
    expect(actTakesInPerson(a, span(a.text, 'says'))).toBe(false);
    const b = marked('The analyst says Mayor Berg is wrong about the harbour.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'says'))).toBe(true);
  });
  it('the person’s own deed right after the verb takes them in; deeper in the clause it does not', () => {
    const a = marked('The union dismissed Berg’s new rules on the harbour.', 'Berg');
    expect(actTakesInPerson(a, span(a.text, 'dismissed'))).toBe(true);
    const b = marked('The registry said 40 of Berg’s flats were empty.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'said'))).toBe(false);
  });
  it('the person’s own side speaking takes them in', () => {
    const a = marked('Berg spokeswoman Eva Lind said on Monday the lease was legal.', 'Berg');
    expect(actTakesInPerson(a, span(a.text, 'said'))).toBe(true);
    const b = marked('Berg’s lawyers, who met the court on Friday, said the lease was legal.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'said'))).toBe(true);
  });
  it('the person named as the subject of an act the record gave to someone else takes them in', () => {
    const a = marked('Anna Berg told the council the flats would be sold.', 'Anna Berg');
    expect(actTakesInPerson(a, span(a.text, 'told'))).toBe(true);
    const b = marked('Berg stepped up her attacks on Lund, saying the plan was late.', 'Berg');
    expect(actTakesInPerson(b, span(b.text, 'saying'))).toBe(true);
  });
});

describe('possessiveAfter', () => {
  it('an apostrophe after a name ending in s is a possessive', () => {
    expect(possessiveAfter('Jones’ plan failed.', 5)).toBe(true);
    expect(possessiveAfter("Berg's plan failed.", 4)).toBe(true);
    expect(possessiveAfter('Berg planned it.', 4)).toBe(false);
  });
});

describe('failedActAtPerson', () => {
  const refsOf = (text: string, name: string) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length }));
  const at = (text: string, name: string) => failedActAtPerson(text, text.indexOf('failed'), 'failed', refsOf(text, name));
  it('a failed act aimed at the person is not criticism of them', () => {
    expect(at('The rise of the militia followed the failed attempt to unseat President Oduya.', 'Oduya')).toBe(true);
    expect(at('Weeks after a failed coup against Lund, the army was purged.', 'Lund')).toBe(true);
  });
  it('the person’s own failure is', () => {
    expect(at('Lund’s failed attempt to win the seat cost her the leadership.', 'Lund')).toBe(false);
    expect(at('Critics said Lund failed to act on the report.', 'Lund')).toBe(false);
    expect(at('The failed policies of Lund left the port idle.', 'Lund')).toBe(false);
  });
});

describe('causeCriticised', () => {
  it('a harm done or a reaction caused criticises its cause', () => {
    const a = 'The new toll further complicated the talks.';
    expect(causeCriticised(a, a.indexOf('complicated'), 'complicated')).toBe(true);
    const b = 'The mayor sparked a furious backlash with her remarks.';
    expect(causeCriticised(b, b.indexOf('backlash'), 'backlash')).toBe(true);
  });
  it('other cues criticise their object', () => {
    const a = 'Tenant groups condemned the mayor’s plan.';
    expect(causeCriticised(a, a.indexOf('condemned'), 'condemned')).toBe(false);
    const b = 'The plan met a furious backlash.';
    expect(causeCriticised(b, b.indexOf('backlash'), 'backlash')).toBe(false);
  });
});

describe('sameAct', () => {
  const shape = (doc: string, text: string, verb: string) => actShape(doc, text, text.indexOf(verb));
  it('the same verb on the same thing in one report is one act', () => {
    const a = shape('d', 'Senator Lund refuses to sign the harbour union’s pledge on fares.', 'refuses');
    const b = shape('d', 'Her refusal to sign the pledge angered the union.', 'refusal');
    expect(sameAct(a, b)).toBe(true);
  });
  it('another thing, another report, or a verb of saying is not', () => {
    const a = shape('d', 'Senator Lund refuses to sign the harbour union’s pledge on fares.', 'refuses');
    expect(sameAct(a, shape('d', 'Senator Lund refuses to back the ferry plan.', 'refuses'))).toBe(false);
    expect(sameAct(a, shape('e', 'Senator Lund refuses to sign the harbour union’s pledge on fares.', 'refuses'))).toBe(false);
    expect(shape('d', 'Lund said harbour fees would rise.', 'said')).toBeNull();
  });
});

describe('othersInWithClause', () => {
  it('a participle after "with <others>" is theirs', () => {
    const s = marked('Berg left the council weakened, with most tenants saying she broke her word.', 'Berg');
    expect(othersInWithClause(s, at(s.text, 'saying'))).toBe(true);
  });
  it('with the person as the phrase’s subject it is the person’s', () => {
    const s = marked('The two got on well, with Berg often calling Lund a friend.', 'Berg');
    expect(othersInWithClause(s, at(s.text, 'calling'))).toBe(false);
  });
});

describe('nominalTrigger', () => {
  it('an act named as a thing', () => {
    const t = 'Lawmakers asked about a newly revealed phone call with the mayor.';
    expect(nominalTrigger(t, t.indexOf('phone'))).toBe(true);
    const u = 'They questioned the agency’s refusal to publish the files.';
    expect(nominalTrigger(u, u.indexOf('refusal'))).toBe(true);
  });
  it('an act told with a verb', () => {
    const t = 'The mayor said the ferry would run.';
    expect(nominalTrigger(t, t.indexOf('said'))).toBe(false);
    const u = 'With the union saying the fares were too high, the mayor left.';
    expect(nominalTrigger(u, u.indexOf('saying'))).toBe(false);
  });
});

describe('wouldSay', () => {
  it('what someone should or could say is not what they said', () => {
    expect(wouldSay('In fairness, the mayor would do better to say that “')).toBe(true);
    expect(wouldSay('She should have said “')).toBe(true);
  });
  it('what someone said is', () => {
    expect(wouldSay('The mayor said that “')).toBe(false);
    expect(wouldSay('Asked whether she would run, the mayor said “')).toBe(false);
  });
});

describe('invertedOtherSpeaker', () => {
  it('a speech tag after a quote naming someone else: their saying', () => {
    const s = marked('“She has done more for the harbour than anyone,” said Ola Dahl, the union head.', 'She');
    expect(invertedOtherSpeaker(s, at(s.text, 'said'))).toBe(true);
  });
  it('the person named after the verb, or no quote before it: not', () => {
    const s = marked('“The harbour will open in May,” said Mayor Berg on Monday.', 'Berg');
    expect(invertedOtherSpeaker(s, at(s.text, 'said'))).toBe(false);
    const t = marked('Berg said Dahl was wrong.', 'Berg');
    expect(invertedOtherSpeaker(t, at(t.text, 'said'))).toBe(false);
  });
});

describe('outsideSpan', () => {
  const sentence = 'Asked about the ferry fare, Holm called it "a fare no islander can pay" and said the board "must think of the harbour fees" too.';
  const at = (s: string) => [sentence.indexOf(s) + 100, sentence.indexOf(s) + s.length + 100] as [number, number];
  const view = { text: sentence, span: [100, 100 + sentence.length] as [number, number] };
  it('keeps the writer’s words around the quote', () => {
    const out = outsideSpan(view, at('a fare no islander can pay'));
    expect(out).toContain('Asked about the ferry fare');
    expect(out).not.toContain('islander');
  });
  it('leaves out other quotations in the sentence: they are someone’s words, not the writer’s framing', () => {
    expect(outsideSpan(view, at('a fare no islander can pay'))).not.toContain('harbour fees');
  });
});

describe('otherGender', () => {
  const text = 'Mr. Holm met Ms. Falk. Per Lund came later, with Kim Berg.';
  const ent = (name: string, ...names: string[]) => ({
    name,
    mentions: names.map((n) => ({ via: 'name', text: n, span: [text.indexOf(n), text.indexOf(n) + n.length] as [number, number] })),
  });
  it('reads a courtesy title before the name', () => {
    expect(otherGender(ent('Olof Holm', 'Holm'), text)).toBe('m');
    expect(otherGender(ent('Falk', 'Falk'), text)).toBe('f');
  });
  it('reads a first name that carries a gender, and nothing from one that does not', () => {
    expect(otherGender(ent('Donald Lund', 'Per Lund'), text)).toBe('m');
    expect(otherGender(ent('Kim Berg', 'Kim Berg'), text)).toBe(null);
  });
  it('pronouns linked to the actor come first', () => {
    const e = ent('Olof Holm', 'Holm');
    e.mentions.push({ via: 'pronoun', text: 'she', span: [0, 0] });
    expect(otherGender(e, text)).toBe('f');
  });
});

describe('pronounContinuesPerson', () => {
  const text = 'As a senator, Ana Lund fought the levy; as governor, she signed a bill that cut it.';
  const refs = [{ start: 14, end: 22, possessive: false, kind: 'name' as const }];
  const at = text.indexOf('she signed');
  it('a she of the person’s gender after the person’s name in the sentence is the person', () => {
    expect(pronounContinuesPerson({ text, refs }, 'she', at, 'f')).toBe(true);
    expect(pronounContinuesPerson({ text, refs }, 'she', at, null)).toBe(true);
  });
  it('not a pronoun of the other gender, nor after the person only as an owner', () => {
    expect(pronounContinuesPerson({ text, refs }, 'she', at, 'm')).toBe(false);
    const owner = 'Ana Lund’s aide fought the levy, and she signed a bill that cut it.';
    expect(pronounContinuesPerson({ text: owner, refs: [{ start: 0, end: 8, possessive: true, kind: 'name' }] }, 'she', owner.indexOf('she'), 'f')).toBe(false);
  });
  it('not after the person named inside someone’s quoted words', () => {
    const quoted = '“What most Lund voters want is modest,” she said, citing the levy.';
    expect(pronounContinuesPerson({ text: quoted, refs: [{ start: 11, end: 15, possessive: false, kind: 'name' }] }, 'she', quoted.indexOf('she'), 'f')).toBe(false);
  });
  it('after a quote, the person named as its speaker goes on as he or she', () => {
    const after = '“The levy stays,” Ana Lund said on Monday, and she signed the order that evening.';
    expect(pronounContinuesPerson({ text: after, refs: [{ start: 18, end: 26, possessive: false, kind: 'name' }] }, 'she', after.indexOf('she'), 'f')).toBe(true);
  });
  it('not "they", and not a name before the person', () => {
    expect(pronounContinuesPerson({ text, refs }, 'they', at, 'f')).toBe(false);
    expect(pronounContinuesPerson({ text, refs }, 'she', 10, 'f')).toBe(false);
  });
});

describe('ownerOfOtherGender', () => {
  const t = 'Her campaign also announced new support from nurses who want tighter gun laws.';
  it('"Her campaign announced …" is not a man’s act', () => {
    expect(ownerOfOtherGender(t, t.indexOf('announced'), 'm')).toBe(true);
  });
  it('it may be a woman’s, and nothing is known without the person’s gender', () => {
    expect(ownerOfOtherGender(t, t.indexOf('announced'), 'f')).toBe(false);
    expect(ownerOfOtherGender(t, t.indexOf('announced'), null)).toBe(false);
  });
  it('a his/her after the act is not its subject', () => {
    const u = 'The mayor announced her plan for the harbour.';
    expect(ownerOfOtherGender(u, u.indexOf('announced'), 'm')).toBe(false);
  });
});

describe('speaksCue', () => {
  const t = 'Republicans blast Lund after the harbour board says the ferry deal is dead.';
  const cue = t.indexOf('blast');
  it('a speaker named only after the cue, whose words do not hold it, does not voice it', () => {
    expect(speaksCue(cue, [t.indexOf('the ferry'), t.length - 1], t.indexOf('the harbour board'))).toBe(false);
  });
  it('a speaker named before the cue, or whose words hold it, does', () => {
    const u = 'Berg slammed Lund, saying the ferry deal is dead.';
    expect(speaksCue(u.indexOf('slammed'), [u.indexOf('the ferry'), u.length - 1], 0)).toBe(true);
    const v = '“Lund failed the islands,” Berg said.';
    expect(speaksCue(v.indexOf('failed'), [1, v.indexOf('”')], v.indexOf('Berg'))).toBe(true);
    expect(speaksCue(cue, [0, 5], null)).toBe(false);
  });
});

describe('nameAsWritten', () => {
  it('the critic as the passage writes them, so the slot is in the cited words', () => {
    expect(nameAsWritten('Early on Monday, Holm accused Lund of going soft on smugglers.', 'Eva Holm', ['Holm'])).toBe('Holm');
    expect(nameAsWritten('Eva Holm accused Lund of going soft.', 'Eva Holm', ['Eva Holm'])).toBe('Eva Holm');
    expect(nameAsWritten('Sen. Holm accused Lund of going soft.', 'Eva Holm', [])).toBe('Holm');
  });
  it('not a pronoun, and null when the sentence does not name them', () => {
    expect(nameAsWritten('She accused Lund of going soft.', 'Eva Holm', ['She'])).toBe(null);
    expect(nameAsWritten('Holmberg accused Lund of going soft.', 'Eva Holm', [])).toBe(null);
  });
});

describe('reactionAimsAtPerson', () => {
  const at = (text: string, cue: string, who = 'Lund') => {
    const refs = [...text.matchAll(new RegExp(who, 'g'))].map((m) => ({ start: m.index!, end: m.index! + who.length }));
    return reactionAimsAtPerson(text, text.indexOf(cue), cue, refs);
  };
  it('a controversy someone else discusses, with the person named later, is not criticism of the person', () => {
    expect(at('Mayor Holm also spoke about the controversy while welcoming Lund on Friday.', 'controversy')).toBe(false);
    expect(at('The outrage grew on Tuesday, a day before Lund arrived.', 'outrage')).toBe(false);
  });
  it('a reaction to the person, or after their name, is', () => {
    expect(at('Lund faced a fierce backlash from farmers.', 'backlash')).toBe(true);
    expect(at('The outrage over Lund’s remarks grew.', 'outrage')).toBe(true);
    expect(at('There was a backlash against Lund in the party.', 'backlash')).toBe(true);
    expect(at('The controversy centers on remarks Lund made at the fair.', 'controversy')).toBe(true);
  });
  it('other cues are left to the other rules', () => {
    expect(at('Holm criticised the plan before Lund arrived.', 'criticised')).toBe(true);
  });
});

describe('INVERTED_SUBJECT_LEAD', () => {
  it('"Nor does Lund plan to …": Lund is the subject', () => {
    expect(INVERTED_SUBJECT_LEAD.test('Nor does ')).toBe(true);
    expect(INVERTED_SUBJECT_LEAD.test('Neither has Senator ')).toBe(true);
    expect(INVERTED_SUBJECT_LEAD.test('Critics say nor does ')).toBe(false);
    expect(INVERTED_SUBJECT_LEAD.test('Berg asked why ')).toBe(false);
  });
});

describe('criticismFromPerson', () => {
  const from = (text: string, cue: string, who = 'Lund') => {
    const refs = [...text.matchAll(new RegExp(who, 'g'))].map((m) => ({ start: m.index!, kind: 'name' }));
    return criticismFromPerson(text, text.indexOf(cue) + cue.length, refs);
  };
  it('criticism that comes from the person is theirs', () => {
    expect(from('The mill began its layoffs despite criticism for the move from presidential hopefuls Eva Holm and Per Lund.', 'criticism')).toBe(true);
    expect(from('The plan drew rebukes from Lund on Monday.', 'rebukes')).toBe(true);
  });
  it('criticism of the person, or from someone else, is not', () => {
    expect(from('Lund faced criticism from farmers over the mill.', 'criticism')).toBe(false);
    expect(from('Berg criticised Lund, who had come from Oslo.', 'criticised')).toBe(false);
    expect(from('Berg criticised the turn away from coal by Lund.', 'criticised')).toBe(false);
  });
});

describe('inRelativeClause', () => {
  it('a cue that tells of the noun before it', () => {
    const t = 'Holm recalled a 2007 ferry bill that failed when she, Lund and Berg sat on the council.';
    expect(inRelativeClause(t, t.indexOf('failed'))).toBe(true);
    const u = 'It was a plan which had ultimately failed.';
    expect(inRelativeClause(u, u.indexOf('failed'))).toBe(true);
  });
  it('not a cue with its own subject', () => {
    const t = 'Holm said that Lund failed the islands.';
    expect(inRelativeClause(t, t.indexOf('failed'))).toBe(false);
  });
});

describe('personIsCueObject', () => {
  const at = (t: string, cue: string) => personIsCueObject(t, t.indexOf(cue) + cue.length, [{ start: t.indexOf('Lund') }]);
  it('"a video that accuses Lund of …": Lund is what the cue aims at', () => {
    expect(at('Holm released a video that accuses Lund of cowardice.', 'accuses')).toBe(true);
    expect(at('Holm released a video that accuses the mayor, Lund, of cowardice.', 'accuses')).toBe(false);
  });
  it('not the person in a later clause', () => {
    expect(at('Holm recalled a bill that failed when she, Lund and Berg sat on the council.', 'failed')).toBe(false);
  });
});

describe('thinEvidenceNote', () => {
  const ev = (type: string, gender: 'm' | 'f' | null, namedGender: 'm' | 'f' | null = null) =>
    ({
      person: { name: 'Ingrid Sølvberg', type },
      referrer: { gender, namedGender },
      topic: { lexicon: '', query: 'harbour fees' },
      docs: [{ aboutPerson: true, sentences: [] }, { aboutPerson: true, sentences: [] }],
    }) as unknown as Parameters<typeof thinEvidenceNote>[0];
  it('refers to a person of known gender as him or her', () => {
    expect(thinEvidenceNote(ev('person', 'f'), [], 'Harbour fees').text).toBe('None of the 2 documents that mention Ingrid Sølvberg says anything about her on harbour fees.');
    expect(thinEvidenceNote(ev('person', null, 'm'), [], 'Harbour fees').text).toContain('about him on');
  });
  it('keeps them while the gender is unknown, it for a body', () => {
    expect(thinEvidenceNote(ev('person', null), [], 'Harbour fees').text).toContain('about them on');
    expect(objectPronoun('organisation', null)).toBe('it');
    expect(objectPronoun('group', null)).toBe('them');
  });
});

describe('criticisedInOthersReport', () => {
  const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  it('another speaker saying the person failed criticises the person', () => {
    const t = 'Karin Holm said Lund had failed to fund the ferry repairs.';
    expect(criticisedInOthersReport(t, 'failed', at(t, 'Lund'), [[0, 10]])).toBe(true);
    const u = 'Karin Holm argued on Tuesday that Lund was unwilling to listen.';
    expect(criticisedInOthersReport(u, 'unwilling', at(u, 'Lund'), [[0, 10]])).toBe(true);
  });
  it('the person acting on someone else, or no other speaker, is not', () => {
    const t = 'Karin Holm said Lund had accused the operator of delays.';
    expect(criticisedInOthersReport(t, 'accused', at(t, 'Lund'), [[0, 10]])).toBe(false);
    const u = 'Lund said the operator had failed to repair the ferries.';
    expect(criticisedInOthersReport(u, 'failed', at(u, 'Lund'), [])).toBe(false);
    const v = 'Karin Holm met Lund, who failed to answer.';
    expect(criticisedInOthersReport(v, 'failed', at(v, 'Lund'), [[0, 10]])).toBe(false);
  });
});

describe('topicOnlyElsewhere', () => {
  const onFerries = (t: string) => /ferr/i.test(t);
  const ref = (text: string, name: string) => {
    const start = text.indexOf(name);
    return [{ start, end: start + name.length, possessive: name === 'his' || /^['’]s/.test(text.slice(start + name.length)) }];
  };
  const cue = (text: string, w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
  it('the topic only outside the criticised thing is another matter', () => {
    const t = 'The ferry bulletin goes on to mock the islanders for criticizing Lund’s decision to close the library.';
    expect(topicOnlyElsewhere(t, ...cue(t, 'criticizing'), ref(t, 'Lund'), onFerries)).toBe(true);
    const u = 'For all the criticism of his approach to the library, the ferry plans are unchanged.';
    expect(topicOnlyElsewhere(u, ...cue(u, 'criticism'), ref(u, 'his'), onFerries)).toBe(true);
  });
  it('the topic inside the criticised thing, or the person named elsewhere, stays', () => {
    const t = 'Holm criticized Lund’s decision to cut the ferry timetable.';
    expect(topicOnlyElsewhere(t, ...cue(t, 'criticized'), ref(t, 'Lund'), onFerries)).toBe(false);
    const u = 'The ferry plan drew criticism of Lund from the islanders.';
    expect(topicOnlyElsewhere(u, ...cue(u, 'criticism'), ref(u, 'Lund'), onFerries)).toBe(false);
  });
});

describe('inSentenceCase', () => {
  it('lower-cases a label but keeps the names the user typed with a capital', () => {
    expect(inSentenceCase('Fishing Rights in Norway', 'fishing rights in Norway')).toBe('fishing rights in Norway');
    expect(inSentenceCase('Economy', 'economy')).toBe('economy');
    expect(inSentenceCase('Cybersecurity', 'Cyber')).toBe('cybersecurity');
  });
});

describe('roleHeld', () => {
  const ev = { selfKeys: new Set<string>() } as unknown as Parameters<typeof roleHeld>[0];
  const s = {} as unknown as Parameters<typeof roleHeld>[1];
  it('a post named by whose it is reads wrongly alone', () => {
    expect(roleHeld(ev, s, 'his chief of staff', -1)).toBe(false);
    expect(roleHeld(ev, s, 'her spokesman', -1)).toBe(false);
    expect(roleHeld(ev, s, 'chief of staff', -1)).toBe(true);
  });
});

describe('onlyInOthersAppositive', () => {
  const spans = (t: string, name: string): [number, number][] => [[t.indexOf(name), t.indexOf(name) + name.length]];
  const ref = (t: string, name: string) => [{ start: t.lastIndexOf(name), end: t.lastIndexOf(name) + name.length }];
  it('the person only in another person’s description is not what the sentence tells of', () => {
    const t = 'The fee was modeled on one drawn up by Dag Moen, a harbour official under Prime Minister Lund.';
    expect(onlyInOthersAppositive(t, ref(t, 'Lund'), spans(t, 'Dag Moen'))).toBe(true);
    const u = 'Fees will rise, said Dag Moen, a former adviser to Lund, on Friday.';
    expect(onlyInOthersAppositive(u, ref(u, 'Lund'), spans(u, 'Dag Moen'))).toBe(true);
  });
  it('one who speaks for the person, or the person named elsewhere too, stays', () => {
    const t = 'Dag Moen, a spokesman for Lund, said the fees would rise.';
    expect(onlyInOthersAppositive(t, ref(t, 'Lund'), spans(t, 'Dag Moen'))).toBe(false);
    const u = 'Lund met Dag Moen, a harbour official.';
    expect(onlyInOthersAppositive(u, ref(u, 'Lund'), spans(u, 'Dag Moen'))).toBe(false);
  });
});

describe('critic named around the cue', () => {
  const at = (text: string, name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];
  const cue = (text: string, c: string) => [text.indexOf(c), text.indexOf(c) + c.length] as const;
  it('the owner of a criticising noun is the critic', () => {
    const t = "Aides shrugged off Eva Holm's sharp criticism that Lund had misled voters.";
    const [a, b] = cue(t, 'criticism');
    expect(possessiveCritic(t, a, b, [at(t, 'Eva Holm')])).toBe(0);
    const u = "Berg's attack on Lund came late in the debate.";
    expect(possessiveCritic(u, u.indexOf('attack on'), u.indexOf('attack on') + 9, [at(u, 'Berg')])).toBe(0);
    // An adjective cue qualifies the owner's thing: Berg's plan is what is controversial, Berg criticises no one.
    const v = "Berg's controversial plan worried Lund.";
    expect(possessiveCritic(v, v.indexOf('controversial'), v.indexOf('controversial') + 13, [at(v, 'Berg')])).toBe(-1);
  });
  it('a name a "critic" stands in apposition to is the critic', () => {
    const t = 'The budget was never published, said Nora Ek, a longtime critic of Lund.';
    const [a, b] = cue(t, 'critic');
    expect(appositiveCritic(t, a, b, [at(t, 'Nora Ek')])).toBe(0);
    const u = 'Nora Ek said the budget was late, and Lund, a critic of the ministry, agreed.';
    expect(appositiveCritic(u, u.indexOf('critic'), u.indexOf('critic') + 6, [at(u, 'Nora Ek')])).toBe(-1);
  });
  it('a name after "from" or "by" right after the cue is the critic, not the one criticised', () => {
    const t = "Lund's plan has drawn criticism from Peter Sand, who called it reckless.";
    const [a, b] = cue(t, 'criticism');
    expect(agentCritic(t, b, [at(t, 'Peter Sand')])).toBe(0);
    expect(cueAimsAtOther({ text: t, refs: [{ start: 0, end: 4 } as never] }, a, b, [at(t, 'Peter Sand')])).toBe(false);
    const u = 'Lund criticised Peter Sand over the budget.';
    expect(agentCritic(u, u.indexOf('criticised') + 10, [at(u, 'Peter Sand')])).toBe(-1);
  });
  it("the owner's criticism of the person is not aimed at the owner", () => {
    const t = "Holm's criticism of Lund was sharp.";
    expect(cueAimsAtOther({ text: t, refs: [{ start: t.indexOf('Lund'), end: t.indexOf('Lund') + 4 } as never] }, 7, 16, [at(t, 'Holm')])).toBe(false);
  });
});

describe('objectCueAimsAtPerson', () => {
  const refAt = (t: string, w: string) => [{ start: t.indexOf(w), end: t.indexOf(w) + w.length }];
  it('"attacked" criticises the person as its object or passive subject', () => {
    const t = 'Eva Holm attacked Lund over the harbour fees.';
    expect(objectCueAimsAtPerson(t, t.indexOf('attacked'), 'attacked', refAt(t, 'Lund'))).toBe(true);
    const u = 'Lund was attacked by his rivals for the fees.';
    expect(objectCueAimsAtPerson(u, u.indexOf('attacked'), 'attacked', refAt(u, 'Lund'))).toBe(true);
  });
  it('force near the person is no criticism of them', () => {
    const t = 'Rebels attacked a port in the south while Lund was in the capital.';
    expect(objectCueAimsAtPerson(t, t.indexOf('attacked'), 'attacked', refAt(t, 'Lund'))).toBe(false);
  });
  it('other cues pass', () => {
    const t = 'Holm derided the plan of Lund.';
    expect(objectCueAimsAtPerson(t, t.indexOf('derided'), 'derided', refAt(t, 'Lund'))).toBe(true);
  });
});

describe('objectCueAimsAtPerson, verbs with another object', () => {
  const refAt = (t: string, w: string) => [{ start: t.indexOf(w), end: t.indexOf(w) + w.length }];
  it('a supporter railing against others at the person\'s event is no criticism of the person', () => {
    const t = 'At a Lund rally in the port, a retired docker railed against bankers, and said he would vote twice.';
    expect(objectCueAimsAtPerson(t, t.indexOf('railed against'), 'railed against', refAt(t, 'Lund'))).toBe(false);
  });
  it('the person a few words after the verb is its object', () => {
    const t = 'Holm keeps taking swipes at her council colleague and rival Lund.';
    expect(objectCueAimsAtPerson(t, t.indexOf('swipes at'), 'swipes at', refAt(t, 'Lund'))).toBe(true);
  });
});

describe('surnameBefore', () => {
  it('finds another person\'s surname as a whole word before the pronoun', () => {
    const t = 'Nothing like that is in the Berg Iowa spots, which dwell on his plans.';
    expect(surnameBefore(t, 'Peter Berg', t.indexOf('his'))).toBe(true);
    expect(surnameBefore(t, 'Anna Ber', t.indexOf('his'))).toBe(false);
    expect(surnameBefore('He met Bergman.', 'Peter Berg', 10)).toBe(false);
  });
});

describe('othersCriticismOfOther', () => {
  it('a his/her criticism of something else is not criticism of the person', () => {
    const t = "After Berg's claim that Lund's letters were forged; his criticism of a soldier's family, the race changed.";
    const at = t.indexOf('criticism');
    expect(othersCriticismOfOther(t, at, at + 9, [{ start: t.indexOf('Lund'), end: t.indexOf('Lund') + 4 }])).toBe(true);
  });
  it('his criticism of the person, or the person\'s own criticism, is not', () => {
    const t = 'Berg repeated his criticism of Lund at the rally.';
    const at = t.indexOf('criticism');
    expect(othersCriticismOfOther(t, at, at + 9, [{ start: t.indexOf('Lund'), end: t.indexOf('Lund') + 4 }])).toBe(false);
    const u = 'Lund repeated her criticism of the port plan.';
    const bt = u.indexOf('criticism');
    expect(othersCriticismOfOther(u, bt, bt + 9, [{ start: 0, end: 4 }, { start: u.indexOf('her'), end: u.indexOf('her') + 3 }])).toBe(false);
  });
});

describe('completeAction, a long sentence cut before quoted words', () => {
  it('marks the cut with an ellipsis', () => {
    const quote = 'to rebuild every harbour wall on the coast, to pay the fishermen who lost their boats, and to make sure that no village is ever again left without a working breakwater when the winter storms arrive';
    const sentence = `Hours later, Lund issued a statement calling on the government “${quote},” and she repeated the call at a rally in the evening before a large crowd of dock workers and their families.`;
    expect(completeAction('Hours later, Lund issued a statement calling on the government', sentence)).toBe('Hours later, Lund issued a statement calling on the government …');
  });
});

describe('the person\'s own criticism and a cue aimed at the other gender', () => {
  it('a criticising noun after the person\'s possessive is theirs', () => {
    const t = "On its face, Lund's critique is a familiar line of attack on port fees.";
    const at = t.indexOf('critique');
    expect(ownCriticism(t, at, [{ start: t.indexOf('Lund'), end: t.indexOf('Lund') + 4, possessive: true }])).toBe(true);
    const u = "Lund's plan drew criticism from the unions.";
    expect(ownCriticism(u, u.indexOf('criticism'), [{ start: 0, end: 4, possessive: true }])).toBe(false);
  });
  it('"accusing him of" in a woman\'s profile aims at someone else; "accused her of" does not', () => {
    const t = 'Berg joined Anna Lund on the trail, accusing him of lying about the port.';
    const at = t.indexOf('accusing') + 8;
    expect(cueAimsAtOtherGender(t, at, 'f')).toBe(true);
    expect(cueAimsAtOtherGender('Berg accused her of lying.', 'Berg accused'.length, 'f')).toBe(false);
    expect(cueAimsAtOtherGender('Berg accused her campaign of lying.', 'Berg accused'.length, 'm')).toBe(false);
    expect(cueAimsAtOtherGender('Berg accused her of lying.', 'Berg accused'.length, 'm')).toBe(true);
  });
  it('a passive cue sharing the sentence\'s he/she subject is about that subject, not a person of the other gender', () => {
    const t = 'Then she cited the flood of 1998 to answer a complaint about her harbour fees from Mayor Tom Lund - and was widely criticized online.';
    const at = t.indexOf('criticized');
    expect(passiveOfOtherSubject(t, at, 'm')).toBe(true);
    expect(passiveOfOtherSubject(t, at, 'f')).toBe(false);
    // Another subject for the passive ("who was"), or none shared: the rule says nothing.
    const u = 'She praised Tom Lund, who was widely criticized online.';
    expect(passiveOfOtherSubject(u, u.indexOf('criticized'), 'm')).toBe(false);
    const v = 'Tom Lund spoke first, and she was widely criticized online.';
    expect(passiveOfOtherSubject(v, v.indexOf('criticized'), 'm')).toBe(false);
  });
});

describe('asModifier', () => {
  const ref = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, kind: 'name' as const });
  it('a name joined to another or after a number or article modifies a noun', () => {
    const t = 'Holm backed the 2019 Lund-Berg harbour bill.';
    expect(asModifier(t, ref(t, 'Lund'))).toBe(true);
    const u = 'Holm backed the Moen-Lund plan.';
    expect(asModifier(u, ref(u, 'Lund'))).toBe(true);
  });
  it('a name as a participant, or a description, does not', () => {
    const t = 'Lund backed the harbour bill with Berg.';
    expect(asModifier(t, ref(t, 'Lund'))).toBe(false);
    const u = 'It passed through the office of the secretary of state.';
    expect(asModifier(u, { ...ref(u, 'secretary of state'), kind: 'description' as never })).toBe(false);
  });
});

describe('personNotSubject, the name in apposition to an object', () => {
  const at = (text: string, name: string) => ({ text, refs: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, possessive: false, kind: 'name' as const }] });
  it('"X warned the harbour chief, Lund, …" has Lund as the object', () => {
    expect(personNotSubject(at('The stakes are high, so Berg warned the harbour chief, Jonas Lund, not to sell the port.', 'Jonas Lund'))).toBe(true);
  });
  it('"After the vote, the harbour chief, Lund, said …" has Lund as the subject', () => {
    expect(personNotSubject(at('After the vote, the harbour chief, Jonas Lund, said the port stays.', 'Jonas Lund'))).toBe(false);
    expect(personNotSubject(at('The harbour chief, Jonas Lund, said the port stays.', 'Jonas Lund'))).toBe(false);
  });
});

describe('personNotSubject, a speaker after the words', () => {
  it('"…, Lund said" keeps Lund as the one who speaks', () => {
    const t = 'The same anger could send voters to the arms of the populists, Jonas Lund warned on Monday.';
    expect(personNotSubject({ text: t, refs: [{ start: t.indexOf('Jonas Lund'), end: t.indexOf('Jonas Lund') + 10, possessive: false, kind: 'name' as const }] })).toBe(false);
  });
});
