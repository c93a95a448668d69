import { describe, expect, it } from 'vitest';
import { topicScore, weightedTerms } from './text.js';
import { expandTopic, ftsQueryFor, lexiconEntry, resolveTopic, topicTerms, writtenAsName } from './topic.js';

describe('topic resolution', () => {
  it('finds the lexicon entry the user names, in any spelling', () => {
    expect(lexiconEntry('Cyber-Security')?.label).toBe('Cybersecurity');
    expect(lexiconEntry('cybersecurity policy')?.label).toBe('Cybersecurity');
    expect(lexiconEntry('immigration')?.label).toBe('Migration');
    expect(lexiconEntry('beekeeping')).toBeNull();
  });

  it('keeps the user’s word as the label when it names the topic; unknown topics keep their words', () => {
    expect(resolveTopic('immigration').label).toBe('Immigration');
    expect(resolveTopic('cyber').label).toBe('Cybersecurity');
    const t = resolveTopic('beekeeping');
    expect(t.label).toBe('Beekeeping');
    expect(t.lexicon).toBeNull();
    expect(t.seed.map((s) => s.term)).toEqual(['beekeep*']);
    expect(resolveTopic('ferries').seed.map((s) => s.term)).toEqual(['ferry']);
  });

  it('builds an FTS query from the seed terms', () => {
    const q = ftsQueryFor(resolveTopic('climate'));
    expect(q).toContain('climate');
    expect(q).toContain('emission*');
    expect(q).toContain(' OR ');
  });

  it('expands the topic with words over-represented next to it (PMI), never with the person’s name', () => {
    const topic = resolveTopic('beekeeping');
    const sentences = [
      'Beekeeping needs healthy hives and clean pollen.',
      'The minister Ada Lund praised beekeeping and pollen research.',
      'Beekeeping grants fund hives in the north.',
      'Beekeeping schools teach how to move hives safely.',
      'Pollen counts matter for beekeeping in spring.',
      'Ada Lund said beekeeping keeps orchards alive.',
      'Urban beekeeping puts hives on office roofs.',
      'Beekeeping clubs swap pollen traps and hives.',
      'A beekeeping fair sold pollen and honey.',
      'Ada Lund opened a new bridge.',
      'The bridge cost more than planned.',
      'Traffic on the bridge was light.',
      'The bridge toll will rise next year.',
      'Ferries still carry most freight across the fjord.',
    ];
    const terms = expandTopic(topic, sentences, ['Ada Lund']).map((e) => e.term);
    expect(terms).toContain('hive*');
    expect(terms).toContain('pollen');
    expect(terms.some((t) => /lund|ada/i.test(t))).toBe(false);
    expect(terms.some((t) => /bridge/.test(t))).toBe(false);
  });
});

describe('resolveTopic with a phrase', () => {
  it('keeps the phrase and its specific words, not a common word alone', () => {
    const terms = resolveTopic('health care').seed.map((t) => t.term);
    expect(terms).toContain('health care');
    expect(terms).not.toContain('care');
    expect(resolveTopic('care').seed.map((t) => t.term)).toContain('care');
  });
});

describe('a phrase the lexicon knows', () => {
  it('stands as a whole: its first word alone is no seed', () => {
    const terms = resolveTopic('health care').seed.map((t) => t.term);
    expect(terms).toContain('health care');
    expect(terms).not.toContain('health');
    // A phrase the lexicon does not know keeps its own words.
    expect(resolveTopic('river pollution').seed.map((t) => t.term)).toContain('river');
  });
  it('also when one of its words is a generic one the user’s words leave out ("policy")', () => {
    const terms = resolveTopic('foreign policy').seed.map((t) => t.term);
    expect(terms).toContain('foreign policy');
    expect(terms).not.toContain('foreign');
  });
});

describe('a capitalised name as the topic', () => {
  it('is looked for as a whole, not word by word', () => {
    const terms = resolveTopic('Golden Gate').seed.map((t) => t.term);
    expect(terms).toContain('golden gate');
    expect(terms).not.toContain('gate');
  });
});

describe('a gerund as the topic', () => {
  it('keeps its own word when its stem is short ("housing" is not "hous")', () => {
    const t = resolveTopic('housing');
    expect(t.seed.map((s) => s.term)).toContain('housing');
    expect(topicScore('The council voted on new housing for students.', weightedTerms(t.seed)).score).toBeGreaterThan(0);
  });
});

describe('health care is its own topic', () => {
  it('"health care" and "healthcare" name the health-care entry, not public health', () => {
    expect(resolveTopic('health care').lexicon).toBe('Health care');
    expect(resolveTopic('healthcare').lexicon).toBe('Health care');
    expect(resolveTopic('public health').lexicon).toBe('Health');
  });
});

describe('foreign policy', () => {
  it('a politician’s allies at home are not foreign policy; allies beside a proper term of it are', () => {
    const t = weightedTerms(resolveTopic('foreign policy').seed);
    expect(topicScore('The inquiry has frustrated the senator’s allies in the party.', t).score).toBe(0);
    expect(topicScore('He promised to reassure allies in NATO.', t).score).toBeGreaterThan(0);
  });
});

describe('the Islamic State under its other names', () => {
  it('ISIL and Daesh are terrorism', () => {
    const t = weightedTerms(resolveTopic('terrorism').seed);
    expect(topicScore('The coalition struck ISIL positions near the river.', t).score).toBeGreaterThan(0);
    expect(topicScore('Daesh claimed the bombing.', t).score).toBeGreaterThan(0);
  });
});

describe('phrases in which a topic word means something else', () => {
  const energy = topicTerms(resolveTopic('energy'));
  it('a person’s vigour is no energy policy ("low-energy", "tremendous energy")', () => {
    expect(topicScore('Lund mocked his rival as a low-energy candidate who naps after lunch.', energy).score).toBe(0);
    expect(topicScore('“We need tremendous energy in the office,” Lund told the crowd.', energy).score).toBe(0);
    expect(topicScore('Lund promised cheaper energy for farms and a new grid.', energy).score).toBeGreaterThan(0);
  });
  it('tear gas is no gas supply; nuclear arms are no nuclear power', () => {
    expect(topicScore('Police fired tear gas at the marchers near the port.', energy).score).toBe(0);
    expect(topicScore('Lund said the deal would stop the country building a nuclear weapon.', energy).score).toBe(0);
    expect(topicScore('Lund wants two more nuclear reactors and cheaper gas for homes.', energy).score).toBeGreaterThan(0);
  });
  it('a masked phrase leaves the rest of the sentence scored', () => {
    expect(topicScore('Berg called Lund low-energy, then unveiled a plan for offshore wind and coal plant closures.', energy).matched).toContain('coal');
  });
  it('a topic without such phrases scores as before', () => {
    expect(resolveTopic('abortion').notIn).toBeUndefined();
  });
});

describe('a shooting is news about guns, not yet gun control', () => {
  const guns = topicTerms(resolveTopic('gun control'));
  it('a shooting alone does not make a passage about gun control; beside a gun word it adds weight', () => {
    expect(topicScore('Lund visited the families a day after the shooting at the harbour club.', guns).score).toBe(0);
    const both = topicScore('After the shooting, Lund called for background checks on every gun sale.', guns).score;
    const gunOnly = topicScore('Lund called for background checks on every gun sale.', guns).score;
    expect(both).toBeGreaterThan(gunOnly);
  });
});

describe('gun idioms are not about guns', () => {
  const guns = topicTerms(resolveTopic('gun control'));
  it('"a smoking gun", "jumped the gun", "stuck to her guns" say nothing of gun control', () => {
    expect(topicScore('For her rivals, the letter is a smoking gun in the harbour affair.', guns).score).toBe(0);
    expect(topicScore('Lund jumped the gun on the port deal and stuck to her guns all week.', guns).score).toBe(0);
    expect(topicScore('Lund wants a licence for every gun sold at fairs.', guns).score).toBeGreaterThan(0);
  });
});

describe('insurance alone is not health care', () => {
  const care = topicTerms(resolveTopic('health care'));
  it('"kidnapping insurance" or "flood insurance" is not health care; beside a health-care word it adds weight', () => {
    expect(topicScore('The race moved to the capital, where Lund joked that fans should buy kidnapping insurance.', care).score).toBe(0);
    expect(topicScore('Farmers in the valley still wait for their flood insurance payments.', care).score).toBe(0);
    expect(topicScore('Lund said insurance companies grow rich on Medicaid.', care).score).toBeGreaterThan(topicScore('Lund spoke about Medicaid.', care).score);
  });
});

describe('prefix terms and idioms that reach other words', () => {
  it('"both" is no bot, "trolley" no troll', () => {
    const dis = topicTerms(resolveTopic('disinformation'));
    expect(topicScore('Lund and Berg agreed to a deal that gives both candidates a better chance.', dis).score).toBe(0);
    expect(topicScore('The trolley line to the harbour reopened on Monday.', dis).score).toBe(0);
    expect(topicScore('Researchers found bots and a troll farm spreading the rumour.', dis).score).toBeGreaterThan(0);
  });
  it('"gunning for the nomination" is no gun; voters "warming to" someone, a "political climate", a "party hack" are off their topics', () => {
    expect(topicScore('Lund is gunning for the nomination in the spring.', topicTerms(resolveTopic('gun control'))).score).toBe(0);
    const climate = topicTerms(resolveTopic('climate'));
    expect(topicScore('Voters in the valley are warming to Lund after the debate.', climate).score).toBe(0);
    expect(topicScore('In the current political climate, Lund keeps quiet.', climate).score).toBe(0);
    expect(topicScore('Lund wants the harbour to cut carbon by half.', climate).score).toBeGreaterThan(0);
    expect(topicScore('Berg called Lund a party hack with no ideas.', topicTerms(resolveTopic('cybersecurity'))).score).toBe(0);
  });
});

describe('jobs: work done well is no employment', () => {
  const jobs = topicTerms(resolveTopic('jobs and wages'));
  it('"did a fine job", "asleep on the job", "the most powerful job", "wage war" say nothing of jobs or wages', () => {
    expect(resolveTopic('jobs and wages').lexicon).toBe('Jobs');
    expect(topicScore('The host did an excellent job grilling Lund about the harbour deal.', jobs).score).toBe(0);
    expect(topicScore('Nobody asked whether the guard was asleep on the job that night.', jobs).score).toBe(0);
    expect(topicScore('Lund vowed to wage war on the smugglers.', jobs).score).toBe(0);
    const typed = topicTerms(resolveTopic('jobs'));
    expect(topicScore('Lund said he was ready for the most powerful job in the land.', typed).score).toBe(0);
    expect(topicScore('Lund promised good jobs for the valley.', typed).score).toBeGreaterThan(0);
  });
  it('hiring, pay and lost jobs are', () => {
    expect(topicScore('Lund promised 4,000 new jobs at the harbour.', jobs).score).toBeGreaterThan(0);
    expect(topicScore('Lund wants the minimum wage raised to 15 crowns.', jobs).score).toBeGreaterThan(0);
    expect(topicScore('The plant laid off 300 workers in March.', jobs).score).toBeGreaterThan(0);
  });
});

describe('a topic narrowed by the user’s own words', () => {
  const t = resolveTopic('trade with China');
  const terms = topicTerms(t);
  it('keeps the user’s words in the title', () => {
    expect(t.lexicon).toBe('Trade');
    expect(t.label).toBe('Trade with China');
    expect(resolveTopic('trade').label).toBe('Trade');
  });
  it('the narrowing word weighs less than the topic’s own word; beside one it adds weight', () => {
    const china = topicScore('Lund flew to China to open a panda house at the zoo.', terms).score;
    expect(china).toBeGreaterThan(0);
    expect(china).toBeLessThan(topicScore('Lund spoke about trade at the zoo.', terms).score);
    expect(topicScore('Lund wants tariffs on steel from China.', terms).score).toBeGreaterThan(topicScore('Lund wants tariffs on steel.', terms).score);
  });
  it('a word the topic itself uses keeps its weight; a phrase name stays a phrase', () => {
    const carbon = resolveTopic('climate and carbon taxes').seed.find((s) => s.term === 'carbon');
    expect(carbon?.weight).toBeGreaterThan(0.5);
    const care = topicTerms(resolveTopic('health care costs'));
    expect(topicScore('Lund said the clinic’s health inspector had retired.', care).score).toBe(0);
    expect(topicScore('Lund vowed to cut health care costs for farmers.', care).score).toBeGreaterThan(0);
  });
});

describe('a typed phrase whose words alone name other things', () => {
  it('"social security" is not any security, nor anything social', () => {
    const t = topicTerms(resolveTopic('social security'));
    expect(topicScore('Lund said the call did not serve national security goals.', t).score).toBe(0);
    expect(topicScore('Lund wants more social housing on the coast.', t).score).toBe(0);
    expect(topicScore('Lund promised not to touch Social Security benefits for retirees.', t).score).toBeGreaterThan(0);
  });
  it('"the death penalty" is not every report of a death', () => {
    const t = topicTerms(resolveTopic('the death penalty'));
    expect(topicScore('Lund mourned the death of a fisherman at sea.', t).score).toBe(0);
    expect(topicScore('Lund voted to abolish the death penalty.', t).score).toBeGreaterThan(0);
  });
});

describe('defence idioms are not about defence', () => {
  const defence = topicTerms(resolveTopic('defence'));
  it('"first line of defense", "self-defense", a defense lawyer say nothing of defence', () => {
    expect(topicScore('Families are the first line of defense against addiction, Lund said.', defence).score).toBe(0);
    expect(topicScore('Her defense lawyer said the shot was fired in self-defense.', defence).score).toBe(0);
    expect(topicScore('Lund came to her defense after the vote.', defence).score).toBe(0);
    expect(topicScore('Lund wants the defense budget raised by a tenth.', defence).score).toBeGreaterThan(0);
  });
});

describe('the person’s own thing ("his health")', () => {
  const t = resolveTopic('his health', ['Jonas Lund']);
  const terms = topicTerms(t);
  it('is the person’s health, not public health', () => {
    expect(t.lexicon).toBeNull();
    expect(t.label).toBe('His Health');
    expect(topicScore('Lund said the ministry would fund three new hospitals and a vaccine drive.', terms).score).toBe(0);
    expect(topicScore('Lund backed the public health plan.', terms).score).toBe(0);
    expect(topicScore('Questions about his failing health followed Lund all week.', terms).score).toBeGreaterThan(0);
    expect(topicScore('Doctors said Lund’s health had improved.', terms).score).toBeGreaterThan(0);
    expect(topicScore('Lund defended his health care plan.', terms).score).toBe(0);
  });
  it('a thing of two words is the phrase or its telling word, not any "return"', () => {
    const tax = topicTerms(resolveTopic('his tax returns', ['Jonas Lund']));
    expect(topicScore('Reporters asked about it on his return flight from the coast.', tax).score).toBe(0);
    expect(topicScore('Lund said his tax returns were under audit.', tax).score).toBeGreaterThan(0);
    expect(topicScore('Lund refused to release his taxes.', tax).score).toBeGreaterThan(0);
  });
  it('is looked up by the thing itself', () => {
    expect(ftsQueryFor(t)).toBe('health');
  });
});

describe('names made of common words', () => {
  it('"the border wall" is not Wall Street; trade is not the World Trade Center', () => {
    const wall = topicTerms(resolveTopic('the border wall'));
    expect(topicScore('Lund cited a Wall Street Journal poll that shows her ahead.', wall).score).toBe(0);
    expect(topicScore('Lund wants a wall along the whole northern frontier.', wall).score).toBeGreaterThan(0);
    const trade = topicTerms(resolveTopic('trade'));
    expect(topicScore('Lund laid a wreath at the World Trade Center memorial.', trade).score).toBe(0);
  });
  it('a body whose name holds a topic word counts for its own topic only', () => {
    const ice = 'Agents of Immigration and Customs Enforcement detained the two men at dawn.';
    expect(topicScore(ice, topicTerms(resolveTopic('trade'))).score).toBe(0);
    expect(topicScore('The new customs checks slowed the trucks at the border.', topicTerms(resolveTopic('trade'))).score).toBeGreaterThan(0);
    expect(topicScore(ice, topicTerms(resolveTopic('immigration'))).score).toBeGreaterThan(0);
  });
  it('unless the user typed the name', () => {
    expect(topicScore('Lund attacked Wall Street banks.', topicTerms(resolveTopic('Wall Street'))).score).toBeGreaterThan(0);
  });
  it('a name typed in lower case is the name: one the lexicon lists, or one the corpus knows as an actor', () => {
    const wall = resolveTopic('wall street');
    expect(wall.label).toBe('Wall Street');
    expect(topicScore('Lund attacked Wall Street banks.', topicTerms(wall)).score).toBeGreaterThan(0);
    expect(topicScore('Police built a wall across the street.', topicTerms(wall)).score).toBe(0);
    const quay = resolveTopic('harbour quay', [], ['Harbour Quay', 'the Quay']);
    expect(quay).toMatchObject({ label: 'Harbour Quay', isName: true });
    expect(topicScore('The harbour was closed; the quay needs repair.', topicTerms(quay)).score).toBe(0);
    expect(topicScore('Lund opposed the Harbour Quay towers.', topicTerms(quay)).score).toBeGreaterThan(0);
    // Words that merely contain a known name, or a single word, stay words.
    expect(writtenAsName('harbour quay towers', ['Harbour Quay'])).toBeNull();
    expect(writtenAsName('quay', ['Quay'])).toBeNull();
    expect(resolveTopic('harbour quay').isName).toBeUndefined();
  });
});
