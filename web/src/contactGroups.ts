// The public page's cards: agencies that divide one matter between them (城管 and 规划 on
// 违法建设, split by the 200 ㎡ rule) are one card, the lead agency first, each with the sentence
// that gives it its part. Pure: the reply's contacts and answers in, card groups out.

/** What an answer says about a contact: whose county, which matter, which part. */
export interface ContactFacts {
  jurisdiction: string;
  role?: string | null;
  division: string;
  matter: { key?: string | null; title: string };
}

export interface ContactShare<C> {
  contact: C;
  facts: ContactFacts | null;
}

export interface ContactGroup<C> {
  /** The matter the members share, or null for a card of its own. */
  matter: { key: string; title: string } | null;
  /** Lead first (role `lead`, else the best ranked), then the others in rank order. */
  members: ContactShare<C>[];
}

/**
 * `contacts[i]` is `answers[i]` as a door to knock on (graph/search/whereToComplain.ts). Contacts
 * of one matter in one county join the card of the first (best ranked) of them; the rest keep
 * their rank. A contact with no matter key (a duty, a public service, a general function) is a card of its own.
 */
export function groupByMatter<C>(contacts: readonly C[], answers: readonly (ContactFacts | undefined)[]): ContactGroup<C>[] {
  const groups: ContactGroup<C>[] = [];
  const byMatter = new Map<string, ContactGroup<C>>();
  contacts.forEach((contact, i) => {
    const facts = answers[i] ?? null;
    const key = facts?.matter.key ? `${facts.jurisdiction}|${facts.matter.key}` : null;
    const existing = key ? byMatter.get(key) : undefined;
    if (existing) {
      existing.members.push({ contact, facts });
      return;
    }
    const group: ContactGroup<C> = {
      matter: facts?.matter.key ? { key: facts.matter.key, title: facts.matter.title } : null,
      members: [{ contact, facts }],
    };
    groups.push(group);
    if (key) byMatter.set(key, group);
  });
  for (const group of groups) {
    const lead = group.members.findIndex((m) => m.facts?.role === 'lead');
    if (lead > 0) group.members.unshift(...group.members.splice(lead, 1));
  }
  return groups;
}
