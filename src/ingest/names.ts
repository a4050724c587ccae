import nlp from "compromise";
/** Honorifics as minutes write them, longest first so "County Councillor" wins over "Councillor". */
export const HONORIFICS = [
  "County Councillor",
  "Borough Councillor",
  "City Councillor",
  "Deputy Mayor",
  "The Rt Hon",
  "Rt Hon",
  "Rt. Hon.",
  "The Reverend",
  "Reverend",
  "Bishop",
  "Councillors",
  "Councillor",
  "Councilor",
  "Cllrs.",
  "Cllrs",
  "Cllr.",
  "Cllr",
  "Cll",
  "Professor",
  "Prof.",
  "Prof",
  "Dr.",
  "Dr",
  "Mrs.",
  "Mrs",
  "Miss",
  "Mr.",
  "Mr",
  "Ms.",
  "Ms",
  "Mx",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Revd",
  "Rev",
  "Canon",
  "Baroness",
  "ACC",
  "DCC",
  "Supt",
  "Ch Supt",
  "Chief Superintendent",
  "Superintendent",
  "Chief Inspector",
  "Detective Inspector",
  "Detective Sergeant",
  "Inspector",
  "Chief Constable",
  "Sergeant",
  "Sgt.",
  "Sgt",
  "PCSO",
  "DCI",
  "DCS",
];

const CANONICAL: Record<string, string> = {
  Councillors: "Councillor",
  "Cllrs.": "Councillor",
  Cllrs: "Councillor",
  Cllr: "Councillor",
  "Cllr.": "Councillor",
  Cll: "Councillor",
  Councilor: "Councillor",
  "Dr.": "Dr",
  "Prof.": "Professor",
  Prof: "Professor",
  "Mr.": "Mr",
  "Mrs.": "Mrs",
  "Ms.": "Ms",
};

/**
 * Words that make a phrase an organisation, a role or a heading rather than a person's name: a
 * capitalised "Chief Executive" or "County Council" is never read as somebody.
 */
const NOT_A_NAME = new RegExp(
  `\\b(?:${[
    "Council",
    "Councils",
    "County",
    "Borough",
    "District",
    "City",
    "NHS",
    "ICB",
    "ICS",
    "ICP",
    "CCG",
    "Trust",
    "Foundation",
    "Board",
    "Committee",
    "Partnership",
    "Service",
    "Services",
    "Department",
    "Directorate",
    "Authority",
    "Hospital",
    "Hospitals",
    "University",
    "Universities",
    "College",
    "School",
    "Police",
    "Constabulary",
    "Fire",
    "Rescue",
    "Healthwatch",
    "Group",
    "Network",
    "Alliance",
    "Forum",
    "Team",
    "Office",
    "Commissioner",
    "Director",
    "Independent",
    "Domestic",
    "Safeguarding",
    "Registered",
    "Operating",
    "Strategic",
    "Managing",
    "Executive",
    "Exec",
    "Manager",
    "Officer",
    "Officers",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Vice",
    "Deputy",
    "Lead",
    "Head",
    "Member",
    "Members",
    "Representative",
    "Clerk",
    "Secretary",
    "Minutes",
    "Apologies",
    "Present",
    "Attendance",
    "Agenda",
    "Item",
    "Items",
    "Meeting",
    "Public",
    "Health",
    "Care",
    "Wellbeing",
    "Social",
    "Adult",
    "Adults",
    "Children",
    "Strategy",
    "Report",
    "Update",
    "Declarations",
    "Interest",
    "Interests",
    "Welcome",
    "Introductions",
    "Substitute",
    "Substitutes",
    "Governance",
    "Democratic",
    "Ltd",
    "Limited",
    "CIC",
    "Primary",
    "Medical",
    "Nursing",
    "GP",
    "Practice",
    "Voluntary",
    "Community",
    "Sector",
    "Leader",
    "Cabinet",
    "Portfolio",
    "Holder",
    "Mayor",
    "Corporate",
    "Finance",
    "Housing",
    "England",
    "Region",
    "Regional",
    "Integrated",
    "Programme",
    "Project",
    "Resolved",
    "Noted",
    "Agreed",
    "Action",
    "Actions",
    "Date",
    "Venue",
    "Contact",
    "Time",
    "None",
    "All",
    "Partnerships",
    "Boards",
    "Committees",
    "Trusts",
    "Groups",
    "Networks",
    "Alliances",
    "Places",
    "Clinical",
    "Quality",
    "Safety",
    "Patient",
    "Patients",
    "Safeguarding",
    "People",
    "Voice",
    "Association",
    "Centre",
    "Society",
    "Union",
    "Club",
    "Watch",
    "Charity",
    "Church",
    "Hub",
    "Nil",
    "Thanks",
    "The",
    "Of",
    "And",
    "For",
    "With",
    "From",
    "To",
    "At",
    "On",
    "By",
    "In",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ].join("|")})\\b`,
);

const firstNames = new Map<string, boolean>();
/** Whether a capitalised word is a first name compromise's lexicon knows (it holds thousands; rules cannot). */
export function isFirstName(word: string): boolean {
  let hit = firstNames.get(word);
  if (hit === undefined) {
    hit = /^[A-Z][a-z]+$/.test(word) && nlp(word).has("#FirstName");
    firstNames.set(word, hit);
  }
  return hit;
}

export interface PersonMention {
  honorific: string | null;
  name: string;
  /** Text in brackets or after a comma or dash: an organisation, a role, or both ("Trustee, VCFS Network"). */
  qualifier: string | null;
  /** "chair", "vice-chair", "deputy-chair" or "co-chair" where the list says so (roleOf). */
  role: string | null;
  /** The absent member a substitute stood in for, as written. */
  substituteFor: string | null;
  /** Part attendance as written ("Items 1-6", "from item 5"). */
  items: string | null;
}

// A name: capitalised words, initials ("D", "D.", "J.R."), particles; "StJohn", "O'Neill", "Rycroft-Malone".
// No two parts of a word can match the same letters, so a long non-name fails fast (no backtracking blow-up).
// Letters are any script's ("Siân", "Zoë", "Łukasz"): \p{Lu} upper case, \p{Ll} lower case.
const WORD = "(?:\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}(?=\\s|$))";
const PARTICLE = "(?:de|da|van|von|der|den|le|la|du|bin|al|el|ul)";
const NAME = new RegExp(`^${WORD}(?:\\s+(?:${WORD}|${PARTICLE}))*$`, "u");

/** "C BAKER-LONGSHAW", "K McDONALD", "J R SMITH": a list in capitals, initials then a surname. */
const CAPITALS_NAME = /^(?:\p{Lu}\.?\s+){1,2}(?:Mc|Mac|O['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;

/** Whether one capitalised word can be part of a name (not an organisation, role or heading word). */
export function isNameWord(word: string): boolean {
  return !NOT_A_NAME.test(word);
}

/** Whether a phrase reads as a person's name (after any honorific): two to five words, no organisation or role word. */
export function looksLikeName(s: string, opts: { honorific?: boolean } = {}): boolean {
  const t = s.trim();
  // In capitals, only the initials-and-surname form: "NHS ENGLAND" or "PRESENT" is never a name.
  const titled = t.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
  if (CAPITALS_NAME.test(t) || (opts.honorific && /^(?:Mc|Mac)?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u.test(t)))
    return !NOT_A_NAME.test(t) && !NOT_A_NAME.test(titled);
  if (t.length > 80 || !NAME.test(t) || NOT_A_NAME.test(t)) return false;
  const words = t.split(/\s+/);
  // "Smith" alone is a name only after an honorific ("Councillor Smith").
  if (words.length < (opts.honorific ? 1 : 2) || words.length > 5) return false;
  // An all-initials phrase ("JD", "A B") is initials, not a name.
  if (words.every((w) => /^[A-Z]\.?([A-Z]\.?)*$/.test(w))) return false;
  // The last word is a surname: not an initial.
  if (/^[A-Z]\.?$/.test(words.at(-1)!)) return false;
  // "Joint Senior Responsible (Officer)": an office's words are no one's name.
  if (words.some((w) => OFFICE_WORDS.has(w))) return false;
  return true;
}

const ONE_WORD_HONORIFICS = new Set(HONORIFICS.filter((h) => !h.includes(" ")).map((h) => h.replace(/\.$/, "")));
/** Whether one word is an honorific ("Cllr", "Dr.", "Councillor"): of those written as one word. */
export const isHonorificWord = (word: string): boolean => ONE_WORD_HONORIFICS.has(word.replace(/\.$/, ""));

/** Whether a word opens a person's name as written: an honorific, an initial, or a first name compromise knows. */
export const opensAPerson = (word: string): boolean => isHonorificWord(word) || /^[A-Z]\.?$/.test(word) || isFirstName(word);

/** Strips a leading honorific: ["Councillor", "Ann Able"]. */

export function splitHonorific(s: string): { honorific: string | null; rest: string } {
  let rest = s.trim();
  const found: string[] = [];
  // "Cllr Dr Ann Able": honorifics may stack; the first is kept.
  for (let again = true; again;) {
    again = false;
    for (const h of HONORIFICS) {
      // "DR JOHN" in a list written in capitals.
      const at = [h, h.toUpperCase()].find((x) => rest.startsWith(`${x} `) || rest.startsWith(`${x}\u00a0`));
      if (at) {
        found.push(CANONICAL[h] ?? h);
        rest = rest.slice(h.length).trim();
        again = true;
        break;
      }
    }
  }
  return { honorific: found[0] ?? null, rest };
}

/** The chair's role a phrase opens with, as the data writes it: "chair", "vice-chair", "deputy-chair", "co-chair". */
export const roleOf = (q: string): string | null => {
  const m = q.match(/^(?:in the\s+)?(vice[-\s]?chair(?:man|woman|person)?|deputy[-\s]chair(?:man|woman|person)?|co[-\s]?chair|chair(?:man|woman|person)?)\b/i);
  if (!m) return null;
  const r = m[1]!
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/(man|woman|person)$/, "");
  return r === "cochair" ? "co-chair" : r;
};
const ITEMS =
  /^(?:for|from|until|up to|present for|left (?:after|during|at)|arrived (?:at|during))\s+(?:minutes?\s+|agenda\s+)?items?\s+[\w\s.,&–-]+$|^items?\s+[\d\s.,&–-]+(?:only)?$|^part(?:\s+of (?:the )?meeting)?$/i;
/**
 * Whether a phrase a "for" names is a person stood in for, not the service a role is for: an
 * honorific, an initial or a first name compromise knows opens it, or no word of it is a service's
 * ("Joint Commissioning", "Transformation and Operations", "Public Health").
 */
const opensAsPerson = (s: string): boolean => {
  const words = s.trim().split(/\s+/);
  return opensAPerson(words[0] ?? "") || !words.some((w) => SERVICE_WORD.test(w));
};
const SERVICE_WORD =
  /^(?:\p{Lu}\p{Ll}+(?:tion|ment|ship|ness)s?|Public|Health|Care|Social|Joint|Adults?|Children['’]?s?|Services?|Strategy|Finance|Quality|Housing|Education|Planning|Policy|Commissioning|Safeguarding|Operations|Nursing|Primary|Acute|Community)$/u;
const SUBSTITUTE =
  /^(?:substitute|substituting|sub|deputising|deputy|representing|attending)\s+(?:for|on behalf of)\s+(.+)$|^(?:on behalf of|in place of|for)\s+(.+)$|^(.+?)['’]s\s+substitute$/i;

/**
 * A person as listed: "Councillor Alistair Bradley (Chair)", "Jamie Carson (Chorley Council)",
 * "Polly Patel, Chorley Council", "Mr D Blacklock", "Ann Able – Director of Public Health",
 * "Bob Baker (substitute for Cath Cole)", "Dan Dee (for Items 1-6)". Null when it is not a person.
 */
/**
 * The words that open someone's role as lists write it after a name: with no separator ("Ted Allen
 * Chief Inspector"), glued to it ("Jane MischenkoCo-Chair"), or as a list's own piece ("Philip Ham,
 * County and District Councillor (PH)"). One list for every stage that tells a person from a role.
 */
export const ROLE_WORDS = [
  "Chief",
  "Deputy",
  "Assistant",
  "Associate",
  "Acting",
  "Interim",
  "Senior",
  "Principal",
  "Head",
  "Lead",
  "Detective",
  "Inspector",
  "Superintendent",
  "Sergeant",
  "Constable",
  "Director",
  "Manager",
  "Officer",
  "Executive",
  "Nurse",
  "Chair",
  "Chairman",
  "Chairwoman",
  "Clerk",
  "Secretary",
  "Treasurer",
  "Commissioner",
  "Consultant",
  "Coordinator",
  "Co-ordinator",
  "Designated",
  "Strategic",
  "Operational",
  "Co-Chair",
  "Vice Chair",
] as const;
/**
 * Words that open a role only after a name known to be one ("Caroline Baria Clinical Director"):
 * after any capitalised words they are as often an organisation's ("Healthy Liverpool Programme",
 * "Clinicians Joint Representative").
 */
export const GUARDED_ROLE_WORDS = [
  "Cabinet",
  "Leader",
  "Clinical",
  "Medical",
  "Programme",
  "Corporate",
  "Portfolio",
  "Councillor",
  "Representative",
  "Adviser",
  "Advisor",
] as const;
/** Role words no surname is spelt with (unlike "Head", "Nurse", "Constable" or "Sergeant"). */
const OFFICE_WORDS = new Set<string>(
  ROLE_WORDS.filter((w) => !["Head", "Lead", "Nurse", "Clerk", "Constable", "Sergeant", "Inspector", "Treasurer", "Secretary"].includes(w) && !w.includes(" ")),
);
const ROLE_WORD = new RegExp(String.raw`^(?:${ROLE_WORDS.filter((w) => !w.includes(" ")).join("|")})$`);

/** Honours, degrees and offices written after a name. */
const POST_NOMINALS = /(?:\s+(?:MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|QPM|KPM|DL|JP|QC|KC|FRCP|FRCGP|FRCS|FRCN|PhD|MSc|MA|BA|RGN|RMN))+$/;

export function parsePerson(raw: string): PersonMention | null {
  let s = raw
    .replace(/\s+/g, " ")
    .trim()
    // "R.McLuckie", "P.York": an initial whose space after the full stop publishing dropped.
    .replace(/\b([A-Z])\.(?=(?:Mc|Mac|O['’])?[A-Z][a-z])/g, "$1. ")
    .replace(/^(?:and|&|[-–—•·*])\s+/i, "")
    .replace(/[.;:,]$/, "")
    .trim();
  if (!s) return null;
  const qualifiers: string[] = [];
  // Brackets anywhere after the name: "Ann Able (Chair) (Riverside Council)".
  for (let m = s.match(/^(.*?)\s*\(([^()]*)\)\s*(.*)$/); m; m = s.match(/^(.*?)\s*\(([^()]*)\)\s*(.*)$/)) {
    qualifiers.push(m[2]!.trim());
    s = `${m[1]!.trim()}${m[3] ? ` ${m[3].trim()}` : ""}`.trim();
  }
  // "Julie Dodds for John Sparkes", "S Burns for D Gallagher": who came, standing in for whom.
  const standIn = /^(.+?)\s+(?:for|in\s+place\s+of)\s+((?:the\s+)?[A-Z].*)$/.exec(s);
  // Not "Deputy Chief Executive for Transformation and Operations": the one stood in for is a person.
  const target = standIn ? splitHonorific(standIn[2]!.split(/\s*(?:[:;,(]|\s[–—-]\s)/)[0]!) : null;
  const standInFor =
    standIn &&
    target &&
    !/^(?:items?|minutes?|part)\b/i.test(standIn[2]!) &&
    looksLikeName(target.rest, { honorific: target.honorific !== null }) &&
    // "Assistant Director for Joint Commissioning": words that open as no person's name are a role's.
    (target.honorific !== null || opensAsPerson(target.rest))
      ? standIn[2]!.trim()
      : null;
  if (standInFor) s = standIn![1]!.trim();
  // "Polly Patel, Chorley Council", "Ann Able – Director", "Sunita Chauhan / Advance Advocacy Project".
  // "Andrea Elton- WHHT": a dash the name runs into, a space after it (not "Smith-Jones").
  const sep = s.search(/\s*(?:,|\s[–—-]\s|\s-\s|\s\/\s|(?<=[a-z])[–—-]\s)\s*/);
  if (sep > 0) {
    const tail = s
      .slice(sep)
      .replace(/^\s*(?:,|[–—/-])\s*/, "")
      .trim();
    if (tail) qualifiers.unshift(tail);
    s = s.slice(0, sep).trim();
  }
  // "Rt Hon Ann Able MP", "Jane Doe OBE": letters after the name are no part of it.
  const letters = POST_NOMINALS.exec(s);
  if (letters) s = s.slice(0, letters.index);
  // "Chief Superintendent" on a line of its own, above the name: a rank, nobody yet.
  if (HONORIFICS.some((h) => h.toLowerCase() === s.toLowerCase())) return null;
  const split = splitHonorific(s);
  const { honorific } = split;
  let rest = split.rest;
  // "Ted Allen Chief Inspector", "Jane Doe Director of Public Health": a role run on after the name.
  const words = rest.split(" ");
  // "Pat Cantrill Independent Chair", "Cheryl Henry Domestic Violence Co-ordinator", "Peter Brunskill
  // Secondary Care Consultant": a word no name holds, third or fourth, a role within a few words
  // after it: the role starts after the first two.
  const roleAt = words.findIndex((w, n) => n >= 2 && ROLE_WORD.test(w));
  const modifierAt = words.findIndex((w, n) => n >= 2 && n <= 3 && !isNameWord(w) && words.slice(n + 1, n + 4).some((x) => ROLE_WORD.test(x)));
  const runOn = modifierAt >= 0 && (roleAt < 0 || modifierAt < roleAt) ? 2 : roleAt;
  if (runOn >= 2 && runOn <= 3 && words.slice(0, runOn).every((w) => /^(?:[A-Z]\.?|(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)$/.test(w))) {
    qualifiers.unshift(words.slice(runOn).join(" "));
    rest = words.slice(0, runOn).join(" ");
  }
  if (!looksLikeName(rest, { honorific: honorific !== null })) return null;
  let role: string | null = null;
  let substituteFor: string | null = null;
  let items: string | null = null;
  const kept: string[] = [];
  for (let q of qualifiers) {
    // "(DH - Chair)", "(SB for Chris Frost)", "(KS - for item 5)": the person's initials, then a note about them.
    const ini = /^([A-Z][A-Za-z]{1,3})(?:\s*[-–—:]\s*|\s+(?=for\b|on behalf\b|representing\b|substitut))(.+)$/.exec(q);
    if (ini && ini[1]!.replace(/[a-z]/g, "")[0] === rest[0] && /^[A-Z]{2}/.test(ini[1]!)) q = ini[2]!.trim();
    const r = roleOf(q);
    const sub = q.match(SUBSTITUTE);
    if (r && !role && /^(?:in\s+the\s+)?(?:vice|deputy|co)?[-\s]?chair(?:man|woman|person)?$/i.test(q.trim())) role = r;
    else if (ITEMS.test(q)) items = q.replace(/^(?:for|present for)\s+/i, "");
    // A bare "for …" names a substitute's member only where a person is named: "Assistant Director
    // for Joint Commissioning" is a role.
    else if (sub && !/^for\s+(?:minutes?\s+|agenda\s+)?items?/i.test(q) && (!sub[2] || opensAsPerson(sub[2])))
      substituteFor = (sub[1] ?? sub[2] ?? sub[3])!.trim();
    else kept.push(q);
  }
  return { honorific, name: rest, qualifier: kept.length ? kept.join(", ") : null, role, substituteFor: substituteFor ?? standInFor, items };
}

/** The initials of a name as minutes abbreviate it: "Jane Doe" → "JD", "Jo Rycroft-Malone" → "JRM". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * An id's name part: lower case, digits and hyphens. Long names keep their start and gain a short
 * hash of the whole, so two long headings that share their first words never share an id.
 */
export function slug(s: string, max = 60): string {
  const full = s
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (full.length <= max) return full;
  let h = 0x811c9dc5;
  for (let i = 0; i < full.length; i++) h = Math.imul(h ^ full.charCodeAt(i), 0x01000193) >>> 0;
  return `${full.slice(0, max - 9).replace(/-$/, "")}-${h.toString(16).padStart(8, "0")}`;
}

/** A key for comparing names across documents: lower case, no honorific, no punctuation. */
export function nameKey(name: string): string {
  return splitHonorific(name.replace(/\s+/g, " ").trim())
    .rest.toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
