// Actor types from the head word of a name, on sentences of our own.
import { describe, it, expect } from 'vitest';
import { segment } from '../../text/segment.js';
import { findActors, toEntityRecords } from './index.js';

const types = (text: string) => new Map(toEntityRecords(findActors(text, segment(text).sentences)).map((e) => [e.name, e.type]));

describe('head words', () => {
  it('a street or a square is a place, even with an unknown first word', () => {
    const t = types('The senator and her rival agree on college costs, Wall Street, the minimum wage and more. Crowds gathered in Tiananmen Square.');
    expect(t.get('Wall Street')).toBe('place');
    expect(t.get('Tiananmen Square')).toBe('place');
  });
  it('a first name before such a word still makes a person who speaks', () => {
    expect(types('“I was happy,” Della Street said after the verdict.').get('Della Street')).toBe('person');
  });
});

describe('the head of a longer name', () => {
  it('is its last head word, before any of/for/on', () => {
    const t = types('Shares of Bridge Street Bank fell. The Securities and Exchange Commission opened an inquiry. The Ministry of Foreign Affairs said it was concerned. Kotak Institutional Equities cut its target. Fans filled the Shoreline Amphitheatre.');
    expect(t.get('Bridge Street Bank')).toBe('company');
    expect(t.get('Securities and Exchange Commission')).toBe('organisation');
    expect(t.get('Ministry of Foreign Affairs')).toBe('agency');
    expect(t.get('Kotak Institutional Equities')).toBe('company');
    expect(t.get('Shoreline Amphitheatre')).toBe('place');
  });
  it('a run taken into a longer name is no name of its own', () => {
    const t = types('The Ministry of Foreign Affairs said it was concerned.');
    expect(t.has('Foreign Affairs')).toBe(false);
  });
});

describe('Arabic names with a joined article', () => {
  it('"al-Assad" belongs to the name, and "Assad" alone is the same person', () => {
    const text = 'Syrian President Bashar al-Assad met the envoy on Monday. Assad said the war was over.';
    const people = toEntityRecords(findActors(text, segment(text).sentences)).filter((e) => e.type === 'person');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Bashar al-Assad', 2]]);
  });
});

describe('where a body is', () => {
  it('"in <place>" after a body’s name is no part of it', () => {
    const t = types('Scientists at the Goddard Space Flight Center in Greenbelt, Maryland, led the study.');
    expect(t.get('Goddard Space Flight Center')).toBe('organisation');
  });
});

describe('"the company" refers back to the body that acts', () => {
  it('not to a body named as the label of something else ("a Netflix documentary")', () => {
    const text = 'The singer accused Harbor Records of blocking a Netflix documentary about her. The company denied the claim on Friday.';
    const index = findActors(text, segment(text).sentences);
    const described = index.mentions.find((m) => m.via === 'description');
    expect(described && index.actors[described.actor].name).toBe('Harbor Records');
  });
});

describe('names with particles', () => {
  it('"Von der Leyen" opening a sentence is the "Ursula von der Leyen" named before', () => {
    const text = 'Ursula von der Leyen spoke in Brussels on Monday. Von der Leyen said the plan would work.';
    const people = toEntityRecords(findActors(text, segment(text).sentences)).filter((e) => e.type === 'person');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Ursula von der Leyen', 2]]);
  });
});

describe('a place that names an institution', () => {
  it('is part of the name before an institution head ("Kenya Airways") or after its "of" ("University of Ghana")', () => {
    const t = types('A pilot for Kenya Airways said the plane was late. Officials at the University of Ghana agreed.');
    expect(t.get('Kenya Airways')).toBe('company');
    expect(t.get('University of Ghana')).toBe('organisation');
    expect(t.has('Kenya')).toBe(false);
    expect(t.has('University')).toBe(false);
  });
  it('a name taken into a longer body’s name is no name of its own', () => {
    const t = types('Jon Tamm, a fellow at the Policy Council of British Columbia, said the tax worked. British Columbia’s economy grew.');
    expect(t.get('Policy Council of British Columbia')).toBe('organisation');
    expect(t.has('Columbia')).toBe(false);
  });
});

describe('regions abroad are places', () => {
  it('a listed region with a hyphen, which speaks', () => {
    expect(types('Lawmakers in Schleswig-Holstein said the ferry would run.').get('Schleswig-Holstein')).toBe('place');
  });
});

describe('a name written after "in"', () => {
  it('an unknown name of several words, always after "in", is a place, though "who" follows it', () => {
    const t = types('Authorities in Kessel Vale announced a curfew. The mayor spoke to reporters in Kessel Vale, who asked about the curfew.');
    expect(t.get('Kessel Vale')).toBe('place');
  });
  it('a one-word name nobody carries, after "in" as often as not, is a place', () => {
    const t = types('The flood in Brevik drew rebukes. "I don\'t see how Brevik would recover," she said. Rescuers worked in Brevik, where the river rose.');
    expect(t.get('Brevik')).toBe('place');
  });
  it('not a person whose surname also stands alone', () => {
    const t = types('The campaign found a new leader in Osric Penhallow, the party’s former nominee. Penhallow said he was ready.');
    expect(t.get('Osric Penhallow')).toBe('person');
  });
});

describe('"and" between two bodies', () => {
  it('after a whole name (a head word, an acronym) starts another actor', () => {
    const t = types('The report listed payments to the Hollis Group and Verano. The deal between the XKL and Moravec was signed.');
    expect(t.get('Hollis Group')).toBe('company');
    expect([...t.keys()].some((n) => n.includes(' and '))).toBe(false);
  });
  it('not inside a head’s "of" part, nor before a head word', () => {
    const t = types('The Office of Rural Health and Outreach declined to comment. The Securities and Exchange Commission agreed.');
    expect(t.get('Office of Rural Health and Outreach')).toBe('agency');
    expect(t.get('Securities and Exchange Commission')).toBe('organisation');
  });
  it('a title and a name end a body’s name', () => {
    const t = types('The Council on Maritime Trade President Ilse Brandt said the port would reopen.');
    expect(t.get('Council on Maritime Trade')).toBe('organisation');
    expect(t.get('Ilse Brandt')).toBe('person');
  });
});

describe('counties', () => {
  it('a name ending in "County" is a place, even after a first name, and an office after it names no one', () => {
    const t = types('Turnout in Harlow County was high, and Alden County voted late. A Harlow County Sheriff’s deputy arrived. Harlow County Clerk Mina Ostrow said the count was done.');
    expect(t.get('Harlow County')).toBe('place');
    expect(t.get('Alden County')).toBe('place');
    expect(t.get('Mina Ostrow')).toBe('person');
    expect(t.has('Harlow County Sheriff')).toBe(false);
  });
});

describe('seas, straits and partnerships', () => {
  it('a sea or strait is a place, also when its name holds a country', () => {
    const t = types('Patrol boats entered the East China Sea on Sunday. A cargo ship later crossed the Taiwan Strait. Divers reached the Coral Reef.');
    expect(t.get('East China Sea')).toBe('place');
    expect(t.get('Taiwan Strait')).toBe('place');
    expect(t.get('Coral Reef')).toBe('place');
  });
  it('a partnership is no person', () => {
    expect(types('The senator voted against the Atlantic Partnership, a trade pact.').get('Atlantic Partnership')).toBe('organisation');
  });
  it('a region whose name holds a country is that region, not the country', () => {
    const t = types("Farmers in China's Inner Mongolia said the drought was the worst in years.");
    expect(t.get('Inner Mongolia')).toBe('place');
    expect(t.has('Mongolia')).toBe(false);
  });
});

describe('news outlets', () => {
  it('a business channel is media and keeps its own name', () => {
    const t = types('The minister spoke to CNBC on Monday and to Fox Business on Tuesday.');
    expect(t.get('CNBC')).toBe('media');
    expect(t.get('Fox Business')).toBe('media');
    expect(t.has('Fox News')).toBe(false);
  });
});

describe('two names joined by "and the"', () => {
  it('stay two names after a whole first name', () => {
    const t = types('She once backed the Pacific Rim Partnership and the Clean Water Act, her aide said.');
    expect(t.get('Pacific Rim Partnership')).toBe('organisation');
    expect(t.get('Clean Water Act')).toBe('initiative');
  });
});

describe('a capital "The" inside a sentence', () => {
  it('opens the title of a paper or a body, not a person', () => {
    const t = types('The mayor resigned, as The Lantern reported on Monday. She later told The Beacon that she was tired. Her aide moved to The Hague and read The Quiet Harbour.');
    expect(t.get('The Lantern')).toBe('media');
    expect(t.get('The Beacon')).toBe('media');
    expect(t.get('The Hague')).toBe('place');
    expect([...t.values()]).not.toContain('person');
    expect(t.has('The Quiet Harbour')).toBe(false);
    expect(types('As The Lantern noted, the mayor resigned.').get('The Lantern')).toBe('media');
  });
});

describe('a name right after a noun for a paper or a site', () => {
  it('is that outlet', () => {
    const t = types('The family lived abroad, the news site Kresto Info reported. The tabloid Marnik wrote that he had left, pollster Ana Ruiz said.');
    expect(t.get('Kresto Info')).toBe('media');
    expect(types('Ana Ruiz wrote for the website Pelikan until May.').get('Pelikan')).toBe('media');
    expect(t.get('Ana Ruiz')).toBe('person');
  });
});

describe('UN programmes', () => {
  it('are organisations under one name, whatever the spelling', () => {
    const t = types('The World Food Program said aid was cut. Later the World Food Programme said it had resumed.');
    expect(t.get('World Food Programme')).toBe('organisation');
    expect(t.size).toBe(1);
  });
});

describe('health programmes and a pollster', () => {
  it('are no persons', () => {
    const t = types('Obamacare helped them, Ana Ruiz said. Medicaid pays for it. Gallup found that most agreed.');
    expect(t.get('Affordable Care Act')).toBe('initiative');
    expect(t.get('Medicaid')).toBe('initiative');
    expect(t.get('Gallup')).toBe('company');
  });
});

describe('labels and campuses', () => {
  it('a head word before a single letter is a label, no body ("Group D", "Plan B")', () => {
    const t = types('Norway beat Malta 3-0 to win Group D. Wales (Group A) went through. Plan B was dropped.');
    expect([...t.keys()].filter((n) => /Group|Plan/.test(n))).toEqual([]);
    expect(t.get('Norway')).toBe('state');
  });
  it('a university named for a system, a comma and its campus town is one name', () => {
    const t = types('She trained at the University of California, San Diego, before moving. Staff at the University of Texas, Austin and Rice agreed.');
    expect(t.get('University of California, San Diego')).toBe('organisation');
    expect(t.has('San Diego')).toBe(false);
    expect(t.get('University of Texas')).toBe('organisation');
  });
});

describe('places named after people', () => {
  it('a name before "hospital" or "airport", nowhere said to be someone, is that institution or place', () => {
    const t = types('The senator flew to Harlan Voss hospital on Saturday. The visit to Harlan Voss was not on his schedule. Delays hit John Brandt airport.');
    expect(t.get('Harlan Voss')).toBe('organisation');
    expect(t.get('John Brandt')).toBe('place');
  });
  it('not a person named by surname too, nor one who speaks', () => {
    const t = types('Dana Loft said the ward was full. Students at the Dana Loft school agreed. Ivo Prenn runs the firm. Prenn said the Ivo Prenn building would be sold.');
    expect(t.get('Dana Loft')).toBe('person');
    expect(t.get('Ivo Prenn')).toBe('person');
  });
});

describe('laws and state codes', () => {
  it('a first name before a law’s head is the law, even before an apposition ("the Dorian Act, the clause")', () => {
    const t = types('The list ran on: the Dorian Act, the emoluments clause, the tax returns. Steven Law, the group’s head, said it would spend more.');
    expect(t.get('Dorian Act')).toBe('initiative');
    expect(t.get('Steven Law')).toBe('person');
  });
  it('a state’s code after a town and a comma is no body ("Mountain View, CA")', () => {
    const t = types('The tour stops at the Harbor Amphitheatre at Mountain View, CA for a hometown show. Write to P.O. Box 1234, Los Angeles, CA 90069.');
    expect(t.has('CA')).toBe(false);
    expect(t.get('Harbor Amphitheatre')).toBe('place');
  });
});

describe('halls and arenas', () => {
  it('a hall for shows or games is a place ("Harlow Music Center", "QVB Center", "at Dunmore Center")', () => {
    const t = types('The tour stops at the Harlow Music Center and the QVB Center. The Hawks lost twice at Dunmore Center this week; fans left the Dunmore Center early.');
    expect(t.get('Harlow Music Center')).toBe('place');
    expect(t.get('QVB Center')).toBe('place');
    expect(t.get('Dunmore Center')).toBe('place');
  });
  it('an institution called a center stays a body', () => {
    const t = types('She is a fellow at the Brannock Center. Scientists at the Vellum Space Flight Center agreed.');
    expect(t.get('Brannock Center')).toBe('organisation');
    expect(t.get('Vellum Space Flight Center')).toBe('organisation');
  });
});

describe('titles of works and codes for trades', () => {
  it('a name of several words alone in quotation marks is a work’s title, no one', () => {
    const t = types('The studio owns old fare, including “Peter Dorne” and “Molly Varga.” Fans still love it.');
    expect(t.has('Peter Dorne')).toBe(false);
    expect(t.has('Molly Varga')).toBe(false);
  });
  it('"PR" is a trade, no body; a hall for shows called a park is a place', () => {
    const t = types('Former royal PR aides called it a disaster. July 2 -- Harbor Credit Union Music Park, Raleigh, NC');
    expect(t.has('PR')).toBe(false);
    expect(t.get('Harbor Credit Union Music Park')).toBe('place');
  });
});

describe('teams named by their place', () => {
  it('a place named as the side in a game’s result, with a score, is a team', () => {
    const t = types('Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night. Eastern Michigan is bowl-eligible.');
    expect(t.get('Eastern Michigan')).toBe('organisation');
    expect(t.get('Northern Illinois')).toBe('organisation');
  });
  it('not without a score, nor a place the text also sets things in', () => {
    const t = types('South Dakota beat the odds on turnout. The Bears improved to 9-2 as Rhode Island fans watched; she moved to Rhode Island in 2001.');
    expect(t.get('South Dakota')).toBe('place');
    expect(t.get('Rhode Island')).toBe('place');
  });
});

describe('bodies named after someone', () => {
  it('a first name and a surname before an institution’s head word make the body, not a person', () => {
    // (A first name the lexicon does not know, then a surname it knows as a first name.)
    const t = types('Money raised by the Tayshaun Graham Foundation went to scholarships, Tom Reyes said. She studied at Zorvan Wallace University.');
    expect(t.get('Tayshaun Graham Foundation')).toBe('organisation');
    expect(t.has('Graham Foundation')).toBe(false);
    expect(t.get('Zorvan Wallace University')).toBe('organisation');
  });
});

describe('a title with "of" inside it', () => {
  it('"Chief of Staff" before a name is the person’s role, not a body "Staff …"', () => {
    const text = 'The memo went to Mayor Chen’s Chief of Staff Dana Whitfield, and White House Deputy Chief of Staff Omar Kessler read it.';
    const records = toEntityRecords(findActors(text, segment(text).sentences));
    const t = new Map(records.map((e) => [e.name, e.type]));
    expect(t.get('Dana Whitfield')).toBe('person');
    expect(t.get('Omar Kessler')).toBe('person');
    expect([...t.keys()].some((n) => n.startsWith('Staff'))).toBe(false);
    expect(records.find((e) => e.name === 'Dana Whitfield')?.roles.map((r) => r.text)).toContain('Chief of Staff');
  });
});

describe('a title-case first line', () => {
  it('a long run of its words drawn in by a head word ("Call") is no body when the text below never names it', () => {
    const t = types('Mayors Call For Calm While Farmers Block Roads Near Harbor City.\n\nFarmers blocked two roads on Monday. The Harbor City Council met later.');
    expect([...t.keys()].filter((n) => n.startsWith('Mayors'))).toEqual([]);
    expect(t.get('Harbor City Council')).toBe('organisation');
  });
  it('a listed name or one the text repeats below stays', () => {
    const t = types('Farmers Union Of Western Provinces Backs Strike.\n\nThe Farmers Union of Western Provinces said it would join.');
    expect(t.get('Farmers Union Of Western Provinces')).toBe('organisation');
  });
});

describe('jails, heights and summits', () => {
  it('a jail named after a county is a body, a district of heights a place, a summit no one', () => {
    const t = types('He was held at the Bartholomew County Jail overnight. She grew up in Maple Heights and in Washington Heights. Leaders met at the Global Water Security Summit. Troops left the Syrian-held Golan Heights.');
    expect(t.get('Bartholomew County Jail')).toBe('organisation');
    expect(t.get('Maple Heights')).toBe('place');
    expect(t.get('Washington Heights')).toBe('place');
    expect(t.has('Global Water Security Summit')).toBe(false);
    expect(t.get('Golan Heights')).toBe('place');
  });
});

describe('a law’s or a plan’s head word', () => {
  it('ends the law’s name: with a word after it, the name is no initiative', () => {
    const t = types('Local Law Enforcement officers were there. She praised the Clean Air Act and the Marshall Plan for Europe.');
    expect(t.get('Law Enforcement')).toBeUndefined();
    expect(t.get('Local Law Enforcement')).toBeUndefined();
    expect(t.get('Clean Air Act')).toBe('initiative');
    expect(t.get('Marshall Plan for Europe') ?? t.get('Marshall Plan')).toBe('initiative');
  });
});

describe('a head word alone', () => {
  it('with no article is a noun with a capital, no body; "the Committee" and a chamber alone are bodies', () => {
    const t = types('Campaign donations are vetted, Ann Lee said. Union leaders met on Monday. The Chairman of the Committee said no. Congress passed the bill.');
    expect(t.has('Campaign')).toBe(false);
    expect(t.has('Union')).toBe(false);
    expect(t.get('Committee')).toBe('organisation');
    expect(t.get('Congress')).toBe('organisation');
  });
});

describe('one capitalised word and "of" or "and" before a name with a head word', () => {
  it('opens that name: "the Freedom of Information Act", "the Ways and Means Committee"', () => {
    const t = types('Reporters sued under the Freedom of Information Act. She sits on the Ways and Means Committee, Ann Lee said.');
    expect(t.get('Freedom of Information Act')).toBe('initiative');
    expect(t.get('Ways and Means Committee')).toBe('organisation');
    expect(t.has('Information Act')).toBe(false);
    expect(t.has('Means Committee')).toBe(false);
  });
  it('two such words before "and", but not before "of": a person of a body is no body', () => {
    const t = types('Farmers marched against the Pacific Grain and Seed Partnership, said Kaveh Majlesi of Lund University.');
    expect(t.get('Pacific Grain and Seed Partnership')).toBe('organisation');
    expect(t.get('Lund University')).toBe('organisation');
  });
  it('not a second body after a listed or plural one, nor a person', () => {
    const t = types('Republicans and Democratic Party leaders met. Maria and Harbor Council members agreed.');
    expect(t.has('Republicans and Democratic Party')).toBe(false);
    expect(t.has('Maria and Harbor Council')).toBe(false);
  });
});

describe('a unit’s code before a person’s name', () => {
  it('makes the words before the name a role, head word or not: "Navy SEAL Chris Kyle"', () => {
    const t = types('The film told the story of Navy SEAL Marcus Brandt, who served four tours.');
    expect(t.get('Marcus Brandt')).toBe('person');
    expect(t.has('Navy SEAL Marcus Brandt')).toBe(false);
  });
});

describe('"the site of" after a name', () => {
  it('says where something happens, no web site', () => {
    const t = types('Ads ran in two papers in Brookhaven, the site of the debate. The Brookhaven Ledger said so.');
    expect(t.get('Brookhaven')).not.toBe('media');
  });
});

describe('"and the" in the "of" part of a body’s name', () => {
  it('starts a second body when a head word of its own follows', () => {
    const t = types('The deal was backed by the Federation of Harbor Pilots and the National Dockworkers Association on Monday.');
    expect(t.get('Federation of Harbor Pilots')).toBe('organisation');
    expect(t.get('National Dockworkers Association')).toBe('organisation');
  });
});

describe('the tax agency', () => {
  it('is an agency by its code and by its name', () => {
    const t = types('The IRS audited the charity, the Internal Revenue Service confirmed.');
    expect(t.get('IRS')).toBe('agency');
    expect(t.has('Internal Revenue Service')).toBe(false);
  });
});
