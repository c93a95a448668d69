import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { DateValue, EventCategory, EventRecord } from '../../model/index.js';
import { segment } from '../../text/segment.js';
import { extractEvents } from './extract.js';
import { findDateMentions } from '../dates/index.js';

/** Events of one text, with the event extractor alone (no actor or date extractor output). */
function events(text: string, published: DateValue | null = { value: '2023-06-15', precision: 'day' }): EventRecord[] {
  const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
  return extractEvents({ text, meta, ...segment(text) }, { entities: [], dates: [], statements: [] }).events;
}

const of = (evs: EventRecord[], category: EventCategory) => evs.filter((e) => e.category === category);
const actors = (evs: EventRecord[], category: EventCategory) => of(evs, category).map((e) => e.actor);

describe('categories, one sentence each', () => {
  it('Public statement: "said that"', () => {
    const evs = events('German Chancellor Olaf Scholz said on Tuesday that Europe needed more unity.');
    expect(actors(evs, 'Public statement')).toContain('Olaf Scholz');
  });

  it('Public statement: an interview given', () => {
    const evs = events('Spanish Prime Minister Pedro Sánchez gave an interview to the BBC on 3 March 2022.');
    const e = of(evs, 'Public statement')[0];
    expect(e.actor).toBe('Pedro Sánchez');
    expect(e.date).toEqual({ value: '2022-03-03', precision: 'day' });
  });

  it('Appeal or call: "called for" with an appositive subject', () => {
    const evs = events('Wopke Hoekstra, the Dutch foreign minister, called for an end to ransom payments.');
    expect(actors(evs, 'Appeal or call')).toContain('Wopke Hoekstra');
  });

  it('Appeal or call: "urged"', () => {
    const evs = events('Canada urged its allies to share more threat intelligence.');
    expect(actors(evs, 'Appeal or call')).toEqual(['Canada']);
  });

  it('Diplomatic action: a meeting with counterpart, date and place', () => {
    const evs = events('Japanese Prime Minister Fumio Kishida met with Indian Prime Minister Narendra Modi in New Delhi on 20 March 2023.');
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.actor).toBe('Fumio Kishida');
    expect(e.target).toBe('Narendra Modi');
    expect(e.date).toEqual({ value: '2023-03-20', precision: 'day' });
    expect(e.place).toBe('New Delhi');
  });

  it('Diplomatic action: a nominal visit with its owner and destination', () => {
    const evs = events("Fumio Kishida's official visit to Italy lasted three days.");
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.actor).toBe('Fumio Kishida');
    expect(e.target).toBe('Italy');
  });

  it('Agreement or initiative: two signatories in coordination', () => {
    const evs = events('Estonia and Finland signed a memorandum on cyber defence cooperation in May 2021.');
    expect(actors(evs, 'Agreement or initiative').sort()).toEqual(['Estonia', 'Finland']);
    expect(of(evs, 'Agreement or initiative')[0].date).toEqual({ value: '2021-05', precision: 'month' });
  });

  it('Agreement or initiative: launching an initiative (object decides the category)', () => {
    const evs = events('The European Commission launched an initiative on secure undersea cables.');
    expect(actors(evs, 'Agreement or initiative')).toContain('European Commission');
  });

  it('Investigation: opening an investigation', () => {
    const evs = events('Prosecutors in Lyon opened an investigation into the leak of the campaign emails.');
    const e = of(evs, 'Investigation')[0];
    expect(e.actor).toMatch(/prosecutors/i);
  });

  it('Investigation: a possessor stands for its body', () => {
    const evs = events("Italy's competition authority investigated the merger in 2020.");
    expect(actors(evs, 'Investigation')).toEqual(['Italy']);
  });

  it('Demand: "demanded that"', () => {
    const evs = events('Poland demanded that Belarus hand over the suspects.');
    const e = of(evs, 'Demand')[0];
    expect(e.actor).toBe('Poland');
    expect(e.target).toBe('Belarus');
  });

  it('Accusation or attribution: accusing with a target', () => {
    const evs = events("Britain accused Russia's military intelligence of targeting the chemical weapons watchdog.");
    const e = of(evs, 'Accusation or attribution')[0];
    expect(e.actor).toBe('United Kingdom');
    expect(e.target).toBe('Russia');
  });

  it('Denial or rejection: denying involvement (capital for the state)', () => {
    const evs = events('Moscow denied any involvement in the attack.');
    expect(actors(evs, 'Denial or rejection')).toEqual(['Russia']);
  });

  it('Threat or warning: "threatened to"', () => {
    const evs = events('North Korea threatened to retaliate against the new measures.');
    expect(actors(evs, 'Threat or warning')).toEqual(['North Korea']);
  });

  it('Sanction or legal action: sanctions with a date', () => {
    const evs = events('The European Union sanctioned six Russian officials over the hacking campaign in October 2020.');
    const e = of(evs, 'Sanction or legal action')[0];
    expect(e.actor).toBe('European Union');
    expect(e.date).toEqual({ value: '2020-10', precision: 'month' });
  });

  it('Sanction or legal action: unsealing an indictment', () => {
    const evs = events('The Justice Department unsealed an indictment against three Iranian hackers.');
    const e = of(evs, 'Sanction or legal action')[0];
    expect(e.actor).toBe('Justice Department');
  });

  it('Cyber operation: a named threat actor hacking a parliament', () => {
    const evs = events('APT28 hacked the German Bundestag in 2015.');
    const e = of(evs, 'Cyber operation')[0];
    expect(e.actor).toBe('APT28');
    expect(e.target).toBe('German Bundestag');
    expect(e.date).toEqual({ value: '2015', precision: 'year' });
  });

  it('Military action: shelling by forces', () => {
    const evs = events('Russian forces shelled the city of Kharkiv on 1 March 2022.');
    const e = of(evs, 'Military action')[0];
    expect(e.actor).toBe('Russian forces');
    expect(e.date).toEqual({ value: '2022-03-01', precision: 'day' });
  });

  it('Policy decision: setting up an agency', () => {
    const evs = events('The Australian government set up a new cyber security agency in 2018.');
    const e = of(evs, 'Policy decision')[0];
    expect(e.actor).toBe('Australian government');
    expect(e.date).toEqual({ value: '2018', precision: 'year' });
  });

  it('Policy decision: passing a law', () => {
    const evs = events('Parliament passed a law on the security of critical infrastructure in 2022.');
    expect(actors(evs, 'Policy decision')).toEqual(['Parliament']);
  });

  it('"created difficulties" is no policy decision', () => {
    const evs = events('The intrusions created diplomatic difficulties for the government.');
    expect(of(evs, 'Policy decision')).toEqual([]);
  });
});

describe('passive voice keeps the right actor', () => {
  it('attributed to X by Y: Y attributes, X is the target', () => {
    const evs = events('The breach was attributed to APT29 by the Dutch intelligence service.');
    const e = of(evs, 'Accusation or attribution')[0];
    expect(e.actor).toBe('Dutch intelligence');
    expect(e.target).toBe('APT29');
  });

  it('signed by two states', () => {
    const evs = events('The accord was signed by Kenya and Ethiopia last year.');
    expect(actors(evs, 'Agreement or initiative').sort()).toEqual(['Ethiopia', 'Kenya']);
    expect(of(evs, 'Agreement or initiative')[0].date).toEqual({ value: '2022', precision: 'year' });
  });

  it('compromised by a threat actor, month resolved against the document date', () => {
    const evs = events("The hospital's servers were compromised by Sandworm in January.", { value: '2022-03-10', precision: 'day' });
    const e = of(evs, 'Cyber operation')[0];
    expect(e.actor).toBe('Sandworm');
    expect(e.date).toEqual({ value: '2022-01', precision: 'month' });
  });

  it('charged by three states, the list closes at "and"', () => {
    const evs = events('China was charged by the United States, Britain, and Canada, while Germany has stayed silent.');
    expect(actors(evs, 'Sanction or legal action').sort()).toEqual(['Canada', 'United Kingdom', 'United States']);
    expect(of(evs, 'Sanction or legal action')[0].target).toBe('China');
  });
});

describe('negation: a denied act is not that act', () => {
  it('did not sign → Denial or rejection, never an agreement', () => {
    const evs = events('India and Brazil did not sign the declaration.');
    expect(of(evs, 'Agreement or initiative')).toEqual([]);
    const d = of(evs, 'Denial or rejection');
    expect(d.map((e) => e.actor).sort()).toEqual(['Brazil', 'India']);
    expect(d[0].polarity).toBe('negated');
    expect(d[0].about).toBe('Agreement or initiative');
  });

  it('has not formally blamed → Denial, never an accusation', () => {
    const evs = events('The Swedish government has not formally blamed any country for the outage.');
    expect(of(evs, 'Accusation or attribution')).toEqual([]);
    expect(actors(evs, 'Denial or rejection')).toEqual(['Swedish government']);
  });

  it('"cannot attribute" → Denial, never an accusation ("cannot" is "not" written as one word)', () => {
    const evs = events('The Swedish government certainly cannot attribute the outage to Russia.');
    expect(of(evs, 'Accusation or attribution')).toEqual([]);
    expect(actors(evs, 'Denial or rejection')).toEqual(['Swedish government']);
  });

  it('declined to attribute → Denial about an attribution', () => {
    const evs = events('The Danish defence ministry declined to attribute the intrusion to any state.');
    expect(of(evs, 'Accusation or attribution')).toEqual([]);
    const d = of(evs, 'Denial or rejection')[0];
    expect(d.actor).toBe('Danish defence ministry');
    expect(d.about).toBe('Accusation or attribution');
  });

  it('refused to endorse → Denial, no agreement', () => {
    const evs = events('Hungary refused to endorse the joint statement on Tuesday.');
    expect(of(evs, 'Agreement or initiative')).toEqual([]);
    expect(actors(evs, 'Denial or rejection')).toEqual(['Hungary']);
  });

  it('"not only … but also" does not negate', () => {
    const evs = events('Ukraine not only condemned the strike but also expelled the ambassador.');
    expect(of(evs, 'Denial or rejection')).toEqual([]);
    expect(actors(evs, 'Accusation or attribution')).toEqual(['Ukraine']);
  });

  it('a statement not made is no statement', () => {
    const evs = events('The embassy did not mention the incident.');
    expect(of(evs, 'Public statement')).toEqual([]);
  });

  it('"declined to comment" is not a rejection', () => {
    const evs = events('Google declined to comment on the report.');
    expect(of(evs, 'Denial or rejection')).toEqual([]);
  });
});

describe('modality: a hypothetical act is not that act', () => {
  it('could sign', () => {
    const evs = events('Germany could sign the treaty next year.');
    expect(of(evs, 'Agreement or initiative')).toEqual([]);
  });

  it('would impose sanctions', () => {
    const evs = events('The new rules would impose sanctions on companies that pay ransoms.');
    expect(of(evs, 'Sanction or legal action')).toEqual([]);
  });

  it('warned that hospitals could be targeted: a warning, no cyber operation', () => {
    const evs = events('The US Cyber Command warned that hospitals could be targeted by hackers.');
    expect(actors(evs, 'Threat or warning')).toEqual(['US Cyber Command']);
    expect(of(evs, 'Cyber operation')).toEqual([]);
  });

  it('a purpose ("to create") is not a creation', () => {
    const evs = events('The minister made a call to create a European research agency.');
    expect(of(evs, 'Policy decision')).toEqual([]);
  });
});

describe('demanded vs performed', () => {
  it('demanded that the attack be attributed → Demand, no attribution', () => {
    const evs = events('Lawmakers demanded that the attack be attributed to China.');
    expect(of(evs, 'Accusation or attribution')).toEqual([]);
    const d = of(evs, 'Demand')[0];
    expect(d.about).toBe('Accusation or attribution');
    expect(d.target).toBe('China');
  });

  it('attributed the attack → an attribution', () => {
    const evs = events('The government of Estonia attributed the attack to China in 2021.');
    const a = of(evs, 'Accusation or attribution')[0];
    expect(a.target).toBe('China');
    expect(a.modality).toBe('actual');
  });

  it('called for an investigation → Appeal, no investigation', () => {
    const evs = events('Civil liberties groups called for an investigation into the leak.');
    expect(of(evs, 'Investigation')).toEqual([]);
    expect(of(evs, 'Appeal or call')[0].about).toBe('Investigation');
  });

  it('opened an investigation → an investigation', () => {
    const evs = events('Belgian prosecutors opened an investigation into the leak.');
    expect(of(evs, 'Investigation').length).toBe(1);
  });

  it('called for rapprochement with a state is a statement of position', () => {
    const evs = events('Orbán called for rapprochement with Moscow in an interview.');
    expect(of(evs, 'Appeal or call')).toEqual([]);
    expect(of(evs, 'Public statement').length).toBeGreaterThan(0);
  });
});

describe('reported vs performed', () => {
  it('an act reported by officials is modality reported', () => {
    const evs = events('Officials said that Iran had launched a cyberattack on the water utility.');
    const c = of(evs, 'Cyber operation')[0];
    expect(c.actor).toBe('Iran');
    expect(c.modality).toBe('reported');
    expect(of(evs, 'Public statement').length).toBe(1);
  });

  it('the same act stated by the writer is actual', () => {
    const evs = events('Iran launched a cyberattack on the water utility.');
    const c = of(evs, 'Cyber operation')[0];
    expect(c.actor).toBe('Iran');
    expect(c.modality).toBe('actual');
  });

  it('alleged attacks are reported, the blaming is actual', () => {
    const evs = events('Estonia blamed Russian hackers for the alleged attacks on its banks.');
    const a = of(evs, 'Accusation or attribution')[0];
    expect(a.actor).toBe('Estonia');
    expect(a.target).toBe('Russian hackers');
    expect(a.modality).toBe('actual');
  });
});

describe('actors: bodies, coordination, appositives, pronouns', () => {
  it('the Elysée acts for the French president in office', () => {
    const evs = events('The Elysée rejected the proposal.', { value: '2019-05-01', precision: 'day' });
    const d = of(evs, 'Denial or rejection')[0];
    expect(d.actor).toBe('Elysée');
    expect(d.actingFor).toBe('Emmanuel Macron');
  });

  it('"his administration" acts for the person named before', () => {
    const evs = events('Joe Biden spoke at the summit. His administration imposed sanctions on Moscow in April 2021.');
    const s = of(evs, 'Sanction or legal action')[0];
    expect(s.actor).toBe('Biden administration');
    expect(s.actingFor).toBe('Joe Biden');
    expect(s.date).toEqual({ value: '2021-04', precision: 'month' });
  });

  it('the French government acts for the president at the document date', () => {
    const evs = events('The French government rejected the plan.', { value: '2016-02-01', precision: 'day' });
    expect(of(evs, 'Denial or rejection')[0].actingFor).toBe('François Hollande');
  });

  it('coordinated subjects each act', () => {
    const evs = events('The United States, Japan and Australia condemned the intrusion.');
    expect(actors(evs, 'Accusation or attribution')).toEqual(['United States', 'Japan', 'Australia']);
  });

  it('a relative clause between subject and verb is skipped', () => {
    const evs = events('Olaf Scholz, who had just returned from Beijing, met Joe Biden in Washington.');
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.actor).toBe('Olaf Scholz');
    expect(e.target).toBe('Joe Biden');
  });

  it('"he" is the person named before; a surname is the full name', () => {
    const evs = events('Pedro Sánchez arrived in Rabat. He signed a migration accord. Sánchez later urged restraint.');
    expect(actors(evs, 'Agreement or initiative')).toEqual(['Pedro Sánchez']);
    expect(actors(evs, 'Appeal or call')).toEqual(['Pedro Sánchez']);
  });

  it('"the President of X" is the holder at the document date', () => {
    const evs = events('The call made by the President of the United States to ban the app drew criticism.', { value: '2020-08-01', precision: 'day' });
    expect(actors(evs, 'Appeal or call')).toEqual(['Donald Trump']);
  });
});

describe('an -ing form after a determiner and a date', () => {
  it('is the noun the date names ("testified about a July 10 meeting" is no meeting of hers)', () => {
    const evs = events('Lena Holt testified about a July 10 meeting at the harbour office. Holt is meeting the mayor on Friday. Holt\'s July 4 visit to Oslo went well.');
    expect(of(evs, 'Diplomatic action').map((e) => e.text)).toEqual(['Holt is meeting the mayor on Friday.', "Holt's July 4 visit to Oslo went well."]);
  });
});

describe('subjects and patients past small insertions', () => {
  it('an age in apposition ("Noel, 31, is charged") leaves the patient the target', () => {
    expect(of(events('Ada Brisk, 31, was arrested on Friday.'), 'Sanction or legal action')[0].target).toBe('Ada Brisk');
  });
  it('a town before a person noun ("A Valdor man") says where the person lives; the person acts', () => {
    expect(actors(events('A Valdor man threatened to burn the ferry office, police said.'), 'Threat or warning')).toEqual(['Valdor man']);
  });
  it('", as" before a name or a pronoun opens a clause of its own', () => {
    const evs = events("The survey may have expanded to the moon Nordby, as Valdor's scientists have confirmed that they have detected ice.");
    expect(of(evs, 'Public statement').map((e) => e.actor)).toEqual(['researchers']);
  });
  it('"declined later to state" is no statement; a date naming an occasion ("the September 11, 2001 attacks") dates no act', () => {
    expect(of(events('Mayor Ada Brisk declined later to state when the dock would open.'), 'Public statement')).toEqual([]);
    expect(of(events('Valdor invaded the island in the wake of the September 11, 2001 attacks.'), 'Military action')[0]?.date ?? null).toBeNull();
  });
});

describe('an infinitive with an adverb before its verb', () => {
  it('is not done ("his proposal to temporarily ban ferries"); a preposition\'s "to" is no infinitive', () => {
    const evs = events('Critics attacked his proposal to temporarily ban foreign ferries from the harbour. According to recently leaked files, hackers breached the ministry network.');
    expect(of(evs, 'Sanction or legal action')).toEqual([]);
    expect(of(evs, 'Cyber operation').length).toBe(1);
  });
});

describe('a participle after a piece of writing', () => {
  it('belongs to its author, not its addressee ("wrote a letter to Minister Berg asking …")', () => {
    const evs = events('Mayor Ada Brisk wrote a letter to Minister Tom Berg asking the ministry to investigate the fire.');
    expect(actors(evs, 'Demand')).toEqual(['Ada Brisk']);
  });
});

describe('party labels', () => {
  it('a party label after a name is not the one who speaks ("Rep. Tom Holt, R-Pa., said")', () => {
    expect(actors(events('Rep. Tom Holt, R-Pa., said the ferry was late.'), 'Public statement')).toEqual(['Tom Holt']);
  });
});

describe('a frame inside an insertion', () => {
  it('ends with the insertion ("Berg, who had failed to win the vote, called for …" is an appeal, no denial)', () => {
    const evs = events('Mayor Tom Berg, who had failed to win the harbour vote, called for a new ferry tax.');
    expect(evs.map((e) => e.category)).toEqual(['Appeal or call']);
  });
});

describe('conduct in general', () => {
  it('"has done or said", "says and does" is no act of saying', () => {
    const evs = events('Nothing Mayor Tom Holt has done or said amounts to bribery. Everything Ada Brisk says and does is watched. Holt said the ferry was late.');
    expect(of(evs, 'Public statement').map((e) => e.text)).toEqual(['Holt said the ferry was late.']);
  });
});

describe('questions', () => {
  it('an act asked about with the auxiliary first ("Did the ministry sign the treaty?") is not reported as done', () => {
    const evs = events('Did the ministry sign the harbour treaty? Would Mayor Berg have pleaded for more time? Holt signed the treaty.');
    expect(evs.map((e) => e.text)).toEqual(['Holt signed the treaty.']);
  });
});

describe('a group named after a verb of saying', () => {
  it('is the subject of the reported act, not the one who says it', () => {
    const evs = events('The Harbour Gazette says police are looking into the fire at the depot. Officials said that regulators have fined the ferry company.');
    expect(actors(evs, 'Investigation')).toEqual(['police']);
    expect(actors(evs, 'Sanction or legal action')).toEqual(['regulators']);
  });
});

describe('dates and places', () => {
  it('a dateline\'s place acts in no sentence ("OSLO – …, stating …" is not Norway\'s statement)', () => {
    const evs = events('Ferry fraud\n\nOSLO – Two harbour clerks were charged on Monday with forging logs, stating they had inspected the ferries.');
    expect(evs.filter((e) => e.actor === 'Norway')).toEqual([]);
  });
  it('a year naming the thing an inquiry is about ("the 2019 regional election") dates no inquiry', () => {
    const evs = events('Prosecutors are investigating ballot fraud in the 2019 regional election in Valdor. Hackers attacked party servers during the 2019 regional election.');
    expect(of(evs, 'Investigation')[0].date?.value).not.toBe('2019');
    // An act that happens in the election keeps its date.
    expect(of(evs, 'Cyber operation')[0].date).toEqual({ value: '2019', precision: 'year' });
  });
  it('"on Monday" is resolved against a day-precise document date', () => {
    const evs = events('On Monday, Scholz met Macron in Berlin.', { value: '2023-01-11', precision: 'day' });
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.date).toEqual({ value: '2023-01-09', precision: 'day' });
    expect(e.place).toBe('Berlin');
  });

  it('an undated act in a later sentence takes the month of the document', () => {
    const evs = events('The ministry published its annual report on threats to the grid and its partners. Later, Norway accused China of the intrusion.', { value: '2021-07-20', precision: 'day' });
    expect(of(evs, 'Accusation or attribution')[0].date).toEqual({ value: '2021-07', precision: 'month' });
  });

  it('no document date and no date in the text: null', () => {
    const evs = events('Norway accused China of the intrusion.', null);
    expect(of(evs, 'Accusation or attribution')[0].date).toBeNull();
  });

  it('place from "at the Palace of …"', () => {
    const evs = events('Macron hosted Vladimir Putin at the Palace of Versailles in May 2017.');
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.place).toBe('Palace of Versailles');
    expect(e.date).toEqual({ value: '2017-05', precision: 'month' });
  });
});

describe('more real-world shapes', () => {
  it('doubled consonants are inflections too ("expelled")', () => {
    const evs = events('Poland expelled two Russian diplomats in March 2022.');
    expect(actors(evs, 'Sanction or legal action')).toEqual(['Poland']);
  });

  it('summoning an ambassador is a diplomatic action', () => {
    const evs = events('The Foreign Office summoned the Iranian ambassador on Friday.');
    expect(actors(evs, 'Diplomatic action')).toEqual(['Foreign Office']);
  });

  it('a name with "for the" inside stays whole', () => {
    const evs = events('APT28 targeted the Organisation for the Prohibition of Chemical Weapons in 2018.');
    expect(of(evs, 'Cyber operation')[0].target).toBe('Organisation for the Prohibition of Chemical Weapons');
  });

  it('a date that belongs to the next clause is not taken', () => {
    const evs = events('The unit has been active for a decade and has hit targets across many countries in Europe. Washington indicted seven officers, and the European Union imposed sanctions on the unit in 2020.', { value: '2021-05-03', precision: 'day' });
    const us = of(evs, 'Sanction or legal action').find((e) => e.actor === 'United States')!;
    const eu = of(evs, 'Sanction or legal action').find((e) => e.actor === 'European Union')!;
    expect(us.date).toEqual({ value: '2021-05', precision: 'month' });
    expect(eu.date).toEqual({ value: '2020', precision: 'year' });
  });

  it('not attributing an operation to anyone: Denial without a made-up target', () => {
    const evs = events('Austria has not attributed the 2019 foreign ministry breach to any state.');
    const d = of(evs, 'Denial or rejection')[0];
    expect(d.actor).toBe('Austria');
    expect(d.target).toBeNull();
  });

  it('"carried out by a group it calls X": the agent is the named group', () => {
    const evs = events('Microsoft said the intrusions were carried out by a group it calls Strontium.');
    expect(actors(evs, 'Cyber operation')).toEqual(['APT28']);
  });

  it('a verbal attack is no military action', () => {
    const evs = events('The senator attacked the governor over the budget.');
    expect(of(evs, 'Military action')).toEqual([]);
  });

  it('"failed to win" is not a rejection', () => {
    const evs = events('Governor John Kasich failed to win any states.');
    expect(of(evs, 'Denial or rejection')).toEqual([]);
  });

  it('a visit the subject arrives for is the subject\'s; "since 2016" does not date it', () => {
    const evs = events('Chilean President Gabriel Boric arrived in Madrid on Wednesday for a state visit, his first since 2016.', { value: '2023-06-22', precision: 'day' });
    const e = of(evs, 'Diplomatic action')[0];
    expect(e.actor).toBe('Gabriel Boric');
    expect(e.date).toEqual({ value: '2023-06-21', precision: 'day' });
  });

  it('"Scholz\'s government" is a body acting for Scholz', () => {
    const evs = events("Olaf Scholz spoke in Hamburg. Scholz's government later opened an inquiry into the leak.");
    const e = of(evs, 'Investigation')[0];
    expect(e.actor).toBe('Scholz government');
    expect(e.actingFor).toBe('Olaf Scholz');
  });

  it('jets that strike are the forces of their state; ", the army said" does not reach across the comma', () => {
    const evs = events('Turkish jets struck targets in northern Iraq on Sunday, the army said.', { value: '2022-11-21', precision: 'day' });
    expect(actors(evs, 'Military action')).toEqual(['Turkish forces']);
    expect(actors(evs, 'Public statement')).not.toContain('Iraq');
  });

  it('a name before a group noun qualifies the group ("Opposition lawmakers")', () => {
    const evs = events('Opposition lawmakers in Nairobi urged the government to publish the contracts.');
    expect(actors(evs, 'Appeal or call')).toEqual(['Opposition lawmakers']);
  });

  it('the object of a previous verb is not the subject of the next', () => {
    const evs = events('Angela Merkel quoted Goethe and visited the memorial in Kyiv.');
    expect(actors(evs, 'Diplomatic action')).toEqual(['Angela Merkel']);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const out = events(text);
        return Array.isArray(out);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on sentences assembled from trigger words and names', () => {
    const words = ['France', 'did', 'not', 'sign', 'accused', 'Moscow', 'by', 'the', 'was', 'attributed', 'to', 'APT31', ',', '—', '(', ')', 'demanded', 'that', 'called', 'for', 'his', 'administration', 'in', 'June', '2016', 'Elysée', 'and', '.', '“', '”'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => Array.isArray(events(ws.join(' ')))),
      { numRuns: 200 },
    );
  });

  it('events point inside the text: span and trigger span', () => {
    const text = 'Canada urged its allies to act. Moscow denied it. APT28 hacked the Bundestag in 2015.';
    for (const e of events(text)) {
      expect(e.span[0]).toBeGreaterThanOrEqual(0);
      expect(e.span[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.triggerSpan![0], e.triggerSpan![1])).toBe(e.trigger);
    }
  });

  it('is fast: a long document in well under a second per 100 KB', () => {
    const para = 'The ministry said on Monday that France had not officially blamed anyone for the cyberattacks, while lawmakers called for an investigation. ';
    const text = Array.from({ length: 700 }, (_, i) => para + (i % 10 === 9 ? '\n' : '')).join('');
    const t0 = performance.now();
    events(text);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(3000 * (text.length / 100_000));
  });
});

describe('reviewer defects: clause roles', () => {
  it('reported speech: the agent of the embedded verb is its own subject, not the speaker', () => {
    const evs = events('Senator Jane Doe said Chinese military units hacked into State Department computers and she blamed Beijing.');
    const cyber = of(evs, 'Cyber operation');
    expect(cyber.length).toBeGreaterThan(0);
    for (const e of cyber) {
      expect(e.actor).not.toBe('Jane Doe');
      expect(e.modality).toBe('reported');
    }
    expect(of(events('Senator Jane Doe said Russia hacked the State Department.'), 'Cyber operation').map((e) => e.actor)).toEqual(['Russia']);
  });

  it('a party word before a name modifies the name: the name is the target', () => {
    const evs = events('Senator Jane Doe accused Democratic rival John Smith of ignoring the leak.');
    expect(of(evs, 'Accusation or attribution')[0].target).toBe('John Smith');
  });

  it('"he said" after a quotation that opens the sentence is the speaker of the sentence before, not the last man named', () => {
    const said = (text: string) => events(text).filter((e) => e.trigger === 'said').map((e) => e.actor);
    // Some archives write quotation marks as two apostrophes.
    expect(said("John Carver, who has called Tom Pell's plan ''reckless,'' spoke to farmers on Monday. ''The plan will fail,'' he said.")).toEqual(['John Carver']);
    // A short lead-in before the quotation keeps it the sentence's opening.
    expect(said("Mark Dunn, 55, has run a lathe at the plant since 1990. ''I have cousins in Ohio,'' he said, explaining his view of Tom Pell's plan. But when it comes to the plant, ''we all worked hard,'' he said.")).toEqual(['Mark Dunn', 'Mark Dunn']);
    // A person in an opening subordinate clause is not the subject; the one after its comma is.
    expect(said("When Tom Pell tried to defend his remarks about the strike at the old mill in the valley, John Carver objected to the words of Sam Hill. ''The plan will fail,'' he said.")).toEqual(['John Carver']);
    // An owner pronoun is no subject: "her board" is not who gazed.
    expect(said("Mary Lund waved at the crowd. With one foot on her board, Ann Gil gazed at the ramp. ''The plan will fail,'' she said.")).toEqual(['Ann Gil']);
  });

  it('hosting is diplomacy only for a summit, talks, a dignitary or a state: not a debate, a show or a lobby\'s conference', () => {
    const hosted = (text: string) => of(events(text), 'Diplomatic action').map((e) => e.trigger);
    expect(hosted('Senator Jane Doe spoke at the yearly farm policy forum hosted by the Grain Growers League on Monday.')).toEqual([]);
    expect(hosted('The radio station KXRT hosted a debate between the two candidates for mayor.')).toEqual([]);
    expect(hosted('Tom Pell also hosts a weekly talk show on a cable channel.')).toEqual([]);
    expect(hosted('Norway hosted talks between the two rebel groups in Oslo on Monday.')).toEqual(['hosted']);
    expect(hosted('Chancellor Olaf Scholz hosted Chinese Premier Li Qiang in Berlin on Tuesday.')).toEqual(['hosted']);
  });

  it('"met with" a reaction and "met" a bar are no meeting; meeting a person is', () => {
    const met = (text: string) => of(events(text), 'Diplomatic action').map((e) => e.trigger);
    expect(met('The mayor\'s plan met with fierce resistance from the unions on Monday.')).toEqual([]);
    expect(met('Governor Tom Pell met the filing deadline with an hour to spare.')).toEqual([]);
    expect(met('Ann Gil said the applicants met the criteria for a grant.')).toEqual([]);
    expect(met('Governor Tom Pell met with Mexican President Ana Ruiz in Monterrey on Monday.').length).toBe(1);
  });

  it('a pronoun after "around" is no subject: "those around him" act, not he', () => {
    const evs = events('Mayor Tom Hill spoke for an hour. While he is in good shape, those around him acknowledge that a run seems unlikely.');
    expect(evs.filter((e) => e.actor === 'Tom Hill' && /acknowledge/.test(e.trigger))).toEqual([]);
  });

  it('coordinated subjects are all actors and none is the other\'s target', () => {
    const evs = of(events('The field is divided, with John Smith, Mary Jones and Bob Brown all calling for a tougher rule.'), 'Appeal or call');
    expect(evs.length).toBeGreaterThan(1);
    for (const e of evs) expect(e.target).toBeNull();
    // Parties of an agreement stay each other's counterpart.
    const signed = of(events('Estonia and Finland signed a memorandum on cyber defence.'), 'Agreement or initiative');
    expect(signed.map((e) => e.target).sort()).toEqual(['Estonia', 'Finland']);
  });

  it('a name before "aide", "spokesman", "campaign" only says whose: it is not the actor', () => {
    const evs = of(events('Mills and another Smith aide asked the contractor to delete the files.'), 'Demand');
    expect(evs.map((e) => e.actor)).toEqual(['Mills']);
    const st = of(events('A Smith spokesman said the senator would run again.'), 'Public statement');
    expect(st.map((e) => e.actor)).toEqual(['Smith spokesman']);
  });

  it('he/she: the subject of the sentence before, then the nearest person of that gender by first name', () => {
    const evs = events('Victor Lund, a trader whose father-in-law, Oleg Petrov, ran the port until 2005, has given millions to the fund. He has lent his plane to the mayor and traveled to Lima in 2011.');
    expect(actors(evs, 'Diplomatic action')).toEqual(['Victor Lund']);
    expect(actors(events('Maria Holt met Peter Lund in Lima on Monday. She called for new elections.'), 'Appeal or call')).toEqual(['Maria Holt']);
    expect(actors(events('Maria Holt met Peter Lund in Lima on Monday. He called for new elections.'), 'Appeal or call')).toEqual(['Peter Lund']);
    // A first name that is also a word ("Bill") still gives the gender of a full name.
    expect(actors(events('Bill Norris spoke first in Lima. The board then thanked Kim Park. He called for new elections.'), 'Appeal or call')).toEqual(['Bill Norris']);
    // In an object relative clause on people, he/she is the sentence's subject.
    expect(actors(events('In his speech, Paul Lund called out Peter Holt and the rest of the field, who he accused of lying.'), 'Accusation or attribution')).toEqual(['Paul Lund']);
    // "Her campaign" is a woman's.
    expect(actors(events('Maria Holt lost the vote to Peter Lund. Her campaign announced a recount on Monday.'), 'Public statement')).toEqual(['Holt campaign']);
  });

  it('an appositive after a name ("…, a Republican who served as a Marine,") or a feeling participle clause stands between subject and verb', () => {
    expect(actors(events('Ann Holt, a Republican who served in combat as a Marine, denounced the plan.'), 'Accusation or attribution')).toEqual(['Ann Holt']);
    expect(actors(events('Ann Holt, alarmed that the Water Board is cutting supplies, denounced the plan.'), 'Accusation or attribution')).toEqual(['Ann Holt']);
    // Not an opening adverbial, and not a verb after an appositive.
    expect(actors(events('In May, a court in Lima denounced Ann Holt.'), 'Accusation or attribution')).not.toContain('Ann Holt');
    expect(actors(events('After the vote, Acme, its largest investor, committed to a new fund with Ann Holt.'), 'Agreement or initiative')).toContain('Acme');
  });

  it('a participle after a comma shares the main verb\'s subject, not the owner of an act named in a phrase', () => {
    const evs = events('On Monday, the chairman of the Holt campaign, Paul Lund, dismissed the criticism. He tried to distance Ann Holt from her plan for banning cars, arguing that she now wants a tax.');
    expect(actors(evs, 'Public statement')).toEqual(['Paul Lund']);
  });

  it('a name in s behind a preposition is no owner of a nominal act ("spoke with Ann Mathers about accusations")', () => {
    expect(actors(events('Senator Bo Lund said he had spoken with Senator Ann Mathers about accusations that her backers made threats.'), 'Accusation or attribution')).not.toContain('Ann Mathers');
  });

  it('a share of poll respondents makes no statement ("22 percent saying", "a majority of Oregonians say")', () => {
    for (const t of ['Ann Holt comes in second, with 22 percent saying they would not support her.', 'In a Lima Post poll, 51 percent of respondents said they would vote for Ann Holt.', 'A majority of Oregonians say Ann Holt should resign.']) {
      expect(of(events(t), 'Public statement')).toEqual([]);
    }
    expect(actors(events('Ann Holt said 22 percent of the budget was wasted.'), 'Public statement')).toEqual(['Ann Holt']);
  });

  it('"…, saying X …": a participle after a comma has the main clause\'s subject, never the name it says something about', () => {
    const st = (t: string) => actors(events(t), 'Public statement');
    expect(st('Other Republicans echoed those comments, saying Ann Holt\'s strategy is inadequate.')).not.toContain('Ann Holt');
    expect(st('Bo Lund spoke in Lima on Sunday. He echoed that promise on Monday, saying he would act.')).toEqual(['Bo Lund']);
    expect(st('Ann Holt has tangled with Bo Lund once directly, saying she was appalled.')).toEqual(['Ann Holt']);
    expect(st('Oregon Labor Party leader, Ann Holt, backed Bo Lund on Wednesday, saying he would win.')).toEqual(['Ann Holt']);
  });

  it('a verb inside brackets or paired dashes takes its subject there ("(Ann Holt has denied the reports.)")', () => {
    expect(actors(events('The fund grew fast. (Acme Corp denied the reports.)'), 'Denial or rejection')).toEqual(['Acme Corp']);
    expect(actors(events('The Water Board - which Ann Holt chairs - called for an emergency meeting.'), 'Appeal or call')).toEqual(['Water Board']);
  });

  it('in an appositive\'s relative clause the person named before it acts ("Ann Holt of Ohio, a Republican who has refused to endorse")', () => {
    expect(actors(events('Senator Bo Lund, a Democrat who has refused to endorse Ann Holt, said the race was over.'), 'Denial or rejection')).toEqual(['Bo Lund']);
  });

  it('", officials said," — a group noun right before the verb is its subject, not a name before it', () => {
    expect(actors(events('Mr. Holt, officials said, has grown wary of the plan.'), 'Public statement')).toEqual(['officials']);
    expect(actors(events('The thing Ann Holt most needs, aides said, is time.'), 'Public statement')).toEqual(['aides']);
  });

  it('a place before an office noun says where: "Oregon governor endorses Holt" is the governor\'s act', () => {
    expect(actors(events('Oregon governor endorses Holt in tight race.'), 'Agreement or initiative')).toEqual(['Oregon governor']);
    expect(actors(events('The Vermont senator emailed supporters saying the fight goes on.'), 'Public statement')).toEqual(['Vermont senator']);
  });

  it('a capitalised function word opening a sentence is no actor ("Whatever their past, experts now say")', () => {
    for (const t of ['Whatever their past, experts now say the drug works.', 'Despite the rain, officials said the race would go on.', 'Why do I say that?']) {
      for (const e of events(t)) expect(['Whatever', 'Despite', 'Why']).not.toContain(e.actor);
    }
  });

  it('a name after "supporters of", "critics of" (its modifiers skipped) or before "fans" is not the actor', () => {
    const st = (t: string) => actors(events(t), 'Public statement');
    expect(st('Supporters of Republican Ann Holt say the tax should go.')).not.toContain('Ann Holt');
    expect(st('Critics of former Gov. Ann Holt argue the plan failed.')).not.toContain('Ann Holt');
    expect(st('Holt fans insist the count was wrong.')).toEqual(['Holt supporters']);
    expect(st('Holt opponents said the count was right.')).toEqual(['Holt critics']);
    // A title with "of" heads its own phrase: the name after it is the subject.
    expect(st('Secretary of State Ann Holt told reporters the talks would go on.')).toEqual(['Ann Holt']);
  });
});

describe('reviewer defects: categories', () => {
  it('an undated act told as earlier than the report gets no date from the publication', () => {
    const pub = { value: '2023-06-15', precision: 'day' } as const;
    const dateOf = (t: string) => events(`The council met on Friday. ${t}`, pub).find((e) => /urged|said|called|declared/.test(e.trigger) && e.actor === 'Ann Holt')?.date;
    expect(dateOf('Ann Holt had urged the council to act.')).toBeNull();
    expect(dateOf('Ann Holt has long said the plan works.')).toBeNull();
    expect(dateOf('Ann Holt previously called for a new vote.')).toBeNull();
    expect(dateOf('Three years after Ann Holt declared victory, the plan failed.')).toBeNull();
    // A pluperfect in reported speech is the tense of the report, and a plain past keeps the fallback.
    expect(dateOf('Bo Lund said Ann Holt had urged the council to act.')).toEqual({ value: '2023-06', precision: 'month' });
    expect(dateOf('Ann Holt urged the council to act.')).toEqual({ value: '2023-06', precision: 'month' });
  });

  it('a participle after a common noun makes the noun its patient ("a contractor accused of spying")', () => {
    expect(actors(events('Peru also released Bo Lund, an American contractor accused of spying, but the ministry insisted that was not part of the deal.'), 'Accusation or attribution')).not.toContain('Peru');
    expect(actors(events('Peru accused Bo Lund of spying on Monday.'), 'Accusation or attribution')).toEqual(['Peru']);
  });

  it('an act someone is only considering or interested in is no act ("is considering joining", "interest in meeting")', () => {
    expect(of(events('Ann Holt is considering joining the Lima council.'), 'Policy decision')).toEqual([]);
    expect(of(events('Ann Holt has expressed interest in meeting Bo Lund in Lima.'), 'Diplomatic action')).toEqual([]);
    expect(actors(events('Ann Holt met Bo Lund in Lima on Monday.'), 'Diplomatic action')).toContain('Ann Holt');
  });

  it('an offensive is a military action only among military words', () => {
    expect(of(events("Ann Holt's gun control offensive against Bo Lund will set the tone."), 'Military action')).toEqual([]);
    expect(actors(events('Russia began an offensive against rebel forces near Lima on Monday.'), 'Military action')).toEqual(['Russia']);
  });

  it('infiltrating or spying is a cyber operation only among cyber words', () => {
    expect(of(events('Ann Holt claimed that agents of the Water Board have infiltrated the council.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Bo Lund spied on Ann Holt for the studio.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Hackers of the Fancy Bear group infiltrated the council’s network in May.'), 'Cyber operation').length).toBe(1);
  });

  it('a breach of trust and leaks to the press are no cyber operations; a breach among cyber words is', () => {
    expect(of(events('Senator Ann Holt accused the RNC of a major breach of trust.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Ann Holt blamed the leaks to the press on the Water Board.'), 'Cyber operation')).toEqual([]);
    expect(of(events('The Water Board announced a breach of its network by hackers on Monday.'), 'Cyber operation').length).toBe(1);
  });

  it('a noun trigger used as a verb is no event: "to address concerns", "email address", "have aides address it"', () => {
    expect(of(events('The Holt campaign wants to address concerns about its fundraising.'), 'Public statement')).toEqual([]);
    expect(of(events('Ann Holt gave me an email address for her sister.'), 'Public statement')).toEqual([]);
    expect(of(events('Ann Holt prefers having regional bodies address local conflicts.'), 'Public statement')).toEqual([]);
    // Its noun use after another noun stays: "keynote address", "commencement address".
    expect(actors(events('In 2012, Ann Holt turned her keynote address at the convention into a campaign speech.'), 'Public statement')).toContain('Ann Holt');
  });

  it('an -ing form after a number modifies a noun: "two lobbying firms" is no act', () => {
    expect(of(events('Ann Holt is the co-founder of two lobbying and consulting firms.'), 'Appeal or call')).toEqual([]);
    expect(actors(events('The two met in Lima on Monday, Ann Holt said.'), 'Public statement')).toContain('Ann Holt');
  });

  it('a vow to do a policy is a statement; a vow of consequences is a threat', () => {
    const pledge = events('Senator Jane Doe has vowed to curb the power of banks while offering free tuition.');
    expect(of(pledge, 'Threat or warning')).toEqual([]);
    expect(actors(pledge, 'Public statement')).toContain('Jane Doe');
    expect(actors(events('Senator Jane Doe vowed to retaliate against Russia.'), 'Threat or warning')).toEqual(['Jane Doe']);
    expect(actors(events('Senator Jane Doe vowed to “crush” the cartel.'), 'Threat or warning')).toEqual(['Jane Doe']);
  });

  it('a town hall meeting is a candidate speaking to voters, not diplomacy', () => {
    const evs = events('Ann Holt held a town hall meeting in Salem on Monday.');
    expect(of(evs, 'Diplomatic action')).toEqual([]);
    expect(actors(evs, 'Public statement')).toEqual(['Ann Holt']);
    expect(actors(events('Ann Holt met Bo Lund in Salem on Monday.'), 'Diplomatic action')).toContain('Ann Holt');
  });

  it('a meeting in which something was told is the occasion of a statement, not diplomacy', () => {
    const evs = events('Critics say that Jane Doe told the editors of a newspaper in a private tape-recorded meeting that she might change her plan.');
    expect(of(evs, 'Diplomatic action')).toEqual([]);
    expect(actors(evs, 'Public statement')).toContain('Jane Doe');
  });
});

describe('reviewer defects: dates', () => {
  it('a year naming a thing in another clause ("his 2019 bill") does not date the act', () => {
    const evs = events('Tom Hill’s refusal to disavow the union – a group many call corrupt – will raise doubts about whether he still backs his 2019 bill to cut pensions.', { value: '2023-06-15', precision: 'day' });
    const refusal = evs.filter((e) => /refus/.test(e.trigger));
    expect(refusal.length).toBe(1);
    expect(refusal[0].date?.value).not.toBe('2019');
  });

  it('a year after "during the" still places the act told in its "when" clause', () => {
    const evs = events('Relations soured during the 2012 race, when Tom Hill traveled to Cairo.', { value: '2023-06-15', precision: 'day' });
    expect(of(evs, 'Diplomatic action')[0]?.date?.value).toBe('2012');
  });
});

describe('reviewer defects: weekdays of past acts', () => {
  it('an act told in the past tense on a weekday is not dated after the publication', () => {
    // Published on a Thursday; the sentence also holds a future word ("will"), which makes the date finder look ahead.
    const text = 'Jane Doe met the Irish ambassador on Monday and said talks will resume soon.';
    const published: DateValue = { value: '2023-06-15', precision: 'day' };
    const seg = segment(text);
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    const dates = findDateMentions(text, seg.sentences, published);
    const evs = extractEvents({ text, meta, ...seg }, { entities: [], dates, statements: [] }).events;
    expect(of(evs, 'Diplomatic action')[0].date).toEqual({ value: '2023-06-12', precision: 'day' });
  });

  it('a weekday of a future act told after the verb of saying does not date the saying', () => {
    const text = 'Senator Jane Doe said the committee will vote on Tuesday.';
    const published: DateValue = { value: '2023-06-15', precision: 'day' };
    const seg = segment(text);
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    const evs = extractEvents({ text, meta, ...seg }, { entities: [], dates: findDateMentions(text, seg.sentences, published), statements: [] }).events;
    const said = of(evs, 'Public statement')[0];
    expect(said.date!.value <= '2023-06-15').toBe(true);
  });
});

describe('the date of a statement is when it was said', () => {
  const dated = (text: string) => {
    const published: DateValue = { value: '2023-06-15', precision: 'day' };
    const seg = segment(text);
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    return extractEvents({ text, meta, ...seg }, { entities: [], dates: findDateMentions(text, seg.sentences, published), statements: [] }).events;
  };
  it('a date inside what was said does not date the saying', () => {
    const said = of(dated('Envoy Tom Hill said he had not known about the plan until he read the March 3 memo.'), 'Public statement')[0];
    expect(said.date?.value).not.toBe('2023-03-03');
  });
  it('a short adverbial after the verb still does', () => {
    const said = of(dated('Envoy Tom Hill said on 12 June 2023 that the talks had failed.'), 'Public statement')[0];
    expect(said.date).toEqual({ value: '2023-06-12', precision: 'day' });
  });
});

describe('"charge": a legal act only with its accused', () => {
  const legal = (text: string) => of(events(text), 'Sanction or legal action');
  it('charged with a crime, charged a person, a person charged', () => {
    expect(legal('Federal prosecutors charged Dana Whitlock with tax fraud on Monday.')[0]?.target).toBe('Dana Whitlock');
    expect(legal('Police charged him after the match.').length).toBe(1);
    expect(legal('Dana Whitlock was charged in Ohio in 2019.').length).toBe(1);
  });
  it('a price, a gap relative clause, an adjective, a movement or a battery is no legal act', () => {
    expect(legal('Landlord Ada Prell raised the rents she charges by a third.')).toEqual([]);
    expect(legal('The ferry company charged Ada Prell $40 for the crossing.')).toEqual([]);
    expect(legal('Mayor Ada Prell made a politically charged visit to the plant.')).toEqual([]);
    expect(legal('Senator Ada Prell charged into the hall after the vote.')).toEqual([]);
    expect(legal('The tablet can be charged overnight from any socket.')).toEqual([]);
  });
  it('"charged that" and a quotation tag accuse in words', () => {
    expect(actors(events('Senator Ada Prell charged that the agency had hidden the report.'), 'Accusation or attribution')).toEqual(['Ada Prell']);
    expect(actors(events('“The agency hid the report,” Senator Ada Prell charged.'), 'Accusation or attribution')).toEqual(['Ada Prell']);
  });
});

describe('the speaker after a closing quotation and an abbreviated title', () => {
  it("''…,'' said Sen. X: the one named after the verb, without the title or a place before it", () => {
    expect(actors(events("''The budget is dead,'' said Sen. Ada Brill, a Democrat."), 'Public statement')).toEqual(['Ada Brill']);
    expect(actors(events('Maine Gov. Ada Brill signed the budget on Monday, telling reporters it was fair.'), 'Public statement')).toEqual(['Ada Brill']);
  });
});

describe('which date belongs to the act', () => {
  const dated = (text: string, published: DateValue = { value: '2023-06-15', precision: 'day' }) => {
    const seg = segment(text);
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    return extractEvents({ text, meta, ...seg }, { entities: [], dates: findDateMentions(text, seg.sentences, published), statements: [] }).events;
  };
  it('a date inside the words a trailing tag reports does not date the saying', () => {
    // Undated, a saying takes the publication (the lede at its day): never next March.
    const said = of(dated('The new line would reach the harbour by next March, Mayor Ada Prell said.'), 'Public statement')[0];
    expect(said.date?.value).toMatch(/^2023-06/);
  });
  it('a date opening the sentence, or in the phrase before the tag, still does', () => {
    expect(of(dated('On Monday, Mayor Ada Prell said the line was late.'), 'Public statement')[0].date).toEqual({ value: '2023-06-12', precision: 'day' });
    expect(of(dated('Speaking in Leeds on Monday, Mayor Ada Prell said the line was late.'), 'Public statement')[0].date).toEqual({ value: '2023-06-12', precision: 'day' });
  });
  it('a date naming which thing ("the 2011 wedding") dates no other act; the occasion of a saying does', () => {
    const acc = of(dated("Mayor Ada Prell accused the council of lying at her cousin's 2011 wedding."), 'Accusation or attribution')[0];
    expect(acc.date?.value).not.toBe('2011');
    expect(of(dated('Mayor Ada Prell wrote in her 2011 memoir that the council lied.'), 'Public statement')[0].date).toEqual({ value: '2011', precision: 'year' });
  });
  it("a weekday's possessive names which thing ('Tuesday's package') unless it is the act's occasion", () => {
    const pushed = of(dated('Senator Ada Prell pushed for flood funding, although Tom Hale voted against Tuesday\'s package.'), 'Appeal or call')[0];
    expect(pushed.date?.value).not.toBe('2023-06-13');
    const said = of(dated('Tom Hale was booed at Thursday night\'s debate when he said the plan was fair.'), 'Public statement')[0];
    expect(said.date).toEqual({ value: '2023-06-15', precision: 'day' });
  });
  it('"says" is said now, not in a year another clause gives', () => {
    const says = of(dated('Raised in Hull in 1981, Mayor Ada Prell says the city has changed.'), 'Public statement')[0];
    expect(says.date?.value).toMatch(/^2023-06/);
  });
});

describe('pleading in court', () => {
  it('"pleaded not guilty" denies the charge; "pleaded guilty" is no appeal', () => {
    expect(of(events('Dana Whitlock pleaded not guilty in federal court on Tuesday.'), 'Denial or rejection').map((e) => e.actor)).toEqual(['Dana Whitlock']);
    const guilty = events('Dana Whitlock pleaded guilty to fraud on Tuesday.');
    expect(of(guilty, 'Appeal or call')).toEqual([]);
    expect(of(events('Dana Whitlock pleaded with the judge for mercy.'), 'Appeal or call').length).toBe(1);
  });
});

describe('the subject of a verb of saying', () => {
  it('a name two phrases down from the head noun is not the subject', () => {
    expect(actors(events('Some 40 percent of voters in a recent Harlow Institute poll said they would stay home.'), 'Public statement')).not.toContain('Harlow Institute');
    expect(actors(events('Organizers of the campaign to boycott the Harlow Institute gala said they were worried.'), 'Public statement')).not.toContain('Harlow Institute');
  });
  it('a name right before the verb, or after a finite verb on the way, still is', () => {
    expect(actors(events('Two weeks before the vote on the new bridge in town Ada Prell said it was too costly.'), 'Public statement')).toEqual(['Ada Prell']);
  });
  it('a speaker after the verb makes a modal inside the quotation no hedge on the saying', () => {
    expect(actors(events("But Tom Hale would do well to apologise to the council, said Ada Prell, a former mayor."), 'Public statement')).toEqual(['Ada Prell']);
  });
});

describe('object verbs: a campaign or an attack is cyber only among cyber words', () => {
  it('a political campaign or a verbal attack is no cyber operation', () => {
    expect(of(events('Governor Ada Prell launched her campaign for re-election in Leeds.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Ada Prell joined the campaign in March.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Senator Tom Hale mounted a public attack on the housing secretary.'), 'Cyber operation')).toEqual([]);
  });
  it('among cyber words it still is, and among military words an attack is military', () => {
    expect(of(events('Hackers linked to Russia launched a phishing campaign against the ministry.'), 'Cyber operation').length).toBe(1);
    expect(of(events('Rebel fighters from Kivu carried out attacks on army troops near the border.'), 'Military action').length).toBe(1);
  });
});

describe('a quoted title is no act', () => {
  it("a capitalised verb opening a quoted title after a word (on the network's ''Meet the Voters'') is no meeting", () => {
    expect(of(events("Tom Hale said on the network's ''Meet the Voters'' that he would run."), 'Diplomatic action')).toEqual([]);
    expect(of(events('Ada Prell spoke on “Meet the Voters” on Sunday.'), 'Diplomatic action')).toEqual([]);
  });
});

describe('the target of a statement', () => {
  it('is whom it is told to, next to the verb', () => {
    expect(of(events('Mayor Ada Prell told Tom Hale that the bridge was safe.'), 'Public statement')[0].target).toBe('Tom Hale');
    expect(of(events('Mayor Ada Prell told Hale supporters that the bridge was safe.'), 'Public statement')[0].target).toBeNull();
  });
  it('is no name inside what was said or in the speaker\'s appositive', () => {
    expect(of(events('Mayor Ada Prell said the council had sent the plan to Senator Tom Hale.'), 'Public statement')[0].target).toBeNull();
    expect(of(events('“The bridge is safe,” said Ada Prell, a former adviser to Senator Tom Hale.'), 'Public statement')[0]?.target ?? null).toBeNull();
  });
});

describe('an act a noun of report introduces is only reported', () => {
  it('"allegations that X hacked" is reported, not asserted', () => {
    const hack = of(events('The talks covered trade and allegations that Ruritania has hacked into Freedonian servers.'), 'Cyber operation')[0];
    expect(hack.modality).toBe('reported');
  });
});

describe('the subject of a reporting verb, in news phrasing', () => {
  it('a capitalised adverb opening the sentence is no actor ("Nearly all economists say")', () => {
    expect(actors(events('Nearly all economists say the tax cut will not pay for itself.'), 'Public statement')).toEqual(['economists']);
    expect(actors(events('Virtually every pundit agreed; roughly half endorsed Mayor Tom Hale.'), 'Agreement or initiative')).not.toContain('Virtually');
  });
  it('a plural noun owned by a name acts, not the name ("Pell\'s closest aides insisted")', () => {
    expect(actors(events("When the polls tightened, Mayor Ada Pell's closest neighbours insisted it was a blip."), 'Public statement')).toEqual(['neighbours']);
    expect(actors(events("Acme's founders have said they will never sell the firm."), 'Public statement')).toEqual(['founders']);
  });
  it('a name inside a relative clause on a common noun is not the subject ("farmers who heard Dorsey speak said")', () => {
    expect(actors(events('Some farmers who have heard Governor Dorsey speak over the years said he sounded tired.'), 'Public statement')).not.toContain('Dorsey');
    // A comma ends the relative clause: the name after it is the subject again.
    expect(actors(events('Families who moved here last year will lose out, Ada Pell said.'), 'Public statement')).toEqual(['Ada Pell']);
    // A name right after the pronoun is the relative clause's own subject.
    expect(actors(events('He named the aide whom Governor Dorsey accused of leaking the memo.'), 'Accusation or attribution')).toEqual(['Dorsey']);
  });
  it('the person before an appositive is the subject of the verb after it, not the body inside it', () => {
    expect(actors(events('"The grid will fail," Tom Reyes, director of the energy program at the conservative Hudson Center, said on Monday.'), 'Public statement')).toEqual(['Tom Reyes']);
    expect(actors(events('Mia Holt, a physician from Ohio and longtime Green Party activist, accused the county board of fraud.'), 'Accusation or attribution')).toEqual(['Mia Holt']);
    // Coordinated names before the insertion all act.
    expect(actors(events('Tom Hale and Ann Pell, among others, reject the term containment.'), 'Denial or rejection').sort()).toEqual(['Ann Pell', 'Tom Hale']);
    // A participle after the comma keeps the main clause's subject.
    expect(actors(events('Ada Pell was blunt about her rival, Tom Hale, the current front-runner, saying voters must stop him.'), 'Public statement')).not.toContain('Tom Hale');
  });
  it('a group after a preposition is not the subject ("a rethinking among economists of …")', () => {
    expect(actors(events('The study shows a shift among economists of all schools, urging caution on tariffs.'), 'Appeal or call')).not.toContain('economists of all schools');
  });
});

describe('a visit or trip is diplomacy only when it goes to a state, an office holder or a known body', () => {
  it('a campaign stop in a US state, a private trip or a visit to a shop is no diplomatic action', () => {
    expect(of(events('Senator Ann Pell visited Missouri on Saturday, holding a rally in a school gym.'), 'Diplomatic action')).toEqual([]);
    expect(of(events('Mia Holt, a nurse from Leeds visiting Nice on vacation, saw the crash.'), 'Diplomatic action')).toEqual([]);
    expect(of(events('Tom Hale was traveling to Cairo to visit his daughter.'), 'Diplomatic action')).toEqual([]);
    expect(of(events('The Pells have visited the bakery before.'), 'Diplomatic action')).toEqual([]);
    expect(of(events("Governor Pell visited Hale's headquarters in Brooklyn."), 'Diplomatic action')).toEqual([]);
  });
  it('a visit to a country, a capital, a known body or a leader still is', () => {
    expect(actors(events('Chancellor Olaf Scholz visited Paris on Monday.'), 'Diplomatic action')).toEqual(['Olaf Scholz']);
    expect(actors(events('Mr. Hale visited Prime Minister Ann Pell in Jerusalem.'), 'Diplomatic action')).toEqual(['Hale']);
    expect(of(events('Prime Minister Ann Pell of Ruritania arrived at the White House for a hastily arranged visit.'), 'Diplomatic action').length).toBe(1);
  });
  it('a withheld trip still lends its subject to a participle after it', () => {
    expect(actors(events('Senator Ann Pell visited the state fair on Friday, saying farmers deserve better.'), 'Public statement')).toEqual(['Ann Pell']);
  });
});

describe('a question put is no demand', () => {
  it('"demanded how …", "demanded to know why …" ask; "demanded that …" still demands', () => {
    const asked = events('Senator Ann Pell repeatedly demanded how the minister could be so sure where he was on the night of March 10.');
    expect(of(asked, 'Demand')).toEqual([]);
    expect(actors(asked, 'Public statement')).toEqual(['Ann Pell']);
    // The date inside the question is not the date of asking.
    expect(of(asked, 'Public statement')[0].date?.value).not.toBe('2023-03-10');
    expect(of(events('Senator Ann Pell demanded to know why the agency had ignored the warnings.'), 'Demand')).toEqual([]);
    expect(actors(events('Senator Ann Pell demanded that the agency release the files.'), 'Demand')).toEqual(['Ann Pell']);
  });
});

describe('a participle after a common noun and before the clause\'s own verb is a reduced relative', () => {
  it('"The Republican bill rejected on Tuesday was …" has no actor "Republican"', () => {
    expect(actors(events('The Republican bill rejected on Tuesday was close to a plan that Tom Hale pushed in 2019.'), 'Denial or rejection')).not.toContain('Republican');
  });
  it('a name after the verb is what was said, not an adverbial ("a Democratic senator said Republicans had agreed")', () => {
    expect(of(events('A Democratic senator said Republicans had agreed to hold votes on the bill.'), 'Public statement').length).toBe(1);
  });
});

describe('a passive with a possessed patient', () => {
  it('"X\'s email account had been hacked" targets X and has no actor', () => {
    const hack = of(events("Tom Hale said Ann Pell's email account had been hacked."), 'Cyber operation');
    expect(hack.map((e) => [e.actor, e.target])).toEqual([[null, 'Ann Pell']]);
  });
  it('scare quotes inside the verb group keep it passive ("had been \'\'successfully hacked\'\'")', () => {
    const hack = of(events("Tom Hale said Ann Pell's email account had been ''successfully hacked,'' and experts agreed."), 'Cyber operation');
    expect(hack.map((e) => [e.actor, e.target])).toEqual([[null, 'Ann Pell']]);
  });
});

describe('"the GOP nominee" is the person the document gives that candidacy', () => {
  const text = 'Republican contender Tom Hale won in May. Hale thanked his donors.\nThe GOP nominee accused the governor of lying.';
  const meta = { title: null, outlet: null, byline: null, published: { value: '2023-06-15', precision: 'day' as const }, language: 'en', kind: 'news' as const, url: null };
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
  const hale = {
    key: 'person:tom-hale',
    name: 'Tom Hale',
    type: 'person' as const,
    aliases: ['Hale'],
    roles: [{ text: 'Republican contender', span: at('Republican contender') }],
    mentions: [
      { span: at('Tom Hale'), text: 'Tom Hale', sentence: 0, via: 'name' as const },
      { span: at('Hale thanked').map((x, i) => (i ? x - 8 : x)) as [number, number], text: 'Hale', sentence: 1, via: 'name' as const },
    ],
  };
  const run = (entities: (typeof hale)[]) => extractEvents({ text, meta, ...segment(text) }, { entities, dates: [], statements: [] }).events;
  it('resolves to the one person whose role names that party\'s candidacy', () => {
    expect(actors(run([hale]), 'Accusation or attribution')).toEqual(['Tom Hale']);
  });
  it('not when another person is what the document is most about', () => {
    const pell = { ...hale, key: 'person:ann-pell', name: 'Ann Pell', aliases: [], roles: [], mentions: [...hale.mentions, ...hale.mentions] };
    expect(actors(run([hale, pell]), 'Accusation or attribution')).toEqual(['GOP nominee']);
  });
});

describe("the fallback name scan takes the actor extractor's type for a name it knows", () => {
  it('a two-word body the actor extractor typed is no person where its mention list has a gap', () => {
    const text = 'Harbor Lights sued the city in May. Months later, Harbor Lights accused the mayor of fraud.';
    const meta = { title: null, outlet: null, byline: null, published: { value: '2023-06-15', precision: 'day' as const }, language: 'en', kind: 'news' as const, url: null };
    const entity = { key: 'organisation:harbor-lights', name: 'Harbor Lights', type: 'organisation' as const, aliases: [], roles: [], mentions: [{ span: [0, 13] as [number, number], text: 'Harbor Lights', sentence: 0, via: 'name' as const }] };
    const evs = extractEvents({ text, meta, ...segment(text) }, { entities: [entity], dates: [], statements: [] }).events;
    expect(of(evs, 'Accusation or attribution').map((e) => e.actorKey)).toEqual(['organisation:harbor-lights']);
  });
});

describe('an act a noun of claim introduces is only reported', () => {
  it('"fabricated “proof” that X had shot down …", "evidence that X hacked …"', () => {
    expect(of(events('The ministry was caught faking “proof” that Ruritania had shot down the airliner.'), 'Military action')[0].modality).toBe('reported');
    expect(of(events('Officials found evidence that Ruritania hacked the servers.'), 'Cyber operation')[0].modality).toBe('reported');
  });
});

describe('a participle of saying after a received thing', () => {
  it('"received dozens of calls saying …" is no statement by the receiver; "sent an email saying …" is the sender\'s', () => {
    expect(actors(events('Dispatchers received dozens of 911 calls saying shots had been fired at the mall.'), 'Public statement')).not.toContain('Dispatchers');
    expect(actors(events('Ann Pell sent an email saying the talks had failed.'), 'Public statement')).toEqual(['Ann Pell']);
  });
});

describe('a passive verb of perceiving keeps its subject as the speaker', () => {
  it('"Tom Hale was heard on a microphone telling Ann Pell to go home"', () => {
    expect(actors(events('Tom Hale was heard on a microphone telling Ann Pell to go home.'), 'Public statement')).toEqual(['Tom Hale']);
  });
});

describe('"charged with" a task, and a place after a town', () => {
  it('"a group charged with beautifying downtown" is no legal action; "was charged with fraud" is', () => {
    expect(of(events('Tom Hale moved here to lead a group charged with beautifying downtown.'), 'Sanction or legal action')).toEqual([]);
    expect(of(events('The official charged with overseeing the program resigned on Monday.'), 'Sanction or legal action')).toEqual([]);
    expect(of(events('Tom Hale was charged with fraud on Monday.'), 'Sanction or legal action').length).toBe(1);
  });
  it('the state after "in <Town>," is no subject ("families … in Newtown, Connecticut, have filed a lawsuit")', () => {
    expect(actors(events('Several families of the victims of the shooting in Newtown, Connecticut, have filed a lawsuit against Acme Arms.'), 'Sanction or legal action')).not.toContain('Connecticut');
  });
});

describe('sample-2 patterns: a tag with "told", a cause attributed, a possible act', () => {
  it('"…, her top aide, Tom Hale, told The Daily Courier": the aide speaks, the paper is told', () => {
    const st = of(events('Senator Ann Pell remains in the race, her top aide, Tom Hale, told The Daily Courier.'), 'Public statement');
    expect(st.map((e) => e.actor)).toEqual(['Tom Hale']);
  });
  it('nested appositives or a party-and-state appositive still leave the person as the speaker', () => {
    expect(actors(events('Cmdr. Tom Hale, a spokesman for Steady Shield, the naval mission in the Gulf, told the Courier that the claim was false.'), 'Public statement')).toEqual(['Tom Hale']);
    expect(actors(events('"Good speech," Representative Tom Hale, Democrat of Ohio, told Ms. Pell at the ball.'), 'Public statement')).toEqual(['Tom Hale']);
  });
  it('"attributed the slow pace to ballots still being counted" names a cause, no accusation', () => {
    expect(of(events('Officials have attributed the slow pace to thousands of ballots still being counted.'), 'Accusation or attribution')).toEqual([]);
    expect(actors(events('France attributed the cyberattack to Freedonia.'), 'Accusation or attribution')).toEqual(['France']);
  });
  it('"little chance of officials being prosecuted" is no legal action', () => {
    expect(of(events('There is little chance of officials being prosecuted by the Justice Department.'), 'Sanction or legal action')).toEqual([]);
  });
});

describe('a body or party name before a plural noun only says which ones', () => {
  it('"black Democratic state lawmakers have endorsed …" is done by the lawmakers, not "Democratic"', () => {
    expect(actors(events('More black Democratic state lawmakers have endorsed Ann Pell than Tom Hale.'), 'Agreement or initiative')).toEqual(['Democratic state lawmakers']);
    expect(actors(events("Fifty of the nation's top Republican national security officers signed an open letter Monday."), 'Agreement or initiative')).toEqual(['Republican national security officers']);
  });
  it('not across a verb or a preposition', () => {
    expect(actors(events('The Vermont senator emailed supporters saying the struggle continues.'), 'Public statement')).toEqual(['Vermont senator']);
    expect(actors(events('French diplomats in recent days have lobbied hard to get Freedonia on board.'), 'Appeal or call')).toEqual(['French diplomats']);
  });
  it('a poll share "nine in 10 … voters say" makes no statement', () => {
    expect(of(events('Nine in 10 Democratic registered voters say she could win.'), 'Public statement')).toEqual([]);
  });
});

describe('a group noun opening the sentence', () => {
  it('is the group, not a body named "Aides" or "Critics", and still the subject before a later "by"', () => {
    expect(actors(events('Aides said the governor would veto the bill.'), 'Public statement')).toEqual(['aides']);
    expect(actors(events('Critics said he was playing a spoiler by staying in.'), 'Public statement')).toEqual(['critics']);
    expect(of(events('Let our news meet your inbox.'), 'Diplomatic action')).toEqual([]);
  });
});

describe('a time told relative to an earlier act gives no fallback date', () => {
  it('"Soon after, …", "Two years later, …" take no publication date; a plain sentence does', () => {
    expect(of(events('Soon after, Senator Ann Pell agreed to keep the foundation separate from official business.'), 'Agreement or initiative')[0].date).toBeNull();
    expect(of(events('Two years later, Tom Hale signed the treaty.'), 'Agreement or initiative')[0].date).toBeNull();
    expect(of(events('Tom Hale signed the treaty.'), 'Agreement or initiative')[0].date).not.toBeNull();
  });

  it('an act in a "before/after/since <subject>" clause is placed by another act: no publication date, unless the gap is short', () => {
    const announced = (text: string) => events(text).find((e) => e.trigger.startsWith('announced'));
    expect(announced('Tom Hale stopped taking paid speeches seven months before he announced his bid.')?.date).toBeNull();
    expect(announced('The mill closed a few weeks after Governor Ann Pell announced the new tariff.')?.date).toBeNull();
    expect(announced('Many of the claims made since Mr. Hale announced his bid came from blogs.')?.date).toBeNull();
    // A day or hours after: the act is still of the report's days.
    const shortGap = announced('Governor Tom Hale walked back his words a day after Ann Pell announced a new plan.');
    expect(shortGap?.actor).toBe('Ann Pell');
    expect(shortGap?.date).not.toBeNull();
  });
});

describe('an adjective of place is no actor', () => {
  it('"One Washington-based trade expert said" is not said by "Washington-based"', () => {
    expect(actors(events('One Washington-based trade expert said the tariffs would stay.'), 'Public statement')).not.toContain('Washington-based');
  });
});

describe('"visiting" before a noun is an adjective', () => {
  it('"told visiting Ruritanian officials" is no visit; "was visiting Paris" is', () => {
    expect(of(events('Ambassador Tom Hale told visiting Ruritanian officials they would need to deliver.'), 'Diplomatic action')).toEqual([]);
    expect(actors(events('Chancellor Olaf Scholz was visiting Paris when the news broke.'), 'Diplomatic action')).toEqual(['Olaf Scholz']);
  });
});

describe('nouns that name no act here', () => {
  it('"requests for comment", "a plea agreement", "his appeal to rural voters"', () => {
    expect(of(events('His aides referred requests for comment to the campaign.'), 'Public statement')).toEqual([]);
    expect(of(events('Tom Hale chose not to accept a plea agreement offered by prosecutors.'), 'Agreement or initiative')).toEqual([]);
    expect(of(events('Tom Hale, who has boasted of his appeal to rural voters, raised more money.'), 'Appeal or call')).toEqual([]);
  });
  it('an appeal with a call in it still is one', () => {
    expect(actors(events('Ann Pell renewed her appeal to donors to give more.'), 'Appeal or call')).toEqual(['Ann Pell']);
  });
});

describe("a date in the subject's appositive", () => {
  it('"Tom Hale, himself up for reelection in 2018, said" is not dated 2018', () => {
    const st = of(events('Senator Tom Hale, himself up for reelection in 2018, said he voted against the bill.'), 'Public statement');
    expect(st[0].date?.value).not.toBe('2018');
    expect(of(events('On Monday, Senator Tom Hale said he voted against the bill.'), 'Public statement')[0].date?.value).toBe('2023-06-12');
    // A participle after the comma keeps the time of its clause.
    expect(of(events('Ann Pell endorsed the plan on Saturday, saying it was overdue.'), 'Public statement')[0].date?.value).toBe('2023-06-10');
  });
});

describe('a social network is where something was posted, or says which users', () => {
  it('"posted on Twitter accusing X" is the poster\'s accusation', () => {
    expect(actors(events('Then, on Friday, Dana Pell posted on Twitter accusing Rock Label of blocking her songs.'), 'Accusation or attribution')).toEqual(['Dana Pell']);
  });
  it('"some Facebook users" argue, not the company', () => {
    const st = of(events('The new poster led some Facebook users to argue that the ad was cruel.'), 'Public statement');
    expect(st.map((e) => e.actor)).toEqual(['Facebook users']);
  });
});

describe('an owner before a noun of family ties', () => {
  it('"his son said" is said by the son, not by the man named before', () => {
    const st = of(events('As Paul Hale began touring the plant, his son said the fight had just started.'), 'Public statement');
    expect(st.map((e) => e.actor)).toEqual(["Paul Hale's son"]);
  });
});

describe('"a gathering of leaders" is no act', () => {
  it('an audience is not a diplomatic action of whoever is named near it', () => {
    const evs = events('On Tuesday, Ann Pell spoke to a Boston gathering of church leaders about the plan.');
    expect(of(evs, 'Diplomatic action')).toEqual([]);
    expect(actors(evs, 'Public statement')).toEqual(['Ann Pell']);
  });
});

describe('a paraphrase tagged ", he told reporters" with no one named in it', () => {
  it('continues the subject of the sentence before, whose gender the text never gives', () => {
    const text = 'Police named Ron Pell as a suspect last week. Speaking in Oslo, ministry spokesman Lu Kang repeated the government view. People should show evidence for their claims, he told reporters.';
    const told = of(events(text), 'Public statement').filter((e) => e.trigger === 'told');
    expect(told.map((e) => e.actor)).toEqual(['Lu Kang']);
  });
});

describe('a verb joined by "and" to a verb before it shares that verb\'s subject', () => {
  it('not the name in the first verb\'s object', () => {
    expect(actors(events('Senator Ada Lund often questions the mayor’s ties to super PACs and has called for an inquiry.'), 'Appeal or call')).toEqual(['Ada Lund']);
    expect(actors(events('Lund criticized the now-denied Keystone XL pipeline and called for an inquiry.'), 'Appeal or call')).toEqual(['Lund']);
    expect(actors(events('Governor Tom Hale stood with other GOP leaders and urged the council to vote.'), 'Appeal or call')).toEqual(['Tom Hale']);
  });
  it('in reported speech, the reported subject', () => {
    expect(actors(events('Officials said Governor Tom Hale met the leaders of the Teamsters and urged them to end the strike.'), 'Appeal or call')).toEqual(['Tom Hale']);
  });
});

describe('a tag set off by commas inside its sentence ("The aim, he said, is …") with no one named before it', () => {
  it('continues the subject of the sentence before, not the last man named', () => {
    const text = 'Mayor Tom Hale said he had asked Mr. Ruud Berg to keep talking with the unions this week. The aim, he said, is a deal that ends the strike.';
    const said = of(events(text), 'Public statement').filter((e) => e.span[0] >= text.indexOf('The aim'));
    expect(said.map((e) => e.actor)).toEqual(['Tom Hale']);
  });
});

describe('a date after the report does not date an act told in the past tense', () => {
  /** With the date extractor's mentions, which resolve "next week" and "July 20" forward. */
  const datedEvents = (text: string, published: DateValue = { value: '2023-06-15', precision: 'day' }) => {
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    const seg = segment(text);
    return extractEvents({ text, meta, ...seg }, { entities: [], dates: findDateMentions(text, seg.sentences, published), statements: [] }).events;
  };
  it('"the agency said it will release more files next week" is dated by the report', () => {
    const text = 'The ministry missed its goal. Its lawyers will have to report to a judge next week, and Ann Pell said the ministry will release more files next week.';
    // Published on 29 June: next week falls in July.
    const st = of(datedEvents(text, { value: '2023-06-29', precision: 'day' }), 'Public statement');
    expect(st.map((e) => e.actor)).toEqual(['Ann Pell']);
    expect(st[0].date?.value.startsWith('2023-06')).toBe(true);
  });
  it('"rejected a debate on July 20" is not dated July 20 (the debate is)', () => {
    // Published on 10 July: July 20 lies ten days ahead.
    const rj = of(datedEvents('Ann Pell proposed a debate on July 20, but Tom Hale rejected that, too.', { value: '2023-07-10', precision: 'day' }), 'Denial or rejection');
    expect(rj[0].date?.value).not.toBe('2023-07-20');
  });
  it('a dateline a day after the recorded publication day still dates the act', () => {
    const an = of(datedEvents('BOSTON, June 16 (Wire) — Ann Pell announced her candidacy for governor.'), 'Public statement');
    expect(an[0].date).toEqual({ value: '2023-06-16', precision: 'day' });
  });
});

describe('acts told in the past of a life or an office get no publication-month date', () => {
  const obituary = 'Ann Pell, champion of rural schools, dies at 91.\n\nAnn Pell, who died Sunday at the age of 91, founded the Valley School League. She said that a school was the heart of a town. Her son, Tom Pell, says she never stopped working.';
  it('in an obituary, the simple past gets none; the present still does', () => {
    const st = of(events(obituary), 'Public statement');
    expect(st.find((e) => e.trigger === 'said')?.date).toBeNull();
    expect(st.find((e) => e.trigger === 'says')?.date).toEqual({ value: '2023-06', precision: 'month' });
  });
  it('a death long past makes no obituary', () => {
    const text = 'Tom Hale remembers a brother who died at 43. Tom Hale said his brother loved flying.';
    expect(of(events(text), 'Public statement')[0].date).toEqual({ value: '2023-06', precision: 'month' });
  });
  it('"during his first term" dates the act in that term; said of it, the saying keeps its date', () => {
    expect(of(events('During his first term, Governor Tom Hale signed a law on water rights.'), 'Agreement or initiative')[0]?.date ?? null).toBeNull();
    expect(of(events('Senator Ann Pell said Tom Hale worked hard during his first term.'), 'Public statement')[0].date).not.toBeNull();
  });
});

describe('a cyber operation lends its actor only to mentions that point back to it or stand near it', () => {
  it('talk of cyberattacks in general far on gets no actor; "the intrusions" still do', () => {
    const text = 'APT31 hacked the computers of the Ruritanian Parliament in March. The parliament has 200 members. Its building dates from 1901. The speaker is Ann Pell. The chamber meets on Mondays. Its library holds old maps. Visitors come every summer. Accusations of state-sponsored cyberattacks can have far-reaching consequences. The intrusions were discovered by a clerk.';
    const ops = of(events(text), 'Cyber operation');
    expect(ops.map((e) => [e.trigger, e.actor])).toEqual([['hacked', 'APT31'], ['intrusions', 'APT31']]);
  });
});

describe('a saying after "to" that a plan, a prospect or a thing to say leaves undone', () => {
  it('"is scheduled to address", "more likely to say", "find a way to acknowledge" make no statement', () => {
    expect(of(events('Ann Pell is scheduled to address the convention on Monday night.'), 'Public statement')).toEqual([]);
    expect(of(events('Democratic voters are more likely to say that Ann Pell represents them.'), 'Public statement')).toEqual([]);
    expect(of(events('The challenge for Tom Hale is to find a way to acknowledge that the divides grew deeper.'), 'Public statement')).toEqual([]);
  });
  it('"took to Twitter to say", "went out of his way to say" still do', () => {
    expect(actors(events('Ann Pell took to Twitter to say thanks.'), 'Public statement')).toEqual(['Ann Pell']);
    expect(actors(events('Tom Hale went out of his way to say that the economy had recovered.'), 'Public statement')).toEqual(['Tom Hale']);
  });
});

describe('a meeting with no parties to it is no diplomatic action', () => {
  it('a body\'s own session, or "meeting" as a modifier', () => {
    expect(of(events('Ann Pell spoke at the Rules Committee meeting in Boston.'), 'Diplomatic action')).toEqual([]);
    expect(of(events('Rep. Tom Hale says meeting participants outlined a plan.'), 'Diplomatic action')).toEqual([]);
  });
  it('a goal or a challenge met is no meeting, even behind an owner', () => {
    expect(of(events("Donors worry about meeting Ann Pell's declared goal of one billion dollars."), 'Diplomatic action')).toEqual([]);
  });
  it('a meeting between parties still is one', () => {
    expect(actors(events('Ann Pell met with Tom Hale at the summit.'), 'Diplomatic action')).toEqual(['Ann Pell']);
  });
});

describe('who does a cyber act an accusation or an opposition names', () => {
  it('"accused Borduria of hacking" is hacking by Borduria, not by the accuser', () => {
    expect(actors(events('Ruritania has accused Borduria of hacking computers at a range of federal agencies.'), 'Cyber operation')).toEqual(['Borduria']);
  });
  it('"opposed hacking", "to deter future hacking" is no cyber operation', () => {
    expect(of(events('Speaking in Oslo, ministry spokesman Lu Kang repeated that Borduria opposed hacking.'), 'Cyber operation')).toEqual([]);
    expect(of(events('Judge Ann Pell imposed a long sentence, saying it was needed to deter future hacking.'), 'Cyber operation')).toEqual([]);
  });
});

describe('subjects of reporting verbs, from the second sample', () => {
  it('the person before an appositive with an adverb before the verb ("X, mother of Y, forcefully rejected")', () => {
    const text = 'Ann Pell said she had told the families. However, Rita Moss, mother of flood victim Sam Moss, forcefully rejected Pell\'s claim.';
    expect(actors(events(text), 'Denial or rejection')).toEqual(['Rita Moss']);
  });
  it('"…, who worked alongside Hale, said his boss was kind" is not said by Hale (the owner "his" is no inverted subject)', () => {
    expect(actors(events('Sam Solo, who went on to work alongside Tom Hale, said his boss was kind.'), 'Public statement')).toEqual(['Sam Solo']);
  });
  it('", and experts say": the group after the conjunction, not a capitalised noun opening the sentence', () => {
    expect(actors(events('Fences along the frontier have only pushed smugglers underground, and experts say it may take years.'), 'Public statement')).not.toContain('Fences');
  });
  it('a place after "along" is inside its phrase, not the subject', () => {
    expect(actors(events('The woman accused of driving onto a sidewalk along the Boston Common told police she was tired.'), 'Public statement')).not.toContain('Boston Common');
  });
  it('"is telling", "a telling sign" are adjectives; "was telling reporters" tells', () => {
    expect(of(events('Dan Alpo said the plan was weak. His metaphor is telling in its own right.'), 'Public statement').map((e) => e.trigger)).toEqual(['said']);
    expect(actors(events('Ann Pell was telling reporters that the plan was dead.'), 'Public statement')).toEqual(['Ann Pell']);
  });
});

describe('modifiers before a participle or a gerund', () => {
  it('"negotiating partners" is no negotiation; "was negotiating with" is', () => {
    expect(of(events("We watch Tom Hale's dear negotiating partners in Oslo calling Ruritania the enemy."), 'Diplomatic action')).toEqual([]);
    expect(actors(events('Tom Hale was negotiating with Ruritania in Geneva.'), 'Diplomatic action')).toEqual(['Tom Hale']);
  });
  it('"the Boston Marathon bombing" is not done by the Boston Marathon', () => {
    expect(actors(events('The Boston Marathon bombing shocked the city.'), 'Military action')).not.toContain('Boston Marathon');
  });
});

describe('dates that belong to another verb of the sentence (sample 7777)', () => {
  const lede = 'The campaign in the state has grown bitter over the last several weeks of the race. ';
  const datedEvents = (text: string) => {
    const published: DateValue = { value: '2016-02-05', precision: 'day' };
    const meta = { title: null, outlet: null, byline: null, published, language: 'en', kind: 'news' as const, url: null };
    const seg = segment(text);
    return extractEvents({ text, meta, ...seg }, { entities: [], dates: findDateMentions(text, seg.sentences, published), statements: [] }).events;
  };
  it('", the senator said on Wednesday" dates the saying, not the accusation told before it', () => {
    const acc = of(datedEvents(lede + 'The tricks that Ann Pell accused Tom Hale of using are not serious, the senator said on Wednesday.'), 'Accusation or attribution');
    expect(acc[0].date?.value).not.toBe('2016-02-03');
    // A date of its own still dates it.
    expect(of(datedEvents(lede + 'On Wednesday, Ann Pell accused Tom Hale of lying, the paper said.'), 'Accusation or attribution')[0].date?.value).toBe('2016-02-03');
  });
  it('a date inside a clause of the act called for dates that act, not the call', () => {
    const call = of(datedEvents(lede + "Ann Pell has called for the rebels' strongholds to be hit even harder than they were hit by Ruritania on Wednesday night."), 'Appeal or call');
    expect(call[0].date?.value).not.toBe('2016-02-03');
  });
});

describe('a noun after the verb with its own "by"', () => {
  it('leaves the verb active: the one who dismissed accusations by others is the actor', () => {
    const evs = events('Government spokesman Ilya Brodsky on Tuesday dismissed accusations by Norway and Denmark that his country had hacked their ministries.');
    expect(actors(evs, 'Denial or rejection')).toEqual(['Ilya Brodsky']);
  });
  it('still reads a reduced relative with its agent', () => {
    const evs = events('The talks were about the Harbor Pact, an initiative launched in 2018 by French President Emmanuel Macron.');
    expect(actors(evs, 'Agreement or initiative')).toEqual(['Emmanuel Macron']);
  });
});

describe('a government written with a capital', () => {
  it('acts as the lower-case one does ("the Swedish Government condemned …")', () => {
    expect(actors(events('The Swedish Government condemned the attacks on Monday.'), 'Accusation or attribution')).toEqual(['Swedish Government']);
    expect(actors(events('The Swedish government condemned the attacks on Monday.'), 'Accusation or attribution')).toEqual(['Swedish government']);
  });
});

describe('a capitalised adjective or adverb opening the sentence', () => {
  it('names no actor on its own ("Early polls show", "Sometimes, they say", "Half a dozen donors")', () => {
    const texts = [
      'Early surveys show farmers in the valley firmly rejecting Mr. Lomax.',
      'Sometimes, they say, the council refuses to publish its minutes.',
      'Half a dozen donors have agreed to back the Harbor Renewal fund.',
      'Late on Friday, I met with Police Chief Ana Ruiz and her deputies.',
    ];
    for (const text of texts) for (const e of events(text)) expect([e.actor, text]).not.toEqual([expect.stringMatching(/^(Early|Sometimes|Half|Late)$/), text]);
  });

  it('still says which group acts ("Republican lawmakers", "Civil liberties groups", "Social conservatives")', () => {
    expect(actors(events('Republican lawmakers accused the agency of hiding documents.'), 'Accusation or attribution')).toEqual(['Republican lawmakers']);
    expect(actors(events('Civil liberties groups called for an inquiry into the program.'), 'Appeal or call')).toEqual(['Civil liberties groups']);
    expect(actors(events('Social conservatives urged the governor to veto the bill.'), 'Appeal or call')).toEqual(['Social conservatives']);
  });
});

describe('a call held', () => {
  it('with supporters or reporters is a statement, no diplomacy', () => {
    const evs = events('The Hartley campaign went into high gear on Monday, holding a conference call with three prominent surrogates to attack the audit.');
    expect(of(evs, 'Diplomatic action')).toEqual([]);
    expect(actors(evs, 'Public statement')).toEqual(['Hartley campaign']);
  });

  it('with a state or an office holder stays diplomacy', () => {
    expect(actors(events('Germany held a call with France about the crisis.'), 'Diplomatic action')).toEqual(['Germany']);
    expect(of(events('Macron held a call with Chancellor Olaf Scholz on Tuesday.'), 'Diplomatic action').map((e) => e.target)).toEqual(['Olaf Scholz']);
  });
});

describe('the agent of a passive act', () => {
  it('is not the agent of another verb after it ("agents arrested in X for prisoners held by Y")', () => {
    const evs = events('In 2012, the government traded six Iranian couriers arrested in Canada for two students held by Tehran.');
    expect(of(evs, 'Sanction or legal action').map((e) => e.actor)).not.toContain('Iran');
  });

  it('is still read after a time ("expelled last week by Poland")', () => {
    expect(actors(events('The envoy was expelled last week by Poland.'), 'Sanction or legal action')).toEqual(['Poland']);
    expect(actors(events('The intrusions were attributed to APT31 by the United States.'), 'Accusation or attribution')).toEqual(['United States']);
  });
});

describe('a pronoun in a clause put before the main one', () => {
  it('is the main clause’s subject named after the comma, not the last person named', () => {
    const text = 'Walter Brandt testified on Monday. Paul Ostrow said the case was weak. Even as he accused the ministry of favouring its allies, Brandt would not speculate about the motives of the prosecutors.';
    expect(actors(events(text), 'Accusation or attribution')).toEqual(['Walter Brandt']);
  });

  it('is left to the usual reading when a person is named before it', () => {
    const text = 'Walter Brandt testified on Monday. When Paul Ostrow met him, he accused the ministry of favouring its allies, Brandt said.';
    expect(actors(events(text), 'Accusation or attribution')).not.toContain('Walter Brandt');
  });
});

describe('a number written out opening the sentence', () => {
  it('is no actor ("Twenty-four percent said")', () => {
    for (const text of ['Twenty-four percent said they would vote for the mayor again.', 'Thirty percent said the reform made no difference.']) {
      for (const e of events(text)) expect(e.actor).not.toMatch(/^(Twenty-four|Thirty)$/);
    }
  });

  it('leaves the group it counts ("Thirty Republicans signed")', () => {
    expect(actors(events('Thirty Republicans signed the letter.'), 'Agreement or initiative')).toEqual(['Republicans']);
  });
});

describe('a gerund after a proposal', () => {
  it('is an act proposed, not done ("his proposal for banning", "the idea of sanctioning")', () => {
    expect(of(events('Critics attacked the governor’s proposal for banning foreign donors from state races.'), 'Sanction or legal action')).toEqual([]);
    expect(of(events('The senators opposed the idea of sanctioning Venezuelan banks.'), 'Sanction or legal action')).toEqual([]);
  });

  it('leaves a gerund that is done ("began expelling")', () => {
    expect(actors(events('Poland began expelling Russian diplomats on Monday.'), 'Sanction or legal action')).toEqual(['Poland']);
  });
});

describe('an -ly adverb the lexicon does not list, opening the sentence', () => {
  it('names no actor ("Shortly after the vote, the families warned")', () => {
    for (const e of events('Shortly after the vote, the families had mobilised, warning that the merger would ruin the firm.')) expect(e.actor).not.toBe('Shortly');
    for (const e of events('Fourthly, to say this is a further insult to the victims.')) expect(e.actor).not.toBe('Fourthly');
  });
});

describe('a day word opening the sentence', () => {
  it('is no actor ("Tonight, I ask you", "Tomorrow, we vote")', () => {
    for (const text of ['“Tonight, I ask you to do for Maria Lopez what you did for me.”', 'Tomorrow, the council will ask the mayor to resign.']) {
      for (const e of events(text)) expect(e.actor).not.toMatch(/^(Tonight|Tomorrow)$/);
    }
  });
});

describe('a gerund after "for" and one faulted, praised or punished', () => {
  it('is done by the one faulted ("blamed Moscow for hacking", "railed against X for refusing")', () => {
    expect(actors(events('Labour MPs blamed Moscow for hacking the party’s servers.'), 'Cyber operation')).toEqual(['Russia']);
    expect(actors(events('The spokeswoman criticized Rafael Ortiz for accusing the unions of fraud.'), 'Accusation or attribution')).toEqual(['Rafael Ortiz']);
  });
});

describe('a title with no name', () => {
  it('names no actor ("the Mayor said", "the Ambassador tells me")', () => {
    for (const e of events('In the future, the Mayor said, the city would not do business with the developer.')) expect(e.actor).not.toBe('Mayor');
    for (const e of events('I was told by staff that the Ambassador announced new rules.')) expect(e.actor).not.toBe('Ambassador');
  });
});

describe('a participle joined by "and" to a passive one', () => {
  it('is passive too: its subject is no actor ("was charged … and extradited to X")', () => {
    const evs = events('Petrescu was charged in Virginia in 2015 and extradited to Richmond last year.');
    expect(of(evs, 'Sanction or legal action').map((e) => e.actor)).not.toContain('Petrescu');
  });
});

describe('charged with a task', () => {
  it('is no charge ("the agencies charged with facilitating the transition")', () => {
    const evs = events('The ministry and other agencies charged with facilitating Sudan’s transition to democracy have failed.');
    expect(of(evs, 'Sanction or legal action')).toEqual([]);
  });
});

describe('a name after "and" with a verb of its own', () => {
  it('opens a new clause and is no target ("charged the driver with X and Governor Y ordered")', () => {
    const evs = events('Prosecutors charged the driver with manslaughter and Governor Ruth Kline ordered an inquiry.');
    expect(of(evs, 'Sanction or legal action').map((e) => e.target)).toEqual([null]);
  });

  it('leaves coordinated objects ("met Scholz and Meloni in Rome")', () => {
    expect(of(events('Macron met Scholz and Meloni in Rome.'), 'Diplomatic action').map((e) => e.target)).toEqual(['Olaf Scholz']);
  });
});

describe('a party word alone', () => {
  it('is no actor ("top Democratic brass had endorsed", "the Republican from Ohio blamed")', () => {
    for (const text of ['Most of the state’s top Democratic brass had endorsed the senator’s bid.', 'In his column, the Republican from Ohio seems to be blaming the media for the defeat.']) {
      for (const e of events(text)) expect(e.actor).not.toMatch(/^(Democratic|Republican)$/);
    }
  });

  it('still says which group acts ("Republican lawmakers")', () => {
    expect(actors(events('On Monday, Republican lawmakers accused the agency of hiding documents.'), 'Accusation or attribution')).toEqual(['Republican lawmakers']);
  });
});

describe('a word that only qualifies, before the subject', () => {
  it('is passed over for the subject after it ("in three Republican primaries, Lopez mocked …, saying")', () => {
    const text = 'While celebrating wins in three Republican primaries on Tuesday, Maria Lopez mocked the record of Tom Hale, saying he would be a weak governor.';
    expect(actors(events(text), 'Public statement')).toEqual(['Maria Lopez']);
  });
});
