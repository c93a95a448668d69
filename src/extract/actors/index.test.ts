import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.js';
import { addAdHocActor, findActors, learnPossessiveGenders, ownedBodyBefore, toEntityRecords } from './index.js';
import { extractDocument } from '../index.js';
import { holdsRole } from '../quotes/roles.js';

const actors = (text: string) => {
  const index = findActors(text, segment(text).sentences);
  return { index, entities: toEntityRecords(index) };
};
const typeOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.type;
const people = (text: string) => actors(text).entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('groups and places are not people', () => {
  it('types party members, believers and demonyms in the plural as groups', () => {
    expect(typeOf('Democrats said the budget was unfair. Later, Democrats walked out.', 'Democrats')).toBe('group');
    expect(typeOf('Muslims said they felt singled out by the new rule.', 'Muslims')).toBe('group');
    expect(typeOf('In the poll, Hispanics said prices worried them most.', 'Hispanics')).toBe('group');
    expect(typeOf('At the rally, Canadians said the border should stay open.', 'Canadians')).toBe('group');
    expect(typeOf('At the meeting, African-Americans said the plan ignored them.', 'African-Americans')).toBe('group');
  });

  it('types a place name followed by a group plural as a group', () => {
    expect(typeOf('Oregon Democrats said on Monday that they had the votes.', 'Oregon Democrats')).toBe('group');
  });

  it('never makes a person of a state, region or city standing alone', () => {
    expect(people('Idaho said no to the plan. Idaho has said no before, and Idaho will say it again.')).toEqual([]);
    expect(people('The Midwest said little. Rhode Island said more.')).toEqual([]);
    expect(people('Denver said it would pay. Denver has paid before.')).toEqual([]);
  });

  it('keeps a place of several words as a place, so the person before it stays the subject', () => {
    const text = 'Lena Ortiz of New Mexico said the plan works.';
    expect(typeOf(text, 'New Mexico')).toBe('place');
    expect(people(text)).toEqual(['Lena Ortiz']);
  });

  it("reads an organisation's acronym before a title as part of the role", () => {
    const { entities } = actors('XKQ Chairman Tom Weller said the fund was sound.');
    const tom = entities.find((e) => e.name === 'Tom Weller');
    expect(tom?.type).toBe('person');
    expect(tom?.roles.map((r) => r.text)).toEqual(['XKQ Chairman']);
  });

  it('leaves role nouns in the plural alone', () => {
    expect(people('Pollsters said the race was close. Aides said the same.')).toEqual([]);
  });

  it('still joins a surname that is also a place or a plural to the person named in full', () => {
    const { entities } = actors('Clara Montana chairs the board. Montana said the vote was fair.');
    const clara = entities.find((e) => e.name === 'Clara Montana');
    expect(clara?.type).toBe('person');
    expect(clara?.mentions.map((m) => m.text)).toEqual(['Clara Montana', 'Montana']);
    expect(people('Nora Danes wrote the report. Danes said she stood by it.')).toEqual(['Nora Danes']);
  });

  it('gives a speaker found later the same types', () => {
    const text = '“We will not vote for it,” Democrats said. “We will,” Kansas said.';
    const { index } = actors(text);
    const group = addAdHocActor(index, text, [text.indexOf('Democrats'), text.indexOf('Democrats') + 'Democrats'.length]);
    expect(group === null ? null : index.actors[group].type).toBe('group');
    expect(addAdHocActor(index, text, [text.indexOf('Kansas'), text.indexOf('Kansas') + 'Kansas'.length])).toBeNull();
  });
});

describe('review fixes: genders, titles, types, unknown first names, roles', () => {
  const actor = (text: string, name: string) => actors(text).index.actors.find((a) => a.key && a.name === name);

  it('takes no gender from a first name the lexicon misgenders or that both sexes carry', () => {
    expect(actor('Adel Mansouri, who sells spices in Tunis, shut his stall.', 'Adel Mansouri')?.gender).toBe('m');
    expect(actor('Dana Whitcombe runs the clinic in Leeds.', 'Dana Whitcombe')?.gender).toBeNull();
    expect(actor('Bakhyt Orazov runs the clinic in Almaty.', 'Bakhyt Orazov')?.gender ?? null).toBeNull();
  });

  it('lets clear pronouns correct a gender read from a first name alone', () => {
    const text = 'Andrea Colombo opened the plant on Monday. He said he would hire locally and he kept his word.';
    expect(actor(text, 'Andrea Colombo')?.gender).toBe('m');
  });

  it('does not count the pronouns of a quotation that began in an earlier sentence as the writer’s', () => {
    const text = '“We talked for an hour. She was sharp, and she knew the numbers,” said Rob Kline. Kline left early.';
    expect(actor(text, 'Rob Kline')?.gender).toBe('m');
  });

  it('makes a long office title before a name a role, the name just the person', () => {
    const { index } = actors('House Minority Whip Rosa Delgado met reporters on Monday. She said the vote would wait.');
    const p = index.actors.find((a) => a.key && a.type === 'person');
    expect(p?.name).toBe('Rosa Delgado');
    expect(p?.roles.map((r) => r.text)).toContain('House Minority Whip');
    expect(people('Senate Budget Committee Chairman Tobias Wrenfield said the plan was dead.')).toEqual(['Tobias Wrenfield']);
    // A place whose last word is also a first name ("Carolina") does not start the name.
    expect(people('They will win, said South Carolina Democratic Party Chairman Jaime Harlan.')).toEqual(['Jaime Harlan']);
  });

  it('reads a person whose surname is an outlet or country word as a person everywhere', () => {
    const text = 'Dana Fox, a nurse in Ohio, waited for hours. Later Fox said nobody had called.';
    const e = actors(text).entities;
    expect(e.find((x) => x.name === 'Dana Fox')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Fox News')).toBeUndefined();
  });

  it('types companies by head words and a speaking town name as no person', () => {
    expect(typeOf('Westbrook Rail said the trains would run by noon.', 'Westbrook Rail')).toBe('company');
    expect(typeOf('Harlow Airways said the flight was cancelled.', 'Harlow Airways')).toBe('company');
    expect(typeOf('Mercy Hospital said the ward was full.', 'Mercy Hospital')).toBe('organisation');
    expect(people('Tottenham said the match was off. Tottenham said fans would be refunded.')).toEqual([]);
  });

  it('finds a person with an unknown or ordinary-word first name next to a speech verb or a role', () => {
    expect(people('The border is open, said Tokhtar Zhunusbekov.')).toEqual(['Tokhtar Zhunusbekov']);
    expect(people('Sandy Okafor, a teacher, organised the march.')).toEqual(['Sandy Okafor']);
    expect(people('Sandy Okafor walked to the park.')).toEqual([]);
    expect(people('On Friday, Sandy Okafor organised the march. Later Okafor said the children walk now.')).toEqual(['Sandy Okafor']);
    expect(people('Sandy Okafor organised the march. Later Okafor said the children walk now.')).not.toContain('Later Okafor');
  });

  it('stores appositive roles from the longer role list', () => {
    const a = actor('Gloria Ventresca, a retired neurosurgeon, spoke at the rally.', 'Gloria Ventresca');
    expect([...(a?.roleWords ?? [])]).toContain('neurosurgeon');
    const b = actor('Milo Graves, an actress turned activist, joined them.', 'Milo Graves');
    expect(b).toBeDefined();
  });

  it('ends an organisation name before a title or a person after "and"', () => {
    const e = actors('The Rural Health Caucus and Sen. Ada Lindqvist of Maine wrote a letter.').entities;
    expect(e.map((x) => x.name)).toContain('Rural Health Caucus');
    expect(e.find((x) => x.name === 'Ada Lindqvist')?.type).toBe('person');
    const f = actors('The Ocean Trust Foundation and Maria Lindqvist signed the pledge.').entities;
    expect(f.map((x) => x.name)).toContain('Ocean Trust Foundation');
  });

  it('keeps members of a party in speaker position as a group', () => {
    const text = 'Officials met. Republicans said the bill was dead.';
    const index = findActors(text, segment(text).sentences);
    const at = text.indexOf('Republicans');
    const id = addAdHocActor(index, text, [at, at + 'Republicans'.length]);
    expect(id).not.toBeNull();
    expect(index.actors[id!].type).toBe('group');
  });
});

describe('names in title-case headlines and listed armed groups', () => {
  it('leaves a headline verb after a name out of the name', () => {
    expect(people('Yesterday Mayor Ana Ruiz Slams the budget.')).toEqual(['Ana Ruiz']);
    expect(people('Ana Ruiz Says No to the budget, and Ana Ruiz means it.')).toEqual(['Ana Ruiz']);
  });
  it('types a listed armed group as no person', () => {
    expect(people('Al-Shabaab. Footage of the cleric appears again.')).toEqual([]);
  });
});

describe('surnames spelt like head words, and objects of prepositions', () => {
  it('keeps a first name and a head-word surname a person when the surname speaks', () => {
    expect(people('Steven Law, a former aide, runs the fund. Later Law said the fund would grow.')).toEqual(['Steven Law']);
    expect(typeOf('The Chicago Police said nothing.', 'Chicago Police')).toBe('agency');
  });
  it('does not make a speaker of a name after "to" before a participle', () => {
    expect(people('Lena Moor wrote in a letter to Vantage explaining her vote.')).toEqual(['Lena Moor']);
  });
});

describe('gender from an appositive role noun', () => {
  it('takes the gender an appositive role noun implies', () => {
    const text = 'Robin Okafor, an actress, met Sam Doyle on Friday.';
    const a = findActors(text, segment(text).sentences).actors.find((x) => x.name === 'Robin Okafor');
    expect(a?.gender).toBe('f');
  });
});

describe('an ordinary word opening a sentence', () => {
  it('joins the person named in full with that surname when a comma or verb follows', () => {
    const text = 'The panel heard from the pilot Ann Marsh and the engineer Paul Young. Young, in his written remarks, raised the schedule. Young said more later.';
    const { index } = actors(text);
    const young = index.actors.findIndex((a) => a.name === 'Paul Young');
    expect(young).toBeGreaterThanOrEqual(0);
    expect(index.mentions.filter((m) => m.actor === young)).toHaveLength(3);
  });

  it('is no name of its own when nobody carries it', () => {
    expect(people('Critics say the plan is late. Farmers said they were angry.')).toEqual([]);
  });

  it('never takes a role spelt in capitals for an organisation', () => {
    expect(actors('The award went to Kesra Dunmore, CEO of Brightfield, last week.').entities.map((e) => e.name)).not.toContain('CEO of Brightfield');
  });
});

describe('a gendered role noun right before a name', () => {
  const genderOf = (text: string, name: string) => {
    const { index } = actors(text);
    return index.actors.find((a) => a.name === name)?.gender;
  };
  it('gives the name its gender', () => {
    expect(genderOf('Her son, filmmaker Robin Ashdale, remembers it well.', 'Robin Ashdale')).toBe('m');
    expect(genderOf('He flew home with his wife Robin Ashdale on Friday.', 'Robin Ashdale')).toBe('f');
  });
  it('not across a preposition', () => {
    expect(genderOf('The daughter of Robin Ashdale spoke first.', 'Robin Ashdale')).not.toBe('f');
  });
});

describe('words that are no person (reviewed errors)', () => {
  it('never takes a contraction as a name or as part of one', () => {
    const text = '“I’ve told them twice,” Nora Vance said. “I’m tired of it. I’ve said so before.” She thanked Ned Oakes I’ve heard.';
    expect(people(text).sort()).toEqual(['Ned Oakes', 'Nora Vance']);
  });

  it('never makes a person of the second word of a state name, and reads a state between a title and a name as role', () => {
    expect(typeOf('Funds went to the North Dakota Republican Party last year.', 'North Dakota Republican Party')).toBe('organisation');
    const graham = actors('Democratic North Dakota Sen. Ivy Marsh says the bill will fail.').entities.filter((e) => e.type === 'person');
    expect(graham.map((e) => e.name)).toEqual(['Ivy Marsh']);
    const text = 'The North Dakota Republican admitted the plan was late, said Keel.';
    const index = findActors(text, segment(text).sentences);
    const at = text.indexOf('Dakota Republican');
    expect(addAdHocActor(index, text, [at, at + 'Dakota Republican'.length])).toBeNull();
  });

  it('reads a capitalised headline verb before a name as no first name', () => {
    const text = 'Mayor Denies Fraud, Blames Okafor’s Team For Delays.\n\nLena Okafor said the delays were not hers.';
    expect(people(text)).toEqual(['Lena Okafor']);
    expect(people('Okafor Says Port Was Hacked, Calls Varga’s Plan ‘Reckless.’\n\nVarga said the plan was sound.')).toEqual(['Varga']);
  });

  it('types a name by the noun of its apposition: a magazine, a company, a product', () => {
    expect(typeOf('She spoke to the Beacon, a weekly magazine for sailors, on Monday.', 'Beacon')).toBe('media');
    expect(typeOf('Quillworth, the company that prints the cards, said it would cut jobs.', 'Quillworth')).toBe('company');
    expect(people('Zorblat, the streaming service, said it would close in May.')).toEqual([]);
    expect(typeOf('Analysts asked whether Quillworth’s chief executive would stay. Quillworth said he would.', 'Quillworth')).toBe('company');
  });

  it('keeps a person with a role apposition a person', () => {
    expect(typeOf('Brannock, a former spokesman for the mayor, said the plan was late.', 'Brannock')).toBe('person');
    expect(typeOf('Later, said Ugo Tavel, the group’s chief strategist, they would run ads.', 'Ugo Tavel')).toBe('person');
    expect(typeOf('Her uncle Ferrand, the former party leader, has backed the plan.', 'Ferrand')).not.toBe('organisation');
  });

  it('makes no person of a word right after a company name (its product), however often it is the subject', () => {
    const text = 'Reviews of Nimbus Group’s Gleamer are in. Gleamer has few games. Gleamer was slow, and Gleamer is dear.';
    expect(people(text)).toEqual([]);
  });

  it('joins an acronym to the one named body whose initials it spells, with that body’s type', () => {
    const text = 'The Clean Harbour Act (CHA) passed in May. The Clean Harbour Act was long. Critics say the CHA is too weak. Backers of the Clean Harbour Act disagree.';
    const act = actors(text).entities.find((e) => e.name === 'Clean Harbour Act');
    expect(act?.type).toBe('initiative');
    expect(act?.aliases).toContain('CHA');
    expect(actors(text).entities.map((e) => e.name)).not.toContain('CHA');
    // Without the parentheses the initials may stand for another body.
    expect(typeOf('The Clean Harbour Act passed in May. Critics say the CHA is too weak.', 'CHA')).toBe('organisation');
  });

  it('never joins two names over a bare "the"', () => {
    expect(actors('They cited the Ninth Amendment the Founding Fathers wrote.').entities.map((e) => e.name)).toContain('Ninth Amendment');
  });

  it('makes no person of a name turned adjective, and types an amendment as an initiative', () => {
    expect(people('He ran as a Nora Vance-style reformer in the state.')).toEqual([]);
    expect(typeOf('They spoke about the Ninth Amendment at length.', 'Ninth Amendment')).toBe('initiative');
  });

  it('names that body by the form the document uses more often', () => {
    const text = 'The Harbour Workers Agency (HWA) met. The HWA said pay was low, and the HWA will strike.';
    const guild = actors(text).entities.filter((e) => e.type !== 'person');
    expect(guild.map((e) => [e.key, e.name, e.type, e.aliases])).toEqual([['agency:hwa', 'HWA', 'agency', ['Harbour Workers Agency']]]);
  });

  it('reads an appositive role with a party qualifier and an office under someone after a bare surname', () => {
    const text = 'Ostrow, the Democratic attorney general under former Governor Anna B. Vell, faulted the plan. Ostrow said so.';
    const ostrow = actors(text).entities.find((e) => e.name === 'Ostrow');
    expect(ostrow?.type).toBe('person');
    expect(ostrow?.roles.map((r) => r.text)).toEqual(['the Democratic attorney general under former Governor Anna B. Vell']);
  });

  it('makes a body of a name opening with an ordinary word that speaks or that a body noun introduces', () => {
    expect(typeOf('The label that holds her old songs, Silver Lantern, says she may sing them.', 'Silver Lantern')).toBe('organisation');
    expect(typeOf('The memo leaked. Silver Lantern have twice denied it.', 'Silver Lantern')).toBe('organisation');
    // (Not a person's name after an adverb, a role noun before a name, or members of a party.)
    expect(typeOf('Sandy Okafor organised the march. Later Okafor said the children walk now.', 'Later Okafor')).toBeUndefined();
    expect(typeOf('The vote was close. Other Democrats said the bill was weak.', 'Other Democrats')).not.toBe('organisation');
  });
});

describe('title-case headlines', () => {
  it('a capitalised auxiliary or preposition after a name ends it', () => {
    expect(people('Pell Endorses Lena Okafor With Brandt’s Blessing. While the party waited, Lena Okafor thanked Brandt.')).toEqual(['Lena Okafor']);
    expect(people('Nora Pike: Ted Marlow Is a ‘Failed Leader’ on Taxes. Nora Pike said on Monday that the plan failed.')).toEqual(['Nora Pike', 'Ted Marlow']);
  });
  it('a name after the break is still found', () => {
    expect(people('Tensions Rise Amid Omar Haddad’s Visit. The visit lasted two days.')).toEqual(['Omar Haddad']);
  });
  it('not after ordinary words of the line: no "Nadia Pell Sides"', () => {
    expect(people('Nadia Pell Sides With Farmers On Water. Nadia Pell spoke on Monday.')).toEqual(['Nadia Pell']);
  });
});

describe('middle initials', () => {
  it('"Marta K. Lindqvist" and "Marta Lindqvist" are one person', () => {
    const { entities } = actors('Marta K. Lindqvist opened the session. Later, Marta Lindqvist said the budget was late.');
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Marta K. Lindqvist', 2]]);
  });
  it('not in a family, nor with two different middles, nor in one sentence', () => {
    expect(people('Robert Hale met his son, Robert T. Hale, and his wife, Nora Hale. Robert Hale said little.')).toEqual(['Robert Hale', 'Robert T. Hale', 'Nora Hale']);
    expect(people('Peter R. Sand spoke first. Peter P. Sand spoke next. Peter Sand was not there.')).toEqual(['Peter R. Sand', 'Peter P. Sand', 'Peter Sand']);
    expect(people('The firm of Emil Kracht and Emil J. Kracht was sold.')).toEqual(['Emil Kracht', 'Emil J. Kracht']);
  });
});

describe('an acronym not introduced in parentheses', () => {
  it('is the one body of the document whose name it spells', () => {
    const { entities } = actors('The Coastal Fisheries Council met on Monday. Later the CFC said quotas would rise.');
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['CFC', 'organisation', 2]]);
  });
  it('not an event or act those letters spell: the same letters may name a body beside it', () => {
    const { entities } = actors('Delegates gathered at the Coastal Fisheries Convention in June. The CFC said quotas would rise.');
    expect(entities.map((e) => e.name).sort()).toEqual(['CFC', 'Coastal Fisheries Convention']);
  });
});

describe('a title’s gender among people sharing a surname', () => {
  const spans = (text: string) => actors(text).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.span[0])]);
  it('"Mr. Velez" is not "Marta Velez", before or after her', () => {
    expect(spans('Marta Velez opened the fair on Monday. Mrs. Velez thanked the town. Mr. Velez, her husband, said he was proud. Mrs. Velez left early.')).toEqual([
      ['Marta Velez', [0, 44, 116]],
      ['Velez', [72]],
    ]);
    expect(spans('Mr. Velez spoke first. Then Marta Velez spoke. Mrs. Velez thanked the crowd. Mr. Velez left.')).toEqual([
      ['Velez', [4, 81]],
      ['Marta Velez', [28, 52]],
    ]);
  });
});

describe('a first name standing alone', () => {
  it('is the one person named in full with it', () => {
    const { entities } = actors('Senator Walter Brisk spoke in Ohio on Monday. "We will win," Walter said. Later, Walter told reporters he was tired.');
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Walter Brisk', 3]]);
  });
  it('nobody when two people share it', () => {
    expect(people('Walter Brisk met Walter Dunne on Monday. "It is done," Walter said.')).toEqual(['Walter Brisk', 'Walter Dunne', 'Walter']);
  });
});

describe('surnames spelt like a short day or month', () => {
  it('"Jun" after a full name and alone is that person', () => {
    const text = 'The commentator Bo Jun wrote a long piece on Friday. Jun wrote that the port would reopen.';
    const { entities } = actors(text);
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Bo Jun', 2]]);
  });
  it('"Jun 5" and "Jun." stay dates, and "The Sun" is no person', () => {
    expect(people('The hearing moved to Jun 5, Lea Park said. It was first set for Jun. 2.')).toEqual(['Lea Park']);
    expect(people('The Sun reported the story first.')).toEqual([]);
  });
});

describe('a speaker named by the head word of an organisation found already', () => {
  it('"the Centre" cut from "the Centre for Disease Control (CDC)" is the CDC', () => {
    const text = 'According to the Centre for Water Safety (CWS) in Wales, levels fell.';
    const { index } = actors(text);
    const at = text.indexOf('Centre');
    const id = addAdHocActor(index, text, [at, at + 'Centre'.length]);
    expect(id).not.toBeNull();
    expect(index.actors[id!].name).not.toBe('Centre');
    expect(index.actors[id!].type).not.toBe('person');
  });
});

describe('a word for a group member standing alone', () => {
  it('is no person', () => {
    expect(people('Another high-ranking Latino, Rep. Ana Ruiz, spoke first. His anti-Muslim remarks drew boos.')).toEqual(['Ana Ruiz']);
    expect(people('Many Asian states were uneasy, the Texan said.')).toEqual([]);
  });
  it('is no ad-hoc speaker either', () => {
    const text = 'The plan will fail, according to Democratic strategists.';
    const { index } = actors(text);
    const at = text.indexOf('Democratic');
    expect(addAdHocActor(index, text, [at, at + 'Democratic'.length])).toBeNull();
  });
});

describe('an ad-hoc speaker right after a noun for a paper', () => {
  it('is that paper', () => {
    const text = 'The tabloid Marnik wrote that he had left.';
    const { index } = actors(text);
    const at = text.indexOf('Marnik');
    const id = addAdHocActor(index, text, [at, at + 'Marnik'.length]);
    expect(index.actors[id!].type).toBe('media');
  });
});

describe('a preposition opening the sentence before a name', () => {
  it('is no part of the name', () => {
    expect(people('Polls put Ana Ruiz ahead. Against Ruiz, the mayor won 40 percent.')).toEqual(['Ana Ruiz']);
  });
});

describe('the people of a state', () => {
  it('are a group', () => {
    expect(typeOf('Most Ohioans say they know too little about him. Several Arizonans joined the suit.', 'Ohioans')).toBe('group');
    expect(people('Most Ohioans say they know too little about him. Several Arizonans joined the suit.')).toEqual([]);
  });
});

describe('words in capitals that name no body', () => {
  const names = (text: string) => actors(text).entities.map((e) => e.name);
  it('takes no organisation from a thing’s code or a word set in capitals', () => {
    expect(names('The carmaker showed a compact SUV with LED lamps before its IPO.')).toEqual([]);
    expect(names('BREAKING NEWS from the council: the vote was close.')).toEqual([]);
  });
  it('still takes an unknown acronym, and a town in capitals opening a dateline', () => {
    expect(typeOf('The fund was sued by the QZRA last week.', 'QZRA')).toBe('organisation');
    expect(actors('MOBILE, Ala., May 2 — The port reopened on Monday.').entities.map((e) => e.name)).toContain('MOBILE');
  });
});

describe('a paper called by the last word of its name', () => {
  it('joins "the Post" to the one outlet named in full that ends in it', () => {
    const text = 'The Washington Post reported the deal on Monday. Staff at the plant told the Post that pay had fallen.';
    const { index, entities } = actors(text);
    const at = text.indexOf('Post that');
    const id = addAdHocActor(index, text, [at, at + 4]);
    expect(index.actors[id!].name).toBe('The Washington Post');
    expect(entities.filter((e) => e.type === 'media').map((e) => e.name)).toEqual(['The Washington Post']);
  });
});

describe('a role noun or a preposition in a title-case first line', () => {
  it('reads a capitalised role noun before a surname as a title, so the surname joins the person named in full', () => {
    const text = 'Wealthy Donor Lindqvist and Ortega May Be Teaming Up on Trade.\n\nThe longtime backer Marta Lindqvist said on Monday she met Carlos Ortega. Lindqvist said the talks went well.';
    const { entities } = actors(text);
    const marta = entities.find((e) => e.name === 'Marta Lindqvist');
    expect(marta?.mentions.length).toBe(3);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Carlos Ortega', 'Marta Lindqvist']);
  });
  it('does not make a person of a preposition after a title: "Network Chief On Ortega"', () => {
    const text = 'Network Chief On Ortega: We Will Not Pay Him\n\nCarlos Ortega asked to be paid. Ortega said so twice.';
    // (A lone surname in a headline is no mention of its own.)
    expect(people(text)).toEqual(['Carlos Ortega']);
  });
  it('keeps "Chief Of Staff" whole and a role noun before ordinary words no title', () => {
    expect(people('Why Voters Are Cheering the Mayor’s Populist Housing Plan\n\nThe plan passed.')).toEqual([]);
  });
});

describe('a country or place naming a sea, a strait, a river or a lake', () => {
  it('is part of the feature’s name, a place, not the country', () => {
    const text = 'Tankers crossed the Timor Sea and the Gulf of Oman. Lake Chad shrank while the Congo River rose. Oman said it would help.';
    const { entities } = actors(text);
    expect(entities.map((e) => `${e.name}/${e.type}`).sort()).toEqual(['Congo River/place', 'Gulf of Oman/place', 'Lake Chad/place', 'Oman/state', 'Timor Sea/place']);
    expect(entities.find((e) => e.name === 'Oman')?.mentions.length).toBe(1);
  });
  it('keeps two straits joined by "and" apart', () => {
    expect(typeOf('Patrols in the Korea Strait and the Taiwan Strait doubled.', 'Taiwan Strait')).toBe('place');
  });
});

describe('plural company heads', () => {
  it('types a name ending in Enterprises or Logistics as a company, even after a first name and an apposition', () => {
    expect(typeOf('A firm called Juniper Enterprises, a shell at the same address, gave $5,000.', 'Juniper Enterprises')).toBe('company');
    expect(typeOf('She ran finance at Nordhavn Logistics for six years.', 'Nordhavn Logistics')).toBe('company');
  });
  it('still reads a first name and a singular head word that speaks as a person', () => {
    expect(typeOf('Steven Law, who runs the fund, said the ads would air.', 'Steven Law')).toBe('person');
  });
});

describe('a dateline in capitals', () => {
  it('is one place with its article or particle, named as running text writes it', () => {
    expect(typeOf('LOS ALAMITOS, Calif. — The council met on Tuesday.', 'Los Alamitos')).toBe('place');
    expect(typeOf('DES PLAINES (AP) — Flooding closed roads.', 'Des Plaines')).toBe('place');
  });
  it('is not a byline or a line of words in capitals', () => {
    const names = actors('MARTA LINDQVIST, NEWSWIRE\nCARS SOLD, as expected, fell.').entities.map((e) => `${e.name}/${e.type}`);
    expect(names.filter((n) => n.endsWith('/place'))).toEqual([]);
  });
});

describe('a chamber qualified by a party', () => {
  it('is the chamber', () => {
    const text = 'A Republican-led Senate would stall the bill. With a Democratic Congress, it might pass, but Senate Democratic leaders were unsure. The Senate met.';
    const { entities } = actors(text);
    expect(entities.map((e) => `${e.name}/${e.mentions.length}`).sort()).toEqual(['Congress/1', 'Senate/3']);
  });
  it('leaves a party’s own bodies alone', () => {
    expect(typeOf('The Democratic Party and the Republican National Committee disagreed.', 'Democratic Party')).toBe('organisation');
  });
});

describe('a place of several words before a title', () => {
  it('is part of the role, and its last word is not the country it spells', () => {
    const { entities } = actors('Outside groups backing New Jersey Gov. Tom Alder spent heavily. Rhode Island Sen. Ana Ruiz agreed.');
    expect(entities.map((e) => e.name).sort()).toEqual(['Ana Ruiz', 'Tom Alder']);
    expect(entities.find((e) => e.name === 'Tom Alder')?.roles.map((r) => r.text)).toEqual(['New Jersey Gov.']);
  });
});

describe('a title before a body named after a region', () => {
  it('makes no person of the body, so the speaker stays the person named before it', () => {
    expect(people('“We are pleased,” said Ana Ruiz, President Zentrix Latin America, on Monday.')).toEqual(['Ana Ruiz']);
  });
});

describe('outlets named with "The"', () => {
  it('needs the capital after the article', () => {
    expect(actors('The economist Ana Ruiz measured the gap. The hill was steep.').entities.map((e) => e.name)).toEqual(['Ana Ruiz']);
    expect(typeOf('“It was close,” The Hill reported on Monday.', 'The Hill')).toBe('media');
  });
  it('reads an editor title inside a long role before a name', () => {
    expect(people('A statement from Courier Editor-in-Chief Ana Ruiz followed.')).toEqual(['Ana Ruiz']);
  });
});

describe('a family by its plural surname', () => {
  it('is a group apart from the person of that surname', () => {
    const { entities } = actors('Marta Lindqvist thanked donors. The fund had helped the Lindqvists for years, and Lindqvist said so.');
    expect(entities.find((e) => e.name === 'Marta Lindqvist')?.mentions.length).toBe(2);
    expect(typeOf('Marta Lindqvist thanked donors. The fund had helped the Lindqvists for years, and Lindqvist said so.', 'Lindqvists')).toBe('group');
  });
});

describe('"AG" before a name and after a company', () => {
  it('is a title before a surname, a company suffix after a name', () => {
    const { entities } = actors('Dana Whitlock announced the suit on Monday. AG Whitlock said the state would appeal. Kessler AG reported a loss.');
    expect(entities.find((e) => e.name === 'Dana Whitlock')?.mentions.length).toBe(2);
    expect(typeOf('Dana Whitlock announced the suit on Monday. Kessler AG reported a loss.', 'Kessler AG')).toBe('company');
  });
});

describe('an ad-hoc speaker opening its sentence with a conjunction', () => {
  it('drops the conjunction and joins the person named, once', () => {
    const text = 'Programs will go on.\n\nBut Ana Ruiz, the head of the watchdog, said the rule was wrong.';
    const { index } = actors(text);
    const at = text.indexOf('But');
    const id = addAdHocActor(index, text, [at, at + 'But Ana Ruiz'.length]);
    expect(index.actors[id!].name).toBe('Ana Ruiz');
    addAdHocActor(index, text, [at, at + 'But Ana Ruiz'.length]);
    expect(toEntityRecords(index).find((e) => e.name === 'Ana Ruiz')?.mentions.filter((m) => m.text === 'Ana Ruiz').length).toBe(1);
  });
  it('keeps an article that is part of a paper’s name', () => {
    const text = 'According to The Courier, the men left.';
    const { index } = actors(text);
    const at = text.indexOf('The Courier');
    const id = addAdHocActor(index, text, [at, at + 'The Courier'.length]);
    expect(index.actors[id!].name).toBe('The Courier');
  });
  it('reads a party word before a chamber as the chamber', () => {
    expect(actors('The Republican Congress passed the bill.').entities.map((e) => e.name)).toEqual(['Congress']);
  });
});

describe('an ad-hoc speaker that is an outlet spelt as an ordinary word', () => {
  it('is media', () => {
    const text = 'The ice was thick. As Variety put it, “Hello.” The band left.';
    const { index } = actors(text);
    const at = text.indexOf('Variety');
    const id = addAdHocActor(index, text, [at, at + 'Variety'.length]);
    expect(index.actors[id!].type).toBe('media');
  });
});

describe('a title before a name whose first name is an ordinary word', () => {
  it('makes no organisation of the whole, and an ad-hoc speaker after titles is the person', () => {
    const text = 'The vote was close.\n\nFormer Governor Rich Halvorsen agreed with the analysis.';
    expect(actors(text).entities.filter((e) => e.type === 'organisation')).toEqual([]);
    const { index } = actors(text);
    const at = text.indexOf('Former');
    const id = addAdHocActor(index, text, [at, at + 'Former Governor Rich Halvorsen'.length]);
    expect(index.actors[id!].name).toBe('Rich Halvorsen');
    expect(index.actors[id!].type).toBe('person');
  });
});

describe('first names that are also words; two people of one surname', () => {
  const names = (text: string) => toEntityRecords(findActors(text, segment(text).sentences)).map((e) => `${e.name}/${e.type}`);
  it('"Bill" opening a name is a first name ("Bill Norris spoke", "Attorney General Bill Haske")', () => {
    expect(names('Bill Norris spoke in Iowa on Monday.')).toContain('Bill Norris/person');
    expect(names('Oregon Attorney General Bill Haske asked the court to act.')).toContain('Bill Haske/person');
  });
  it('a titled surname named before both people of that surname joins the one of its gender', () => {
    const ents = toEntityRecords(findActors('ABSTRACT. Mrs. Norris has promised little. FULL TEXT. Anna Norris won. Her husband, Bill Norris, cheered.', segment('ABSTRACT. Mrs. Norris has promised little. FULL TEXT. Anna Norris won. Her husband, Bill Norris, cheered.').sentences));
    const anna = ents.find((e) => e.name === 'Anna Norris');
    expect(anna?.mentions.map((m) => m.text)).toContain('Norris');
    expect(ents.map((e) => e.name)).not.toContain('Norris');
  });
});


describe('names of bodies written the way papers write them', () => {
  const names = (text: string) => actors(text).entities.map((e) => `${e.name}/${e.type}`);

  it("keeps a collective noun's possessive inside a body's name", () => {
    expect(names("Units of the People's Liberation Army held drills near the coast.")).toContain("People's Liberation Army/agency");
    expect(names("Delegates of the Workers' Party met in Accra on Sunday.")).toContain("Workers' Party/organisation");
  });

  it("finds a listed name that holds a possessive (the Democratic People's Republic of Korea is the North)", () => {
    const found = names("A cargo ship flagged by the Democratic People's Republic of Korea was held at the port.");
    expect(found).toContain('North Korea/state');
    expect(found).not.toContain('South Korea/state');
  });

  it('reads an acronym written with full stops as the listed body', () => {
    const { entities } = actors('The F.B.I. said on Friday that agents had searched the house. The FBI gave no details.');
    const fbi = entities.filter((e) => e.name === 'FBI');
    expect(fbi.map((e) => e.type)).toEqual(['agency']);
    expect(fbi[0].mentions.map((m) => m.text)).toEqual(['F.B.I.', 'FBI']);
  });

  it("keeps a demonym that opens a body's name, and joins the name said again without it", () => {
    const { entities } = actors('The Estonian Defence Ministry denied the claim. Later the Defence Ministry said two jets had crossed the border.');
    const bodies = entities.filter((e) => e.type === 'agency');
    expect(bodies.map((e) => e.name)).toEqual(['Estonian Defence Ministry']);
    expect(bodies[0].mentions.length).toBe(2);
    expect(names('Economists at the European Central Bank expect slower growth.')).toContain('European Central Bank/company');
    const eu = actors('Britain should stay in the European Union, he said. Leaving the Union would cost jobs.').entities.filter((e) => e.type === 'organisation');
    expect(eu.map((e) => [e.name, e.mentions.length])).toEqual([['European Union', 2]]);
  });

  it('leaves two bodies that share their words apart from a third named without a demonym', () => {
    const found = names('The Estonian Defence Ministry and the Latvian Defence Ministry disagreed. The Defence Ministry in Riga said so.');
    expect(found).toContain('Estonian Defence Ministry/agency');
    expect(found).toContain('Latvian Defence Ministry/agency');
  });

  it("ends a name at a headline's verb in the present tense", () => {
    const found = names('Nora Pellham Receives Fresh Bad News After Split From Partner\nFormer mayor Nora Pellham had a hard week.');
    expect(found.filter((n) => n.includes('Receives'))).toEqual([]);
    expect(found).toContain('Nora Pellham/person');
  });

  it('keeps nouns the lexicon also reads as verbs inside a name', () => {
    expect(names('Analysts at Halvard Capital Markets said prices would fall.')).toContain('Halvard Capital Markets/company');
  });

  it("makes no outlet or body of a title-case headline's words", () => {
    const found = names('Senator Just Got Some Terrible News From Home\nThe senator lost her seat on Tuesday.');
    expect(found.filter((n) => n.includes('News'))).toEqual([]);
    expect(names('Mayor Tom Ruiz Says Party Leaders Were Never Told About The Deal\nThe mayor spoke on Monday.').filter((n) => n.includes('Leaders Were'))).toEqual([]);
    expect(names('Pell: Her Campaign Motto Might as Well Be Vote for Her. Pell spoke on Monday.').filter((n) => n.includes('Might'))).toEqual([]);
  });

  it('makes no place of a listed name joined by a hyphen to another, as polls are named', () => {
    const found = names('Support fell to 40 percent in a Washington Post-ABC News poll released on Sunday.');
    expect(found.filter((n) => n.endsWith('/state'))).toEqual([]);
    expect(names('Officials in Washington said the talks had failed.')).toContain('United States/state');
  });

  it('makes no body of a generic "super PAC"', () => {
    expect(names('Her super PAC spent heavily in Ohio and Iowa. The PAC did not respond.').filter((n) => n.startsWith('PAC'))).toEqual([]);
  });

  it("types an institution after a saint's or place's title as a body, not a person", () => {
    expect(names('The girl was treated at St. Olga Children’s Research Hospital in Duluth.')).toContain('St. Olga Children’s Research Hospital/organisation');
  });
});

describe('first names joined by "and" to a full name', () => {
  const names = (text: string) => actors(text).entities.filter((e) => e.type === 'person').map((e) => e.name);
  it('share its surname', () => {
    expect(names('The fund was set up by the sisters Maria L. and Ana P. Okafor in 2009.')).toEqual(['Maria L. Okafor', 'Ana P. Okafor']);
    expect(names('Guests included Tomas and Greta Lindqvist, who flew in from Oslo.')).toEqual(['Tomas Lindqvist', 'Greta Lindqvist']);
    expect(names('While the bank kept quiet, Tomas and Greta Lindqvist gave millions.')).toEqual(['Tomas Lindqvist', 'Greta Lindqvist']);
  });
  it('not two full names, the end of a list, or a first name the document gives someone else', () => {
    expect(names('Rand Paul and Carly Fiorina spoke first.')).toEqual(['Rand Paul', 'Carly Fiorina']);
    expect(names('Singers such as Brandy, Monica and Lauryn Hill took the stage.')).not.toContain('Monica Hill');
    expect(names('Greta Olsen spoke first. Later Greta and Tomas Lindqvist arrived.')).not.toContain('Greta Lindqvist');
  });
});

describe('roles that mark a name as a person', () => {
  it('include sports positions', () => {
    const found = actors('In the last minute, visiting quarterback Mason Rudolph’s helmet came off. Mr. Rudolph was unhurt.').entities;
    expect(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length])).toEqual([['Mason Rudolph', 2]]);
  });
});

describe('places, bodies and codes that read like names (second sample)', () => {
  it('reads a direction before a listed place as part of the place', () => {
    expect(typeOf('Residents of West Texas said the storm had passed. West Texas is dry.', 'West Texas')).toBe('place');
    expect(typeOf('Fires spread across Northern California, officials said.', 'Northern California')).toBe('place');
    expect(typeOf('Kanye West said he would run again.', 'Kanye West')).toBe('person');
  });
  it('reads a name after a noun for a body, ending in an ordinary word, as that body', () => {
    expect(typeOf('The course is run by the Ohio-based firm Tommy Vance Golf, which owns 40 others.', 'Tommy Vance Golf')).toBe('company');
    expect(typeOf('She joined the firm Ann Lee founded in 2001. Ann Lee said so.', 'Ann Lee')).toBe('person');
  });
  it('reads an apposition past a name made a modifier', () => {
    expect(typeOf('Officials posted on Qiyu, a Twitter-like social media site, that the risk was low.', 'Qiyu')).toBe('media');
  });
  it('takes no body from a market code after a full stop', () => {
    expect(actors('The Nikkei index .N225 fell 1.2%, and the Dow .DJI rose.').entities.map((e) => e.name)).not.toContain('DJI');
  });
});

describe('names of things after people, and headline verbs before "to"', () => {
  it('makes no person of a show, a prize or a cup named after someone', () => {
    const found = actors('She said so on The Nora Pell Show on Monday. Her novel won the Tomas Vane Award, and the Oslo Lions took the Harald Cup.').entities.map((e) => `${e.name}/${e.type}`);
    expect(found.filter((n) => n.endsWith('/person'))).toEqual([]);
  });
  it('ends a name at a capitalised verb before "to" in a title-case line', () => {
    expect(people('Marta Velez Refuses to Back the Plan. Marta Velez spoke on Monday.')).toEqual(['Marta Velez']);
  });
});

describe('codes with a digit', () => {
  it('are things or times, not bodies, unless a noun for a body stands by, they speak, or a hacking group goes by them', () => {
    const names = actors('Dealers showed a hybrid version of the ZX4 at the fair, and sales of the Vexa V9 rose in Q3. The channel NY7 reported it, and K9X said sales were up. Hackers from APT77 broke in.').entities.map((e) => e.name);
    for (const n of ['ZX4', 'V9', 'Q3']) expect(names, n).not.toContain(n);
    for (const n of ['NY7', 'K9X', 'APT77']) expect(names, n).toContain(n);
  });
});

describe('roles are roles (words before a name that say no role are none)', () => {
  const rolesOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.roles.map((r) => r.text);
  it('keeps no headline words or sentence adverb glued before a first name as a role', () => {
    expect(rolesOf("Opinion: The Party's Move Against Maria Delgado Could Backfire.\n\nThe vote was close, she said.", 'Maria Delgado')).toEqual([]);
    expect(rolesOf("Yes, Hillary Clinton's Claim That Peter Hansen Is In The Video Is False.\n\nIt is not.", 'Peter Hansen')).toEqual([]);
    expect(rolesOf('The mayor spoke. Certainly Peter Hansen had no doubts about the plan.', 'Peter Hansen')).toEqual([]);
  });
  it('keeps a role glued before a first name that ends in a role noun', () => {
    expect(rolesOf('Public Ombudsman Nadia Ferreira said the report was late.', 'Nadia Ferreira')).toEqual(['Public Ombudsman']);
    expect(rolesOf('The French Ambassador for Digital Affairs Henri Verdier spoke.', 'Henri Verdier')).toEqual(['The French Ambassador for Digital Affairs']);
  });
  it('gives an honorific no words before it', () => {
    expect(rolesOf('Supporters cheered as the Paris-born Mr. Hansen arrived.', 'Hansen')).toEqual(['Mr.']);
  });
});

describe('roles glued before a name: compounds', () => {
  it('reads the head of a hyphenated role', () => {
    const e = actors('Co-anchor Dana Whitfield asked the first question.').entities.find((x) => x.name === 'Dana Whitfield');
    expect(e?.roles.map((r) => r.text)).toEqual(['Co-anchor']);
  });
});

/** The mentions by description ('the tabloid', 'the governor') joined to the actor of that name. */
const descriptionsOf = (text: string, name: string) => {
  const { index } = actors(text);
  const i = index.actors.findIndex((a) => a.name === name);
  return index.mentions.filter((m) => m.actor === i && m.via === 'description').map((m) => m.text);
};

describe('descriptions of a news body', () => {
  it('links the tabloid, the paper and the news outlet/agency to the outlet named before', () => {
    expect(descriptionsOf('The Daily Planet printed the letter on Monday. The tabloid said it stood by every word.', 'Daily Planet')).toEqual(['The tabloid']);
    expect(descriptionsOf('The Morning Ledger ran the story first. Later the paper said it had checked it twice.', 'Morning Ledger')).toEqual(['the paper']);
    expect(descriptionsOf('Reuters first reported the deal. The news agency said it had asked both sides.', 'Reuters')).toEqual(['The news agency']);
  });
  it('leaves "the paper of …" alone', () => {
    expect(descriptionsOf('Reuters first reported the deal. She read the paper of a rival.', 'Reuters')).toEqual([]);
  });
});

describe('descriptions qualified by a place or body after the role', () => {
  it('does not give "the governor of Maine" to the governor of Vermont, nor a bare "the governor" after it', () => {
    const text = 'Alma Ruiz met Nate Porter, the governor of Vermont, on Monday. The governor of Maine had looked strong. Later the governor said he was tired.';
    const { index } = actors(text);
    const porter = index.actors.findIndex((a) => a.name === 'Nate Porter');
    const after = index.mentions.filter((m) => m.actor === porter && m.span[0] > text.indexOf('Maine'));
    expect(after).toEqual([]);
  });
  it('does not give "the secretary of the Treasury" to a Secretary of State', () => {
    const text = 'Secretary of State Dana Whitfield flew to Beijing. She met the secretary of the Treasury, Colin Hale, that evening.';
    expect(descriptionsOf(text, 'Dana Whitfield')).toEqual([]);
  });
  it('still joins a description to a holder the text ties to no place', () => {
    const text = 'Nate Porter, a senator, spoke first. The senator from Vermont said the bill was dead.';
    expect(descriptionsOf(text, 'Nate Porter')).toEqual(['The senator']);
  });
});

describe('a body written in lower case after its state', () => {
  it('finds the owner of "Norway\'s defence ministry" and "the French foreign ministry"', () => {
    const a = "Norway's defence ministry confirmed it.";
    expect(ownedBodyBefore(a, 'ministry', 0, a.length)).toEqual({ country: 'state:norway' });
    const b = 'Later the French foreign ministry weighed in.';
    expect(ownedBodyBefore(b, 'ministry', 0, b.length)).toEqual({ country: 'state:france' });
  });
  it('finds none where the ministry is named or renamed in an appositive, or owned by no country', () => {
    const a = 'The Ministry of Health said so.';
    expect(ownedBodyBefore(a, 'ministry', 0, a.length)).toBeNull();
    const c = 'Viginum, the French agency that tracks interference, published it.';
    expect(ownedBodyBefore(c, 'agency', 0, c.length)).toBeNull();
    const b = "Acme's compliance department said so.";
    expect(ownedBodyBefore(b, 'department', 0, b.length)).toEqual({ country: null });
  });
});

describe('genders from possessives', () => {
  const genderAfter = (text: string, name: string) => {
    const { sentences } = segment(text);
    const index = findActors(text, sentences);
    learnPossessiveGenders(text, sentences, index);
    return index.actors.find((a) => a.name === name)?.gender;
  };
  it('reads "his" right after the first of several people named', () => {
    expect(genderAfter('Dominique Kerbrat opened the talks. Kerbrat later met his Dutch counterpart, Lotte Visser.', 'Dominique Kerbrat')).toBe('m');
  });
  it('reads nothing from "her" as an object, or from a possessive after someone else is named', () => {
    expect(genderAfter('Dominique Kerbrat opened the talks. Kerbrat thanked her that evening, and Lotte Visser smiled.', 'Dominique Kerbrat')).toBeNull();
    expect(genderAfter('Dominique Kerbrat opened the talks. Kerbrat met Lotte Visser and her husband.', 'Dominique Kerbrat')).toBeNull();
  });
});

describe('roles owned by a country', () => {
  const person = (text: string, name: string) => findActors(text, segment(text).sentences).actors.find((a) => a.name === name)!;
  it('reads the country of a demonym before the role, or of an owner before or after the name', () => {
    expect([...person('The Dutch foreign minister, Lotte Visser, opened the talks.', 'Lotte Visser').countries]).toEqual(['state:netherlands']);
    expect([...person("Norway's defence minister, Lotte Visser, opened the talks.", 'Lotte Visser').countries]).toEqual(['state:norway']);
    expect([...person("Lotte Visser, Norway's defence minister, opened the talks.", 'Lotte Visser').countries]).toEqual(['state:norway']);
    expect([...person("Lotte Visser, Norway's defence minister, opened the talks.", 'Lotte Visser').roleWords]).toContain('minister');
  });
  it('gives no one the title of the owner of their role', () => {
    const lee = person("Ann Lee, President Carl Osborn's former adviser, spoke first.", 'Ann Lee');
    expect([...lee.roleWords]).toEqual(['adviser']);
    expect(holdsRole(lee.roleWords, lee.roles.map((r) => r.text), 'president')).toBe(false);
  });
});

describe('a speaker named by a body the index knows', () => {
  it('is that body, not a second actor of the same name', () => {
    const text = 'Earlier, the UK National Cyber Security Centre said that hackers had targeted political parties.';
    const ex = extractDocument({ text, ...segment(text), meta: { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news', url: null } });
    expect(ex.entities.filter((e) => e.name === 'National Cyber Security Centre' || e.aliases.includes('National Cyber Security Centre'))).toHaveLength(1);
    expect(ex.statements.map((s) => s.speaker)).toEqual(['NCSC']);
  });
});

describe('descriptions of a news body: print nouns', () => {
  it('gives "the paper" no broadcaster named by call letters, and reads no "paper-thin"', () => {
    const { index } = actors('KXTV aired the clip. The Courier printed it too, and the paper said so. The paper-thin case fell apart.');
    const kxtv = index.actors.findIndex((a) => a.name === 'KXTV');
    expect(index.mentions.filter((m) => m.actor === kxtv && m.via === 'description')).toEqual([]);
  });
});

describe('council and assembly titles', () => {
  it('keeps the title out of the name and reads the gender from it', () => {
    const { entities, index } = actors('Councilwoman Ivy Lamb said the vote was a mistake.');
    expect(entities.find((e) => e.name === 'Ivy Lamb')?.roles.map((r) => r.text)).toEqual(['Councilwoman']);
    expect(index.actors.find((a) => a.name === 'Ivy Lamb')?.gender).toBe('f');
  });
});

describe('a head word ending the name of a thing', () => {
  it('finds no body in "the State of the Union address", but keeps "the Chairman of the Committee"', () => {
    expect(actors('In the State of the Union address, the president spoke about jobs.').entities.map((e) => e.name)).toEqual([]);
    expect(actors('The Chairman of the Committee said no.').entities.map((e) => e.name)).toContain('Committee');
  });
});

describe('a name made a modifier by its suffix before another name', () => {
  it('keeps "Mara Lind-led" out of the party’s name', () => {
    const names = actors('The Mara Lind-led Progress Party met on Monday.').entities.map((e) => e.name);
    expect(names).toContain('Progress Party');
    expect(names.some((n) => n.includes('Lind'))).toBe(false);
  });
});

describe('a place of several words qualifying a role', () => {
  it('keeps the whole place in the role: "New York businessman"', () => {
    const e = actors('The rival, New York businessman Peter Hansen, spoke.').entities.find((x) => x.name === 'Peter Hansen');
    expect(e?.roles.map((r) => r.text)).toEqual(['New York businessman']);
  });
});

describe('roles as papers write them (helper U3)', () => {
  const rolesOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.roles.map((r) => r.text) ?? [];

  it('keeps a body of two or three words whole before a role noun: "Fox News anchor", not "News anchor"', () => {
    expect(rolesOf('Fox News anchor Dana Whitfield asked the first question.', 'Dana Whitfield')).toEqual(['Fox News anchor']);
    expect(rolesOf('Amnesty International spokesman Olu Bakare said the camp was overcrowded.', 'Olu Bakare')).toEqual(['Amnesty International spokesman']);
    expect(rolesOf('The talks went on. White House spokesman Pete Lorne said they would resume.', 'Pete Lorne')).toEqual(['White House spokesman']);
  });

  it('takes no qualifier over an abbreviation that may end a sentence ("… & Co. Obama adviser")', () => {
    expect(rolesOf('He went to Hadley & Co. Obama adviser Ben Rusk took a job at a bank.', 'Ben Rusk')).toEqual(['Obama adviser']);
  });

  it('takes no role from a relative clause after the name', () => {
    expect(rolesOf('Mark Tolland, whose own affair with Dana Cole and his split from his first wife, Ina Tolland, made the papers, said little.', 'Mark Tolland')).toEqual([]);
    expect(rolesOf('Rita Vance, who is the daughter of the founder, spoke first.', 'Rita Vance')).toEqual(['the daughter']);
  });

  it('takes the role noun from the head of an apposition, not from its "of …" tail', () => {
    expect(rolesOf('Ada Moss, one of the Senator Platt campaign’s friends, spoke.', 'Ada Moss')).toEqual([]);
    expect(rolesOf('Ada Moss, the chair of the Finance Committee, spoke.', 'Ada Moss')).toEqual(['the chair of the Finance Committee']);
  });
});

describe('armed groups and headline words (helper U3)', () => {
  it('types a rebel army or a militia as an organisation, a state’s army as an agency', () => {
    expect(typeOf('The Free Syrian Army said it had taken the town.', 'Free Syrian Army')).toBe('organisation');
    expect(typeOf('Fighters of the Tarvo Liberation Army crossed the river on Sunday.', 'Tarvo Liberation Army')).toBe('organisation');
    expect(typeOf('The Kessel Militia held the bridge for a week.', 'Kessel Militia')).toBe('organisation');
    expect(typeOf('The Syrian Army said it had taken the town.', 'Syrian Army')).toBe('agency');
    expect(typeOf('The Peoples Liberation Army held drills near the strait.', "People's Liberation Army")).toBe('agency');
  });

  it('ends a name on a title-case first line before an ordinary noun after the surname', () => {
    const text = 'Senator Declines to Reject Lindsey Graham Endorsement.\n\nSen. Lindsey Graham said he backed the governor.';
    expect(people(text)).toEqual(['Lindsey Graham']);
  });

  it('finds no body in a headline run ending in a role noun after its head word', () => {
    const text = 'Reports Reveal Reason Behind Mayor’s Firing Of Campaign Manager.\n\nTom Reyes helped the mayor win in 2014.';
    expect(actors(text).entities.map((e) => e.name)).toEqual(['Tom Reyes']);
  });
});

describe('bodies named twice and bodies side by side (helper U3)', () => {
  it('joins an acronym in another language introduced right after the long name', () => {
    const { entities } = actors('The Alpine Farmers’ League, or BVL, won the vote. Later the BVL said it would go on.');
    const body = entities.find((e) => e.name === 'BVL');
    expect(body?.aliases).toContain('Alpine Farmers’ League');
    expect(entities.filter((e) => e.type !== 'place' && e.type !== 'state')).toHaveLength(1);
  });

  it('keeps two institutions joined by "and" apart, but not a name with "and" inside', () => {
    const names = actors('She studied at Harlow College and Brantley University before she moved.').entities.map((e) => e.name);
    expect(names).toEqual(['Harlow College', 'Brantley University']);
    expect(actors('The Securities and Exchange Commission said so.').entities.map((e) => e.name)).toEqual(['Securities and Exchange Commission']);
  });
});

describe('words in capitals (helper U3)', () => {
  const names = (text: string) => actors(text).entities.map((e) => e.name);
  it('takes a stressed or shouted short word for no body', () => {
    expect(names('You DID fill in the form, right? The rules keep us ALL safer.')).toEqual([]);
    expect(names('WHAT SAY YOU, VOTERS?\n\nThe count went on.')).not.toContain('SAY');
    expect(names('RADIO GROUP TO BUY PRINT FIRM The deal closed on Monday.')).not.toContain('BUY');
  });
  it('keeps a body’s code next to lower-case words', () => {
    expect(names('The show aired on BET on Tuesday night.')).toContain('BET');
    expect(names('Take a look at what PFF said about his game.')).toContain('PFF');
  });
  it('ends a name in capitals before a headline verb in capitals', () => {
    expect(people('PARTY CHAIR MARA QUILL RESIGNS After weeks of criticism she left.')).toEqual(['MARA QUILL']);
  });
});

describe('names written family name first, and sentence adverbs (helper U3)', () => {
  it('joins a bare family name to the one person named with it first ("Liu Xiaming … Liu said")', () => {
    const { entities } = actors('The ambassador Liu Xiaming said the talks were over. Liu said the army was ready.');
    const liu = entities.filter((e) => e.type === 'person');
    expect(liu.map((e) => e.name)).toEqual(['Liu Xiaming']);
    expect(liu[0].mentions.map((m) => m.text)).toContain('Liu');
  });

  it('finds a name after a place when it "has said" something', () => {
    expect(people('The envoy to Britain Liu Xiaming has said that no deal was near.')).toEqual(['Liu Xiaming']);
  });

  it('leaves a sentence adverb the lexicon does not know out of the name after it', () => {
    const text = 'Oskar Brandt owns the mill. Interestingly Brandt, a quiet man, became the voice of the town.';
    expect(people(text)).toEqual(['Oskar Brandt']);
  });
});

describe('appositive roles with a body’s name (helper U3)', () => {
  const rolesOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.roles.map((r) => r.text) ?? [];
  it('reads up to three capitalised words after the article', () => {
    expect(rolesOf('Dana Whitfield, a Fox News anchor, asked the first question.', 'Dana Whitfield')).toEqual(['a Fox News anchor']);
    expect(rolesOf('Olu Bakare, the Amnesty International spokesman, said the camp was full.', 'Olu Bakare')).toEqual(['the Amnesty International spokesman']);
  });
  it('stops before a relative clause', () => {
    expect(rolesOf('Bo Kerrigan, a Tennessee Republican who has met with the mayor, said no.', 'Bo Kerrigan')).toEqual([]);
  });
});

describe('headline words after a full name (helper U3)', () => {
  it('ends the name before an ordinary word on a title-case first line', () => {
    expect(people('Ada Brook, Tom Weller Wear Red Hats at Rally.\n\nThe two came late.')).toEqual(['Ada Brook', 'Tom Weller']);
    expect(people('Do Not Let the Media and Tom Weller Tell You He Won.\n\nHe came third.')).toEqual(['Tom Weller']);
  });
});

describe('a saint’s possessive inside a name (helper U3)', () => {
  it('keeps "St. Anselm’s College" and "Saint Mary’s Hospital" whole', () => {
    expect(actors('The debate was held at St. Anselm’s College on Monday.').entities.map((e) => e.name)).toEqual(['St. Anselm’s College']);
    expect(typeOf('She was taken to Saint Mary’s Hospital last night.', 'Saint Mary’s Hospital')).toBe('organisation');
  });
});

describe('"for a" inside a body’s name (helper U3)', () => {
  it('reads past an article after "for" when a capitalised word follows', () => {
    expect(actors('The Council for a Cleaner Harbour said the tide was high.').entities.map((e) => e.name)).toEqual(['Council for a Cleaner Harbour']);
    expect(actors('He led the Council for a second time.').entities.map((e) => e.name)).toEqual(['Council']);
  });
});

describe('"and" after an acronym joins two bodies (helper U4)', () => {
  const names = (text: string) => actors(text).entities.map((e) => e.name).sort();
  it('splits "the XRB and the QFTU" and "XRB and the Harbour Board" at "and the"', () => {
    expect(names('The leak hit the XRB and the QFTU last week.')).toEqual(['QFTU', 'XRB']);
    expect(names('Funds from the XRB and the Harbour Board were frozen.')).toEqual(['Harbour Board', 'XRB']);
  });
  it('splits an acronym and a name with a head word after plain "and"', () => {
    expect(names('Analysts named ZBK and Lorvane Bank as the winners.')).toEqual(['Lorvane Bank', 'ZBK']);
  });
});

describe('people named with a role in capitals or their body after "of" (helper U4)', () => {
  it('confirms an unknown full name by a capitalised role apposition', () => {
    expect(typeOf('Dhruvan Keskar, Head of Research at Orvex Securities, pointed out that stocks rose.', 'Dhruvan Keskar')).toBe('person');
    expect(typeOf('Traders were calm, said Tavish Omondo, Director, Orvex Securities.', 'Tavish Omondo')).toBe('person');
  });
  it('confirms a name after a speech verb with its body after "of", also after a noun-like verb following a quote', () => {
    expect(typeOf('“Prices held,” said Sunniva Oerlund of Hestmark Capital.', 'Sunniva Oerlund')).toBe('person');
    expect(typeOf('“We rebuilt the model,” comments Marit Vandeloo of the Tarvel Statistics Office.', 'Marit Vandeloo')).toBe('person');
  });
  it('reads a title before another name, or an honorific, as no apposition', () => {
    expect(people('The tour stops in Carvel, Ostland, Mayor Dana Pike and her staff said.')).not.toContain('Ostland');
    expect(people('Rena Dace of Tulloch, Miss., said the road was shut.')).not.toContain('Tulloch');
  });
  it('types a speaker added late by its apposition or its body after "of", not as an organisation', () => {
    const text = 'Okoye Brann, its acting chairman, spoke. Hal Tesk of the Vorn Group spoke.';
    const { index } = actors(text);
    const a = addAdHocActor(index, text, [0, 'Okoye Brann'.length]);
    const at = text.indexOf('Hal Tesk');
    const b = addAdHocActor(index, text, [at, at + 'Hal Tesk'.length]);
    expect(index.actors[a!].type).toBe('person');
    expect(index.actors[b!].type).toBe('person');
    const group = 'Ostmark Decisions, a polling group, said so.';
    const g = actors(group).index;
    expect(g.actors[addAdHocActor(g, group, [0, 'Ostmark Decisions'.length])!].type).toBe('organisation');
  });
});

describe('companies by their apposition, suffix or noun before them (helper U4)', () => {
  const typeAfterReview = (text: string, name: string) => {
    const r = extractDocument({ text, ...segment(text), meta: { title: null, outlet: null, byline: null, published: null, language: 'en', kind: 'news', url: null } });
    return r.entities.find((e) => e.name === name)?.type;
  };
  it('reads "a global producer of medical technology" as a firm, "a producer of the film" as a person', () => {
    expect(typeOf('The deal was signed with Vorlag, a global producer of medical and safety technology, on Monday. Vorlag said it would hire.', 'Vorlag')).toBe('company');
    expect(typeOf('Sam Tull, a producer of the film, said it was hard.', 'Sam Tull')).toBe('person');
  });
  it('reads a legal suffix after a comma as a company’s', () => {
    expect(typeOf('Shares of Kestrel Widgets, Inc. rose on Friday.', 'Kestrel Widgets')).toBe('company');
    expect(typeOf('Ken Ames, who runs sales for Vorlag, Inc., spoke. Vorlag later said it would hire.', 'Vorlag')).toBe('company');
  });
  it('reads a company noun before a lone name as a company, also opening the sentence', () => {
    expect(typeAfterReview('Keyboard case maker Brydle had to go back to the drawing board. Brydle proved it was up for the challenge.', 'Brydle')).toBe('company');
    expect(typeAfterReview('A new game is coming. Developer Valvo called it "a flagship game."', 'Valvo')).toBe('company');
  });
});

describe('names with a generation suffix, and listed short names inside longer ones (helper U4)', () => {
  it('joins a bare surname to the one person named in full with Jr., Sr. or IV', () => {
    const { entities } = actors('Marlon T. Ostby Jr., the county prosecutor, said the case mattered. Later Ostby said he would appeal.');
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.aliases])).toEqual([['Marlon T. Ostby Jr.', ['Ostby']]]);
  });
  it('leaves the bare surname to a person named without the suffix', () => {
    const names = actors('Dane Ostby and Dane Ostby Jr. arrived. Ostby said nothing.').entities.filter((e) => e.type === 'person');
    expect(names.find((e) => e.name === 'Dane Ostby Jr.')?.aliases ?? []).not.toContain('Ostby');
  });
  it('reads "the Bureau of Prisons" whole, not as a listed "the Bureau" and a person "Prisons"', () => {
    const { entities } = actors('"The Bureau of Prisons must answer," he said. The Bureau of Prisons did not respond.');
    expect(entities.map((e) => `${e.type} ${e.name}`)).toEqual(['agency Bureau of Prisons']);
  });
});

describe('codes of things, measures and currencies are no bodies (helper U4)', () => {
  it('finds no actor in HDMI, DVI, EBITDA, a currency code or a network standard', () => {
    expect(actors('Plug in an HDMI or DVI monitor; the phone supports GSM and CDMA.').entities).toEqual([]);
    expect(actors('Sales and EBITDA rose, while the euro EUR= gained 0.05% and CPI data were flat.').entities).toEqual([]);
  });
});

describe('titles and roles before a name, and names the quote stage adds late (helper U4)', () => {
  const role = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.roles.map((r) => r.text);
  it('reads a long office title after a party word ("Republican National Committee Chairman …")', () => {
    expect(role('The pressure grew as Republican National Committee Chairman Tam Vorhees said so.', 'Tam Vorhees')).toEqual(['Republican National Committee Chairman']);
  });
  it('takes a first name the lexicon reads as a word after a title ("Minority Whip Dick …")', () => {
    expect(role('He spoke. Senate Minority Whip Dick Ostrander said no.', 'Dick Ostrander')).toEqual(['Senate Minority Whip']);
  });
  it('reads a capitalised role noun opening a sentence before a name as a role', () => {
    expect(people('It was reported live. Reporter Jomana Kelleth says the city is calm.')).toEqual(['Jomana Kelleth']);
    expect(people('Liberal Oscar-winner Tarrandon is unsure.\n\nShe said so.')).not.toContain('Oscar-winner Tarrandon');
  });
  it('adds a speaker after a body’s possessive as the person, and a particle’s case or a shared tail as named', () => {
    const text = 'Bill de Vasto met Anna Le Quen and Paul Le Quen. De Vasto spoke. Le Quen spoke. New Gazette’s Jeet Harlow spoke. Cleveland’s Plain Dealer spoke.';
    const { index } = actors(text);
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    expect(index.actors[addAdHocActor(index, text, span('De Vasto'))!].name).toBe('Bill de Vasto');
    const at = text.indexOf('Le Quen spoke');
    expect(addAdHocActor(index, text, [at, at + 'Le Quen'.length])).toBeNull();
    const heer = addAdHocActor(index, text, span('New Gazette’s Jeet Harlow'))!;
    expect([index.actors[heer].name, index.actors[heer].type]).toEqual(['Jeet Harlow', 'person']);
    expect(index.actors[addAdHocActor(index, text, span('Cleveland’s Plain Dealer'))!].type).not.toBe('person');
  });
});

describe('a journal the text introduces as one (helper U4)', () => {
  it('is a paper, whole, whatever head word or verb-like word its name holds', () => {
    expect(typeOf('The results appear in the journal Quarterly Notes of the Royal Geodetic Society.', 'Quarterly Notes of the Royal Geodetic Society')).toBe('media');
    expect(typeOf('It was described in the journal Varden Medicine last week.', 'Varden Medicine')).toBe('media');
    expect(typeOf('A case report was published in the journal OKJ Case Reports on Monday.', 'OKJ Case Reports')).toBe('media');
  });
});

describe('roles written with capitals after a name (helper U4)', () => {
  const rolesOf = (text: string, name: string) => actors(text).entities.find((e) => e.name === name)?.roles.map((r) => r.text) ?? [];
  it('keeps "Head of Research at …", "Director" and "Senior Vice President of Sales for …" as roles', () => {
    expect(rolesOf('Dhruvan Keskar, Head of Research at Orvex Securities, pointed out that stocks rose.', 'Dhruvan Keskar')).toEqual(['Head of Research at Orvex Securities']);
    expect(rolesOf('"Prices held," said Tavish Omondo, Director, Orvex Securities.', 'Tavish Omondo')).toEqual(['Director']);
  });
  it('takes no honorific, party member or other person for a role', () => {
    expect(rolesOf('Senator Dale Ferrin, Republican of Ostland, voted no.', 'Dale Ferrin')).toEqual(['Senator']);
    expect(rolesOf('Among them were Rena Dace, Kevin Bishop and others.', 'Rena Dace')).toEqual([]);
  });
});

describe('a speaker name that ends a longer capitalised name (helper U4)', () => {
  it('is no speaker of its own after "for"/"of"', () => {
    const text = 'The Northern Ostland High Commissioner for Coastal Affairs said the tide was high.';
    const { index } = actors(text);
    const at = text.indexOf('Coastal Affairs');
    expect(addAdHocActor(index, text, [at, at + 'Coastal Affairs'.length])).toBeNull();
  });
});

describe('late speakers: "who" after the name, a co-role, a day (helper U4)', () => {
  const late = (text: string, name: string) => {
    const { index } = actors(text);
    const at = text.indexOf(name);
    const id = addAdHocActor(index, text, [at, at + name.length]);
    return id === null ? null : index.actors[id].type;
  };
  it('types "X Y, who …" and "X Y, co-director of …" as people', () => {
    expect(late('“We lost,” said Al Fromm, who helped found the council.', 'Al Fromm')).toBe('person');
    expect(late('“It is bad,” said Dean Barker, co-director of the Ostland Budget Centre.', 'Dean Barker')).toBe('person');
  });
  it('finds no speaker in a day’s name', () => {
    expect(late('Voters going to the polls on Super Tuesday said they were tired.', 'Super Tuesday')).toBeNull();
  });
});

describe('a body noun before a name opening with an acronym (helper U4)', () => {
  it('makes the name that body', () => {
    expect(typeOf('Global financial firm QR Halvorsen had called the ruling a landmark.', 'QR Halvorsen')).toBe('company');
    expect(typeOf('the firm Ann Lee founded grew fast.', 'Ann Lee')).not.toBe('company');
  });
});

describe('party labels', () => {
  it('reads no person in the state of a party label ("Ada Brisk, R-S.C., a former mayor")', () => {
    expect(people('Sen. Ada Brisk, R-S.C., a former mayor, said the ferry was late. Rep. Tom Holt, R-W.Va., agreed.')).toEqual(['Ada Brisk', 'Tom Holt']);
  });
});

describe('compounds of ordinary words', () => {
  it('a hyphenated compound of ordinary words opening the sentence is no first name ("Day-by-day Holt\'s …")', () => {
    expect(people('Mayor Ada Holt spoke first. Day-by-day Holt\'s plan has drawn more critics.')).toEqual(['Ada Holt']);
  });
});

describe('an uncertain name confirmed once', () => {
  it('is the same person where it stands without a cue ("Tun Myat, 70, said …" then "Tun Myat\'s fate")', () => {
    const { entities } = actors('Tun Myat, 70, said it was too early. Tun Myat\'s fate is still unclear.');
    expect(entities.find((e) => e.name === 'Tun Myat')?.mentions.length).toBe(2);
  });
});

describe('first names spelt like places and demonyms', () => {
  it('a city the lexicon knows is no first name and its first word no role ("the San Francisco Ledger")', () => {
    const { entities } = actors('The San Francisco Ledger reported the closure on Monday. Crowds filled the San Antonio Riverwalk.');
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(typeOf('The San Francisco Ledger reported the closure on Monday.', 'San Francisco Ledger')).toBe('media');
  });
  it('a one-word country before a surname is a first name, gendered only by a name that is one ("Chad Smith", "Jordan Reynolds")', () => {
    const { index } = actors('On Sunday, Chad Smith said the dam would hold. Jordan Reynolds, a farmer, agreed. Chad Brelsky did not.');
    expect(index.actors.map((a) => [a.name, a.type, a.gender])).toEqual([
      ['Chad Smith', 'person', 'm'],
      ['Jordan Reynolds', 'person', null],
      ['Chad Brelsky', 'person', 'm'],
    ]);
  });
  it('not a country before a surname that opens a longer name ("the envoy to Britain Liu Jianhua")', () => {
    const { entities } = actors('The envoy to Britain Liu Jianhua said the talks were over.');
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['United Kingdom', 'state'],
      ['Liu Jianhua', 'person'],
    ]);
  });
  it('a demonym before a lone surname is a first name, and two people sharing the surname stay two', () => {
    const text = '“The crowd loved it,” said German Ortiz, a singer. His brother Pablo Ortiz said they would tour again. German Ortiz says the tour starts in May.';
    expect(people(text).sort()).toEqual(['German Ortiz', 'Pablo Ortiz']);
    expect(actors(text).entities.find((e) => e.name === 'German Ortiz')?.mentions.length).toBe(2);
  });
});

describe('companies named by a first word', () => {
  it('a person’s name before "Productions" is a company’s name, and two such names joined by "and" are two', () => {
    const { entities } = actors('The deal between Halvard Records and Ray Dunmore Productions fell apart on Friday.');
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Halvard Records', 'company'],
      ['Ray Dunmore Productions', 'company'],
    ]);
  });
  it('a company named again without its legal suffix is the same company', () => {
    const { entities } = actors('Kessler Group Inc. bought the mill. Kessler Group said on Monday that it would keep the workers.');
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Kessler Group Inc.', 2]]);
  });
  it('the first word of the one company named with legal or head words after it is that company', () => {
    const { entities } = actors('Snapgrove Inc. cut 200 jobs on Monday. Snapgrove shares fell 5% after the news. Pellworth Holdings bought a rival. Pellworth, the company that owns 30 papers, said the deal was closed.');
    expect(entities.map((e) => [e.name, e.type, e.mentions.filter((m) => m.text !== 'the company').map((m) => m.text)])).toEqual([
      ['Snapgrove Inc.', 'company', ['Snapgrove Inc.', 'Snapgrove']],
      ['Pellworth Holdings', 'company', ['Pellworth Holdings', 'Pellworth']],
    ]);
  });
  it('not when two companies open with the word, nor when a person named in full carries it', () => {
    const two = actors('Snapgrove Inc. cut jobs. Snapgrove Capital sold shares. Snapgrove said it would hire again.').entities;
    expect(two.find((e) => e.name === 'Snapgrove Inc.')?.mentions.length).toBe(1);
    expect(people('Ada Pellworth founded Pellworth Holdings in 1990. Pellworth said she would retire.')).toEqual(['Ada Pellworth']);
  });
});

describe('names written family name first', () => {
  it('"Mr." before the first word of such a name is that person ("Xi Wenbo … Mr. Xi")', () => {
    const { entities } = actors('The finance minister, Xi Wenbo, met the envoy on Monday. Mr. Xi said the talks went well.');
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text).filter((t) => t.includes('Xi'))])).toEqual([['Xi Wenbo', ['Xi Wenbo', 'Xi']]]);
  });
  it('not a given name the lexicon knows, nor a first word someone carries as a surname', () => {
    const { entities } = actors('Tom Walker met the envoy on Monday. Mr. Tom said the talks went well.');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tom Walker', 'Tom']);
  });
});

describe('a paper named again with its article', () => {
  it('"The Ledger says" after "The Harbor City Ledger" is that paper', () => {
    const text = 'The Harbor City Ledger says the port will close. The Ledger says 40 jobs will go.';
    const { index } = actors(text);
    const id = addAdHocActor(index, text, [text.indexOf('The Ledger'), text.indexOf('The Ledger') + 'The Ledger'.length]);
    expect(index.actors[id!].name).toBe('Harbor City Ledger');
  });
});

describe('a name opening with an ordinary word, confirmed by an apposition', () => {
  const people = (text: string) => toEntityRecords(findActors(text, segment(text).sentences)).filter((e) => e.type === 'person').map((e) => e.name);
  it('is no person when the apposition names no role: a list item', () => {
    expect(people('They differ on tariffs, Social Security, the minimum wage and guns.')).not.toContain('Social Security');
  });
  it('is a person when the apposition names a role', () => {
    expect(people('The plan came from Sandy Okafor, a longtime Democratic policy maker.')).toContain('Sandy Okafor');
  });
});

describe('a party member word after a place', () => {
  it('describes someone unnamed: "a moderate Indiana Democrat" is no person', () => {
    const text = 'Sen. Joe Donnelly, a moderate Indiana Democrat, voted no. Democrats were split.';
    const people = toEntityRecords(findActors(text, segment(text).sentences)).filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Joe Donnelly']);
  });
});

describe('a sentence adverb alone before a comma', () => {
  it('is no name, though an apposition seems to follow: "Previously, a man who …"', () => {
    const text = 'Voters once cared about such ties. Previously, a man who praised a dictator would have been finished.';
    expect(toEntityRecords(findActors(text, segment(text).sentences)).map((e) => e.name)).toEqual([]);
  });
});

describe('gender from the writer’s pronouns', () => {
  it('counts no pronoun written before the name in its sentence: it is someone named earlier', () => {
    const text = 'Maria Lopez spoke first. After she finished, Dr. Okonkwo took the stage. When she sat down at last, Dr. Okonkwo waved to the crowd.';
    const okonkwo = findActors(text, segment(text).sentences).actors.find((a) => a.name === 'Okonkwo');
    expect(okonkwo?.type).toBe('person');
    expect(okonkwo?.gender).toBeNull();
  });
});

describe('a name set in capitals', () => {
  it('a transcript’s speaker label is the one person named with that surname, not a body', () => {
    const text = 'CNN host Dana Whitlock asked Gov. Mary Fallon about the plan.\n\nWHITLOCK: Governor, do you back it?\n\nFALLON: I do, and I have said so.';
    const records = toEntityRecords(findActors(text, segment(text).sentences));
    expect(records.filter((e) => e.type !== 'person').map((e) => e.name)).toEqual(['CNN']);
    expect(records.find((e) => e.name === 'Mary Fallon')?.mentions.length).toBe(2);
    expect(records.find((e) => e.name === 'Dana Whitlock')?.mentions.length).toBe(2);
  });
});

describe('one name read as two kinds of actor', () => {
  it('a body read by its last word is the person the document names so', () => {
    const text = 'Gov. Nathan Deal signed the order. “No thanks to Nathan Deal,” a pastor said.';
    const records = toEntityRecords(findActors(text, segment(text).sentences));
    expect(records.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['person', 'Nathan Deal', 2]]);
  });
});

describe('a description after a copula or "become"', () => {
  it('is a role said of someone, no mention of the one who holds it', () => {
    const text = 'Republican nominee Donald Trump spoke in Ohio. Voters said that should Hillary Clinton become the nominee, she would win.';
    const index = findActors(text, segment(text).sentences);
    expect(index.mentions.filter((m) => m.via === 'description').map((m) => m.text)).toEqual([]);
  });
});
