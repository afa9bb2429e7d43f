// "Who says so": one test per quotation form and per speaker rule, on paragraphs written here.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import type { Quote } from "../../src/report";
import { para, snapshot } from "./helpers";

const quotesOf = (...paragraphs: string[]): Quote[] => analyze(snapshot({ blocks: paragraphs.map((p) => para(p)) })).quotes ?? [];
const quoteWith = (quotes: Quote[], words: string) => {
  const q = quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}" among ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};

describe("quotation forms", () => {
  it("a quotation before its cue: “…,” she said", () => {
    const q = quoteWith(quotesOf("“The bridge will open in May,” Ines Albescu said."), "bridge will open");
    expect(q).toMatchObject({ text: "The bridge will open in May", direct: true, speaker: "Ines Albescu", cue: "said" });
  });

  it("a quotation after its cue and a colon: She said: “…”", () => {
    const q = quoteWith(quotesOf("Ines Albescu opened the meeting. She said: “We are two weeks late.”"), "two weeks late");
    expect(q).toMatchObject({ direct: true, speaker: "Ines Albescu", cue: "said" });
  });

  it("a split quotation: “…,” she said, “…” is one statement", () => {
    const quotes = quotesOf("“We are late,” said Ines Albescu, the site manager, “but nobody will cut corners.”");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: "We are late … but nobody will cut corners.", direct: true, speaker: "Ines Albescu", role: "the site manager" });
  });

  it("a quotation over several sentences, and one continuing in the next paragraph", () => {
    const quotes = quotesOf("“The steel came late. Then the rain came,” Albescu said, “and then the strike.", "“We lost six weeks in all.”");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain("Then the rain came");
    expect(quotes[0]!.text).toContain("We lost six weeks in all.");
  });

  it("reported speech: NAME said (that) CLAUSE, and CLAUSE, NAME said", () => {
    const quotes = quotesOf("Ines Albescu said that the bridge would open in May.", "The crossing will carry trams from next year, the city's engineer said.");
    expect(quoteWith(quotes, "would open in May")).toMatchObject({ direct: false, speaker: "Ines Albescu", text: "the bridge would open in May" });
    expect(quoteWith(quotes, "carry trams")).toMatchObject({ direct: false, speaker: "the city's engineer" });
  });

  it("“according to” before and after what was said", () => {
    const quotes = quotesOf("According to the harbour board, traffic doubled last year.", "Ferry fares rose by a third, according to the Transit Authority.");
    expect(quoteWith(quotes, "traffic doubled")).toMatchObject({ cue: "According to", speaker: "the harbour board", speakerKind: "organization" });
    expect(quoteWith(quotes, "fares rose")).toMatchObject({ cue: "according to", speaker: "the Transit Authority", speakerKind: "organization" });
  });

  it("a verb and its channel make the cue: said in a statement, told reporters", () => {
    const quotes = quotesOf("The Harbour Board said in a statement that the pier would close.", "Ines Albescu told reporters the pier was unsafe.");
    expect(quoteWith(quotes, "pier would close").cue).toBe("said in a statement");
    expect(quoteWith(quotes, "pier was unsafe").cue).toBe("told reporters");
  });

  it("other languages' quotation marks: « », „ “, 「」", () => {
    expect(quoteWith(quotesOf("« Nous ouvrirons en mai », said Ines Albescu."), "Nous ouvrirons")).toMatchObject({ text: "Nous ouvrirons en mai", direct: true, speaker: "Ines Albescu" });
    expect(quoteWith(quotesOf("„Wir öffnen im Mai“, said Ines Albescu."), "Wir öffnen")).toMatchObject({ text: "Wir öffnen im Mai", direct: true });
    expect(quoteWith(quotesOf("「五月に開通します」, said Ines Albescu."), "五月")).toMatchObject({ text: "五月に開通します", direct: true });
  });

  it("two apostrophes as quotation marks, as some archives print them", () => {
    expect(quoteWith(quotesOf("''It is a good plan,'' Ines Albescu said."), "good plan")).toMatchObject({ text: "It is a good plan", direct: true });
  });

  it("a sentence without a cue, or a verb used as a noun, is no statement", () => {
    expect(quotesOf("The bridge will open in May. Engineers checked the cables.")).toEqual([]);
    expect(quotesOf("Trump posted a series of tweets about the bridge.")).toEqual([]);
  });
});

describe("speakers", () => {
  it("a later surname is the fullest name the article gives", () => {
    const quotes = quotesOf("Taliban spokesman Zabihullah Mujahid announced the talks on Monday.", "“We are ready,” Mujahid said.");
    expect(quoteWith(quotes, "We are ready")).toMatchObject({ speaker: "Zabihullah Mujahid", role: "Taliban spokesman", speakerKind: "person" });
  });

  it("a pronoun is resolved to the person named last, never output", () => {
    const quotes = quotesOf("General Mark Milley visited the base on Friday.", "“The situation is fluid,” he said.");
    expect(quoteWith(quotes, "fluid")).toMatchObject({ speaker: "Mark Milley", speakerKind: "person" });
  });

  it("a pronoun with no one to stand for is no speaker", () => {
    const q = quoteWith(quotesOf("“It is fine,” she said."), "It is fine");
    expect(q.speaker).toBeNull();
    expect(q.speakerKind).toBe("unknown");
  });

  it("the role comes from the appositive, and stays for later statements", () => {
    const quotes = quotesOf("Petra Lindqvist, the harbour master, said the crane was old.", "Lindqvist said the inspection would take two weeks.");
    expect(quoteWith(quotes, "crane was old")).toMatchObject({ speaker: "Petra Lindqvist", role: "the harbour master" });
    expect(quoteWith(quotes, "two weeks")).toMatchObject({ speaker: "Petra Lindqvist", role: "the harbour master" });
  });

  it("a title before the name is the role, not the name", () => {
    expect(quoteWith(quotesOf("NYPD Commissioner James O’Neill said the street was closed."), "street was closed")).toMatchObject({ speaker: "James O’Neill", role: "NYPD Commissioner" });
  });

  it("'the mayor' is the mayor the article named before", () => {
    const quotes = quotesOf("The town's mayor, Declan Furey, visited the pier.", "“It will be rebuilt,” the mayor said.");
    expect(quoteWith(quotes, "rebuilt")).toMatchObject({ speaker: "Declan Furey", speakerKind: "person" });
  });

  it("anonymous phrases: officials said, a person familiar with the matter, sources told, people briefed on", () => {
    const quotes = quotesOf(
      "Officials said the pier would close.",
      "A person familiar with the matter said the buyer wanted more time.",
      "Sources told Reuters that the board would meet.",
      "People briefed on the plans said a smaller deal was possible.",
    );
    for (const words of ["pier would close", "buyer wanted", "board would meet", "smaller deal"]) expect(quoteWith(quotes, words).speakerKind).toBe("anonymous");
    expect(quoteWith(quotes, "buyer wanted").speaker).toBe("a person familiar with the matter");
  });

  it("kinds: an organisation, a document", () => {
    const quotes = quotesOf("The US military said in a statement that two drones were shot down.", "A 2019 study by the university concluded that the reef was recovering.");
    expect(quoteWith(quotes, "drones").speakerKind).toBe("organization");
    expect(quoteWith(quotes, "reef was recovering")).toMatchObject({ speakerKind: "document", cue: "concluded" });
  });

  it("a reference in the same sentence backs the quote", () => {
    const r = analyze(snapshot({ blocks: [para("The ministry said the fund was short.[r1]")], references: [{ id: "r1", label: "1", kind: "list", raw: "Ministry of Transport, Fund report 2024", links: [], hints: { italic: [] } }] }));
    expect(r.quotes?.[0]?.sources).toEqual(["r1"]);
  });
});

describe("checks on quotes", () => {
  const checksOf = (text: string) => analyze(snapshot({ blocks: [para(text)] })).claims[0]!.checks.map((c) => `${c.code}: ${c.message}`);

  it("unsourced-attribution names the speaker: the man, not his title; the general, not the president", () => {
    const r = analyze(snapshot({ blocks: [para("Taliban spokesman Zabihullah Mujahid said in a tweet that the city had fallen.")] }));
    expect(r.claims[0]!.checks.map((c) => c.message).join()).toContain("Zabihullah Mujahid");
    const m = checksOf("At the US President's request, General Mark Milley said in a statement that the drill was over.");
    expect(m.join()).toContain("Mark Milley");
    expect(m.join()).not.toContain("US President");
  });

  it("a person the reporter spoke to is no warning", () => {
    expect(checksOf("“The harbour was busy,” said Tom Reyes, a fisherman.")).toEqual([]);
  });

  it("anonymous-source (info) names the words", () => {
    const [c] = analyze(snapshot({ blocks: [para("Officials familiar with the talks said the deal was close.")] })).claims[0]!.checks;
    expect(c).toMatchObject({ code: "anonymous-source", severity: "info" });
    expect(c!.message).toContain("officials familiar with the talks");
  });
});

// Second round: rules found on half A of PolNeAR dev (docs/quotes.md), each on sentences written here.
describe("what is a statement", () => {
  it("a person's label pinned with 'called' or 'described … as' is a characterisation, no statement", () => {
    expect(quotesOf("Mayor Declan Furey called the new ferry timetable “a disgrace” on Monday.", "Ines Albescu described the delay as “deeply unfair” to the drivers.")).toEqual([]);
  });

  it("a body's label is its stated position, and stays a statement", () => {
    expect(quoteWith(quotesOf("The Harbour Authority raised an eyebrow, labeling the fare rise as “deeply unfair.”"), "deeply unfair")).toMatchObject({ speaker: "the Harbour Authority", speakerKind: "organization" });
  });
});

describe("quotation forms, second round", () => {
  it("a transcript quoted paragraph by paragraph: “NAME: … opens each turn", () => {
    const quotes = quotesOf(
      "Anna Brandt interviewed the harbour master, Petra Lindqvist, on Friday. Part of the transcript follows.",
      "“BRANDT: Let us begin with the crane. Was anyone hurt when it came down?",
      "“LINDQVIST: Nobody was hurt. We had cleared the “night shift” an hour before, and the quay was empty.",
      "“BRANDT: When will the port reopen?”",
    );
    expect(quoteWith(quotes, "Was anyone hurt")).toMatchObject({ speaker: "Anna Brandt", cue: ":", text: "Let us begin with the crane. Was anyone hurt when it came down?" });
    expect(quoteWith(quotes, "Nobody was hurt")).toMatchObject({ speaker: "Petra Lindqvist", speakerKind: "person" });
    expect(quoteWith(quotes, "the quay was empty").text).toContain("Nobody was hurt");
    expect(quoteWith(quotes, "port reopen")).toMatchObject({ speaker: "Anna Brandt", text: "When will the port reopen?" });
  });

  it("a split quotation with an aside between: “…,” she said, pointing at X, “…”", () => {
    const quotes = quotesOf("“We are two weeks late,” Ines Albescu said, pointing at the idle cranes, “and the rain is not helping.”");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: "We are two weeks late … and the rain is not helping.", direct: true, speaker: "Ines Albescu" });
  });

  it("a sentence that is mostly a quotation goes on with the quoted speaker before it", () => {
    const quotes = quotesOf("“The steel came late,” said Ines Albescu, the site manager. “Then the rain came and the crane broke” in the same week.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain("Then the rain came and the crane broke");
    expect(quotes[0]!.speaker).toBe("Ines Albescu");
  });

  it("quoted words inside the reporter's own sentence are not the start of the next speaker's quotation", () => {
    const quotes = quotesOf("The new timetable, called “Harbour First,” starts in May. “It is a mess,” said Ines Albescu.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: "It is a mess", speaker: "Ines Albescu" });
  });

  it("a quotation followed by the reporter's own clause (“…,” when …) is the quotation alone", () => {
    const quotes = quotesOf("Ines Albescu stood up. She said, “We will finish on time,” when the board asked about the delays.");
    expect(quoteWith(quotes, "finish on time")).toMatchObject({ text: "We will finish on time", direct: true, speaker: "Ines Albescu" });
  });
});

describe("the headline", () => {
  const headlined = (headline: string, ...paragraphs: string[]) =>
    analyze(snapshot({ blocks: [para(headline, "heading"), ...paragraphs.map((p) => para(p))] })).quotes ?? [];

  it("a headline attributes: NAME: CLAIM, and NAME Says CLAIM in title case", () => {
    const body = "The harbour master spoke to reporters at the quay on Tuesday morning.";
    expect(quoteWith(headlined("Lindqvist: Night Shipping Will Not Resume Before Summer", body), "Night Shipping")).toMatchObject({ speaker: "Lindqvist", cue: ":" });
    expect(quoteWith(headlined("Petra Lindqvist Says the Crane Was Inspected in March", body), "Crane Was Inspected")).toMatchObject({ speaker: "Petra Lindqvist", cue: "Says" });
  });

  it("a heading further down, or a label before a colon, attributes nothing", () => {
    const r = analyze(snapshot({ blocks: [para("Opinion: The Harbour Needs a Night Shift", "heading"), para("The port has been closed at night since March."), para("Lindqvist: the long road back", "heading")] }));
    expect(r.quotes ?? []).toEqual([]);
  });
});

describe("cues, second round", () => {
  it("a verb other than say/tell carries a bare clause when a finite verb follows its subject", () => {
    expect(quoteWith(quotesOf("The Harbour Board noted ferry fares were rising again."), "fares were rising")).toMatchObject({ text: "ferry fares were rising again", speaker: "the Harbour Board" });
    // … but not a noun phrase with no clause.
    expect(quotesOf("The Harbour Board noted the rise in ferry fares.")).toEqual([]);
  });

  it("an indirect question: asked how …, explained why …", () => {
    expect(quoteWith(quotesOf("Ines Albescu asked how the crane could fail twice in one year."), "crane could fail")).toMatchObject({ text: "how the crane could fail twice in one year", speaker: "Ines Albescu" });
  });

  it("words between the speaker and the verb: all, both, just this month", () => {
    expect(quoteWith(quotesOf("The Harbour Board just this month announced that the pier would close."), "pier would close").speaker).toBe("the Harbour Board");
    expect(quoteWith(quotesOf("Senators Ann Kell and Ola Berg all suggested that the fund was too small."), "fund was too small").speaker).toContain("Ola Berg");
  });

  it("a share of a poll speaks: 40 percent said", () => {
    expect(quoteWith(quotesOf("Only 40 percent said the pier should reopen this year."), "pier should reopen")).toMatchObject({ speaker: "40 percent", speakerKind: "anonymous" });
  });

  it("'many of whom say': the group the quantifier belongs to", () => {
    expect(quoteWith(quotesOf("The fees angered the residents of the bay, many of whom say the harbour is for everyone."), "harbour is for everyone").speaker).toBe("the residents of the bay");
  });

  it("a film, a clip or a slide is a document", () => {
    expect(quoteWith(quotesOf("The film says the harbour was built in 1890."), "built in 1890").speakerKind).toBe("document");
  });

  it("an inverted speaker opening with a number: said 2012 champion Ann Kell", () => {
    expect(quoteWith(quotesOf("“We were never told,” said 2012 champion Ann Kell."), "never told").speaker).toBe("Ann Kell");
  });

  it("a channel phrase, then 'that' and a subject: claimed during the hearing that …", () => {
    expect(quoteWith(quotesOf("Ines Albescu claimed during the long dispute that she had warned the board twice."), "warned the board")).toMatchObject({ text: "she had warned the board twice", cue: "claimed during the long dispute" });
  });
});

describe("speakers, second round", () => {
  it("after a verb's object, a gerund's speaker is the sentence's subject: X attacked Y saying …", () => {
    expect(quoteWith(quotesOf("Ines Albescu attacked Tom Reyes saying “He never came to a single meeting.”"), "single meeting").speaker).toBe("Ines Albescu");
  });

  it("a verb form before the article is no part of the speaker: paying an engineer who said …", () => {
    const q = quoteWith(quotesOf("The board refused to stop paying an engineer who said the crane was unsafe."), "crane was unsafe");
    expect(q).toMatchObject({ speaker: "an engineer", speakerKind: "anonymous" });
  });

  it("after a relative clause's statement, “…, saying …” is the sentence subject's, even when only a quotation follows", () => {
    const quotes = quotesOf("Ines Albescu refused to keep paying an engineer who said the crane was unsafe, saying “He never came to a single meeting.”");
    expect(quoteWith(quotes, "crane was unsafe").speaker).toBe("an engineer");
    expect(quoteWith(quotes, "single meeting")).toMatchObject({ speaker: "Ines Albescu", cue: "saying", direct: true });
  });

  it("a group named by what its people are is unnamed, not a person: the residents said", () => {
    expect(quoteWith(quotesOf("The residents of the bay said the harbour was for everyone."), "for everyone")).toMatchObject({ speaker: "the residents of the bay", speakerKind: "anonymous" });
  });

  it("'the Democratic presidential nominee' is the person whose role is exactly that, not the vice presidential one", () => {
    const quotes = quotesOf(
      "Democratic presidential nominee Ann Kell toured the port on Monday.",
      "“We are ready,” said Ola Berg, the Democratic vice presidential nominee.",
      "“We will fund it,” the Democratic presidential nominee said.",
    );
    expect(quoteWith(quotes, "fund it").speaker).toBe("Ann Kell");
  });

  it("a name after 'in' or 'at' is a place, not a person a pronoun could stand for", () => {
    const quotes = quotesOf("Ines Albescu spoke on Monday.", "Later the crew landed in New Halden. “It will open,” she said.");
    expect(quoteWith(quotes, "It will open").speaker).toBe("Ines Albescu");
  });
});

describe("roles and names, second round", () => {
  it("a party or a nationality before a name is no part of it; a party noun keeps its capital", () => {
    const quotes = quotesOf("Republican Ann Kell said the fund was short.", "Republicans said the bill was dead.");
    expect(quoteWith(quotes, "fund was short")).toMatchObject({ speaker: "Ann Kell", speakerKind: "person" });
    expect(quoteWith(quotes, "bill was dead").speaker).toBe("Republicans");
  });

  it("the role before a name stops at a verb: 'Berg grilled CEO Tom Reyes' makes Reyes the CEO", () => {
    const quotes = quotesOf("Sen. Ola Berg grilled CEO Tom Reyes on Monday.", "“We did nothing wrong,” Reyes said.");
    expect(quoteWith(quotes, "nothing wrong")).toMatchObject({ speaker: "Tom Reyes", role: "CEO" });
  });

  it("an age, a participle clause or a clause with its own verb is no role", () => {
    expect(quoteWith(quotesOf("“I knew him,” said Tom Reyes, 82."), "knew him").role).toBeNull();
    expect(quoteWith(quotesOf("“It was late,” said Ann Kell, speaking to reporters at the quay."), "was late").role).toBeNull();
    expect(quoteWith(quotesOf("Ines Albescu, the plan was late, said the crane was old."), "crane was old").role).toBeNull();
  });

  it("an appositive runs past an abbreviation's period: 'a lawyer whom Mr. Reyes hired'", () => {
    const quotes = quotesOf("Ann Kell, a lawyer whom Mr. Reyes hired, arrived on Monday.", "“The crane was old,” Kell said.");
    expect(quoteWith(quotes, "crane was old")).toMatchObject({ speaker: "Ann Kell", role: "a lawyer whom Mr. Reyes hired" });
  });

  it("words before a name that name no office are no role: 'famous story John Kell said'", () => {
    expect(quoteWith(quotesOf("Famous story John Kell said the crane was always slow."), "always slow")).toMatchObject({ speaker: "John Kell", role: null });
  });
});

describe("roles and names, third round", () => {
  it("title case names no one: a headline's 'Railing Against Ruiz' leaves 'Ruiz said' to Ann Ruiz, and 'Storm Over Halden:' is no speaker", () => {
    const blocks = [
      para("Railing Against Ruiz, Senator Vows To Close Tax Breaks Used By Harbour Developers", "heading"),
      para("Ann Ruiz, who runs the harbour trust, has defended the tax breaks for a decade."),
      para("“The breaks built the new piers,” Ruiz said Monday."),
    ];
    const quotes = analyze(snapshot({ blocks })).quotes ?? [];
    expect(quoteWith(quotes, "built the new piers")).toMatchObject({ speaker: "Ann Ruiz", speakerKind: "person" });
    // nor is a title-case kicker before a colon a speaker, as a name in capitals is
    const kicker = quotesOf("Storm Over Halden: Ferry Stays Docked as Harbour Board Meets Again.");
    expect(kicker.filter((q) => q.speaker === "Storm Over Halden")).toEqual([]);
    expect(quoteWith(quotesOf("REYES: The piers will stay open all winter."), "piers will stay").speaker).toBe("REYES");
    // the same capitals in a sentence of prose still name people
    const prose = quotesOf("Senate Leader Ann Kell met Tom Reyes and Bo Chen in Halden.", "“The piers will stay,” Reyes said.");
    expect(quoteWith(prose, "piers will stay").speaker).toBe("Tom Reyes");
  });

  it("a noun right before an article opens a clause: 'a figure the Harbour Gazette first reported' is the Gazette's", () => {
    const q = quoteWith(quotesOf("The board set aside $4 million for the piers, a figure the Harbour Gazette first reported."), "set aside $4 million");
    expect(q).toMatchObject({ speaker: "the Harbour Gazette", speakerKind: "organization" });
    const estimate = quoteWith(quotesOf("Ferry traffic fell by a third, an estimate the port authority reported in May."), "Ferry traffic fell");
    expect(estimate.speaker).toBe("the port authority");
    // where the clause has a verb of its own, the cue's speaker is the noun it describes
    expect(quoteWith(quotesOf("The piers are unsafe, the aide the harbour board hired said."), "piers are unsafe").speaker).toBe("the aide the harbour board hired");
  });

  it("an abbreviated title opens a name even when it can be a word: 'said Del. Ola Berg of the islands'", () => {
    const q = quoteWith(quotesOf("“This hearing is a waste of time,” said Del. Ola Berg of the islands."), "waste of time");
    expect(q).toMatchObject({ speaker: "Ola Berg", speakerKind: "person" });
    // "del" inside a name is part of it, not a title.
    const inside = quoteWith(quotesOf("Carla del Rio Vance said the ferry would run all winter."), "ferry would run");
    expect(inside.speaker).toBe("Carla del Rio Vance");
  });

  it("a party and state tag after a name is no role; the title before it is: 'Senate Leader Ann Kell, R-Ky., said'", () => {
    const q = quoteWith(quotesOf("“The veto will be overridden,” Senate Majority Leader Ann Kell, R-Ky., said Tuesday."), "veto will");
    expect(q).toMatchObject({ speaker: "Ann Kell", role: "Senate Majority Leader" });
  });

  it("an age before a description comes off the role: 'Reyes, 56, who has served …, told reporters'", () => {
    const quotes = quotesOf("Tom Reyes chairs the harbour board.", "Reyes, 56, who has served on the board for a decade, told reporters the piers would be rebuilt.");
    expect(quoteWith(quotes, "piers would be rebuilt")).toMatchObject({ speaker: "Tom Reyes", role: "who has served on the board for a decade" });
  });

  it("a sentence's subject with a title runs to the end of the name: 'Attorney General Roy Vance (D), …, saying'", () => {
    const q = quoteWith(quotesOf("Attorney General Roy Vance (D), the governor's rival in the race, called Friday for releasing the videos, saying that openness would calm the city."), "openness would calm");
    expect(q).toMatchObject({ speaker: "Roy Vance", role: "Attorney General", speakerKind: "person" });
  });

  it("a capitals dateline and its dash are no subject: 'HALDEN, Oct. 4 (Wire) — Former Mayor Bill Kell …, saying'", () => {
    const q = quoteWith(quotesOf("HALDEN, Oct. 4 (Wire) — Former Mayor Bill Kell criticized the ferry plan on Monday, saying it would leave the island cut off."), "leave the island");
    expect(q).toMatchObject({ speaker: "Bill Kell", role: "Former Mayor", speakerKind: "person" });
  });

  it("an organisation whose name has small words inside is named whole: 'the organizer Alliance to Save Our Piers'", () => {
    const q = quoteWith(quotesOf("More than 3,000 people joined the march, according to the event organizer Alliance to Save Our Piers (ASOP)."), "joined the march");
    expect(q).toMatchObject({ speaker: "Alliance to Save Our Piers", role: "event organizer", speakerKind: "organization" });
    // People of such a body stay unnamed sources.
    const anon = quoteWith(quotesOf("Officials at the Department of Harbour Works said the piers were safe."), "piers were safe");
    expect(anon.speakerKind).toBe("anonymous");
  });

  it("a word right after an honorific is a name even when it names a role: 'Mr. King, 82, told me'", () => {
    const q = quoteWith(quotesOf("The host has presented the show for six years.", "“I have never been edited,” Mr. King, 82, told me."), "never been edited");
    expect(q).toMatchObject({ speaker: "King", speakerKind: "person" });
  });

  it("a sentence opening with a title has its subject there, and an adverb before the verb ends it: 'Mr. Kell generally backed X …, and said …'", () => {
    const quotes = quotesOf("Tom Kell hosted the evening show for years.", "Mr. Kell generally backed the harbour board during his years on air, which let him go in 2015, and said he did not support the new ferry plan.");
    expect(quoteWith(quotes, "did not support the new ferry plan")).toMatchObject({ speaker: "Tom Kell", cue: "said" });
  });

  it("a place named like a person ('New York', 'San Diego') is no one a pronoun could stand for", () => {
    const quotes = quotesOf(
      "Ivana Kell asked the court to keep the records of her divorce sealed.",
      "New York judges reviewed the request on Monday. Her brief noted reports that she claimed during the divorce that her husband had hidden his assets abroad.",
    );
    expect(quoteWith(quotes, "hidden his assets").speaker).toBe("Ivana Kell");
  });

  it("a later full name with a different role is another person of that surname: 'President Vance' and 'the first lady, Ann Vance'", () => {
    const quotes = quotesOf(
      "President Vance is taking a more personal message to voters this autumn.",
      "The president told supporters he would take it as a personal insult if they stayed home.",
      "The campaign will send Mr. Vance and the first lady, Ann Vance, to three states next month.",
    );
    expect(quoteWith(quotes, "personal insult")).toMatchObject({ speaker: "Vance", role: "President" });
  });
});
