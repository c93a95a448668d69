import { describe, it, expect } from 'vitest';
import { segment } from '../../text/segment.js';
import { findActors, toEntityRecords } from './index.js';
import { isBrandSpelling, judgeLoneName, reviewLoneNames } from './lone-names.js';

const typed = (text: string) => {
  const { sentences } = segment(text);
  const index = findActors(text, sentences);
  reviewLoneNames(text, sentences, index);
  return new Map(toEntityRecords(index).map((e) => [e.name, e.type]));
};

describe('single-word names reviewed against their use', () => {
  it('brand spellings are bodies, not people', () => {
    for (const w of ['WeWork', 'SpaceX', 'USB-C', 'G4S', 'KTVX']) expect(isBrandSpelling(w), w).toBe(true);
    for (const w of ['McClatchy', 'DeSantis', 'LaGuardia', 'MacArthur', 'Obama', 'Noem']) expect(isBrandSpelling(w), w).toBe(false);
    expect(typed('Shares of FlexDesk fell. FlexDesk declined to comment on the report.').get('FlexDesk')).toBe('organisation');
  });
  it('a sentence adverb or a silent ordinary word names no one', () => {
    const t = typed('Prices rose in March. Separately, the bank cut its forecast.\n\nMix 1 Green, 1 Purple and 1 tsp of oil. Add 1 Green again.');
    expect(t.has('Separately')).toBe(false);
    expect(t.has('Green')).toBe(false);
    expect(t.has('Purple')).toBe(false);
  });
  it('a word after "the" with nothing after it is a thing, or a team when plural', () => {
    const t = typed('The probe will orbit the Moon next year. Engineers want to land on the Moon by 2030.\n\nThe Harriers had no answer in the second half, and the Harriers lost 3-0.');
    expect(t.has('Moon')).toBe(false);
    expect(t.get('Harriers')).toBe('organisation');
  });
  it('a speaker whose things are "its" is a body; one with his or her stays a person', () => {
    const t = typed('Kestrova reported a loss for the year. Kestrova said its costs had doubled.\n\nVance criticised the plan on Monday. Vance said his office would review it.');
    expect(t.get('Kestrova')).toBe('organisation');
    expect(t.get('Vance')).toBe('person');
  });
  it('a surname that speaks, or that a role noun introduces, stays a person', () => {
    const t = typed('“We will appeal,” Okonjo said on Friday. Okonjo added that the ruling was unfair.\n\nShe spoke about her son Beau, who served overseas. Beau was 46.');
    expect(t.get('Okonjo')).toBe('person');
    expect(t.get('Beau')).toBe('person');
  });
});

describe('nouns that belong to a body', () => {
  it('"Brevik models" makes the name a body', () => {
    const t = typed('Brevik is hoping a sleek redesign will win buyers back. Sales of older Brevik models fell by a third. Brevik has not said when the car goes on sale.');
    expect(t.get('Brevik')).toBe('organisation');
  });
});

describe('a title alone', () => {
  it('is no one’s name', () => {
    const t = typed('Critics say this is a President who ignores advice. The President said on Monday that he disagreed.');
    expect(t.has('President')).toBe(false);
  });
});

describe('nouns that introduce a body', () => {
  it('"beauty company Lumora" makes the name a company, not a surname', () => {
    const t = typed('Beauty company Lumora is breaking out. Lumora is up 40% this year after a deal with a reality star.');
    expect(t.get('Lumora')).toBe('company');
  });
});

describe('abbreviations', () => {
  it('dotted initials of three letters are a body; a place or suffix abbreviation is no one', () => {
    const t = typed('The F.B.I. opened an inquiry. Agents of the F.B.I. searched the house in Trenton, N.J., on Friday.\n\nThe family moved to Tampa, Fla., in 2010. Fla. officials declined to comment.');
    expect(t.get('F.B.I.')).not.toBe('person');
    expect(t.get('N.J.')).not.toBe('person');
    expect(t.get('Fla.')).not.toBe('person');
  });
});

describe('datelines', () => {
  it('a word in capitals opening its paragraph before ", S.C." or "(AP)" is the place of writing', () => {
    const t = typed('DAYTON, Ohio (AP) — The Latest on the race.\n\nSupporters lined up for hours.');
    expect(t.get('Dayton')).toBe('place');
  });
});

describe('a one-word name shown to be a company', () => {
  it('by the role or the shares "of" it', () => {
    expect(typed('Mara Quinn, the former CEO of Pellworth, said the deal was fine. Pellworth said nothing.').get('Pellworth')).toBe('company');
    expect(typed('Shares of Quorvane fell 5 percent. Quorvane said the drop was temporary.').get('Quorvane')).toBe('company');
  });
  it('as the first word of the one company the document names in full', () => {
    const { sentences } = segment('Zentrix Holdings reported a loss on Monday. Zentrix said it would cut jobs.');
    const text = 'Zentrix Holdings reported a loss on Monday. Zentrix said it would cut jobs.';
    const index = findActors(text, sentences);
    reviewLoneNames(text, sentences, index);
    expect(toEntityRecords(index).map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Zentrix Holdings', 'company', 2]]);
  });
  it('not when the writer calls it "he" or "she"', () => {
    const t = typed('Hallberg Capital bought the site. Hallberg said he liked it.');
    expect(t.get('Hallberg')).toBe('person');
  });
});

describe('words that name no one', () => {
  it('a plural for people the writer does not name, opening its sentence', () => {
    const t = typed('Sources told reporters that the deal was close. Authorities say the road is shut.');
    expect(t.has('Sources')).toBe(false);
    expect(t.has('Authorities')).toBe(false);
  });
  it('an adjective before a noun ("the Democratic establishment")', () => {
    const t = typed('Turnout among Democratic registered voters rose. Later the Democratic establishment said nothing.');
    expect(t.has('Democratic')).toBe(false);
  });
});

describe('a school’s first word', () => {
  it('is the school the document names in full ("Harwick University … the Harwick poll")', () => {
    const text = 'A survey by Harwick University found the race tied. The Harwick poll also found that voters were tired. Harwick conducted its poll by phone.';
    const { sentences } = segment(text);
    const index = findActors(text, sentences);
    reviewLoneNames(text, sentences, index);
    expect(toEntityRecords(index).filter((e) => e.name.startsWith('Harwick')).map((e) => e.name)).toEqual(['Harwick University']);
  });
});

describe('plurals that name no one', () => {
  it('drops a silent plural of an ordinary noun and the plural of a code', () => {
    const t = typed('Arrangements is a set of lamps for the hall. Arrangements was shown in Milan. Super PACs spent more, and PACs were busy.');
    expect(t.has('Arrangements')).toBe(false);
    expect(t.has('PACs')).toBe(false);
  });
  it('keeps a surname spelt like a plural when it speaks', () => {
    expect(typed('Waters said the vote was close. Later Waters was asked again.').get('Waters')).toBe('person');
  });
});

describe('capitalised words that open a quotation, outlets spelt as ordinary words, a city by its noun', () => {
  it('drops indefinite pronouns and sentence adverbs even when a verb of saying follows', () => {
    const t = typed('The mayor spoke for an hour. “Everybody thought the bridge would hold,” she said. Regardless, the council met.');
    expect(t.has('Everybody')).toBe(false);
    expect(t.has('Regardless')).toBe(false);
  });
  it('types a magazine spelt as an ordinary word as media', () => {
    expect(typed('The band broke up in June, Variety reported. Variety said the tour was over.').get('Variety')).toBe('media');
  });
  it('reads a name after "the city of" as a place', () => {
    expect(typed('Crowds gathered in the old port city of Brindavo. Brindavo said nothing, and Brindavo waited.').get('Brindavo')).toBe('place');
  });
  it('reads a plural for unnamed people opening its sentence as no one', () => {
    expect(typed('The plant closed in May. Mourners say the town will not recover.').has('Mourners')).toBe(false);
  });
});

describe('a one-word paper after a capital "The"', () => {
  it('is media when it reports', () => {
    expect(typed('“The count was close,” The Bugle reported. The mayor left early.').get('Bugle')).toBe('media');
  });
});

describe('a one-word name after "called" or "named"', () => {
  it('is a body when a body noun comes before, and a person otherwise', () => {
    expect(typed('The senator was asked about a vitamin maker called Zentrix. The company paid a fine.').get('Zentrix')).toBe('organisation');
    expect(typed('She met a man called Tobias at the bar. Tobias said he was a pilot.').get('Tobias')).toBe('person');
  });
});

describe('a dateline set in capitals', () => {
  it('is a place named as running text writes it, after a comma, a bracket or a spaced hyphen', () => {
    const a = typed('Mayor signs new budget\nBOISE, Idaho (AP) — The mayor of the city signed the budget on Friday.');
    expect(a.get('Boise')).toBe('place');
    const b = typed('Storm closes schools\nCEDAR RAPIDS - Schools across the county closed on Tuesday, officials said.');
    expect(b.get('Cedar Rapids')).toBe('place');
  });
});

describe('words in capitals for roles and things', () => {
  it('are no body', () => {
    const t = typed("A CT scan showed the damage, doctors said. Later her VP pick spoke in Ohio. The POTUS schedule changed.");
    for (const w of ['CT', 'VP', 'POTUS']) expect(t.has(w), w).toBe(false);
  });
});

describe('a team named by its plural', () => {
  it('is a body when a player’s position follows it, even where it speaks', () => {
    const t = typed('Falcons quarterback Reed Omari was hurt on Sunday. The Falcons said he would play next week.');
    expect(t.get('Falcons')).toBe('organisation');
    expect(typed('Mara Okafor said the vote was close. Okafor said she would run again.').get('Mara Okafor')).toBe('person');
  });
});

describe('a plural after "the" (helper U3)', () => {
  it('is a band or a team, no person, even where it speaks', () => {
    const t = typed('Members of the band the Cloudcutters said they would tour again. The Cloudcutters said the album was done.');
    expect(t.get('Cloudcutters')).toBe('organisation');
  });
  it('stays apart from a family named after a surname the text uses', () => {
    const t = typed('Hillary Renwick spoke first. The Renwicks said they would give the land to the town.');
    expect(t.get('Renwicks')).not.toBe('organisation');
  });
});

describe('a surname people named in full carry (helper U4)', () => {
  it('stays a person even where its sentences say "its"', () => {
    const t = typed('Alan Wexby and Dena Wexby split in May. Wexby said its campaign would go on. Wexby said its staff had quit.');
    expect(t.get('Wexby')).toBe('person');
  });
});

describe('a silent capitalised word the text also writes in lower case (helper U4)', () => {
  it('is an ordinary word, no one', () => {
    const t = typed('Frazzlewort is everywhere in the valley. Frazzlewort has spread to four towns.\n\nThe campaign against frazzlewort began in May.');
    expect(t.has('Frazzlewort')).toBe(false);
  });
  it('but not a name whose lower case is only part of a web address', () => {
    const t = typed('Quorvane builds sensors. Quorvane has sold 40,000 units. More at www.quorvane.com.');
    expect(t.has('Quorvane')).toBe(true);
  });
});

describe('capitals joined by an ampersand (helper U4)', () => {
  it('are a firm’s spelling', () => {
    expect(isBrandSpelling('QX&E')).toBe(true);
    expect(typed('QX&E cut power to 50,000 homes. QX&E said the wind was too strong.').get('QX&E')).toBe('organisation');
  });
});

describe('a one-word name with nothing saying a person', () => {
  it('named only in passing, it is no one ("during Divrali", "in Kessel am Ober")', () => {
    const t = typed('Smog thickened during Divrali, the autumn festival. The old mill in Kessel am Ober, a village near the border, was sold.');
    expect(t.has('Divrali')).toBe(false);
    expect(t.has('Ober')).toBe(false);
  });
  it('a word that reports, with no person around it, is a paper or a site', () => {
    const t = typed('The director is in talks to make the film, according to reports from Slateline. Slateline reports that shooting starts in May.');
    expect(t.get('Slateline')).toBe('media');
  });
  it('still a person with an age, "who", a role noun, a person’s things or he/she around it', () => {
    const judge = (text: string, name: string) => {
      const at = text.indexOf(name);
      return judgeLoneName(text, name, [[at, at + name.length]], [[0, text.length]]);
    };
    expect(judge('Brandow, 33, was held overnight.', 'Brandow')).toBe('person');
    expect(judge('Officers met Quillane, who lives nearby.', 'Quillane')).toBe('person');
    expect(judge('The meeting with senator Ostrava ran late.', 'Ostrava')).toBe('person');
    expect(judge('Tesker’s attorney was not in court.', 'Tesker')).toBe('person');
    expect(judge('Nobody knew Velloc. He left early.', 'Velloc')).toBe('person');
    expect(judge('Morvath has decided to run again.', 'Morvath')).toBe('person');
    expect(judge('Nobody knew Velloc. It was closed.', 'Velloc')).toBe('not-an-actor');
  });
});
