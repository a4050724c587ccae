/** Honorifics as minutes write them, longest first so "County Councillor" wins over "Councillor". */
export const HONORIFICS = ["County Councillor", "Councillor", "Councilor", "Cllr.", "Cllr", "Professor", "Prof.", "Dr.", "Dr", "Mrs", "Miss", "Mr", "Ms", "Sir", "Dame"];

const CANONICAL: Record<string, string> = { Cllr: "Councillor", "Cllr.": "Councillor", Councilor: "Councillor", "Dr.": "Dr", "Prof.": "Professor" };

export interface PersonMention {
  honorific: string | null;
  name: string;
  /** Text in brackets or after a comma: an organisation, a role, or both ("Trustee, VCFS Network"). */
  qualifier: string | null;
  chair: boolean;
}

const NAME = /^[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|de|van|von|O'[A-Z][a-z]+))*$/;

/** A person as listed: "Councillor Alistair Bradley (Chair)", "Jamie Carson (Chorley Council)", "Polly Patel, Chorley Council". */
export function parsePerson(raw: string): PersonMention | null {
  let s = raw.replace(/\s+/g, " ").trim().replace(/^and\s+/i, "").replace(/[.;]$/, "").trim();
  if (!s) return null;
  let qualifier: string | null = null;
  const bracket = s.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
  if (bracket) {
    s = bracket[1]!.trim();
    qualifier = bracket[2]!.trim();
  } else if (s.includes(",")) {
    const i = s.indexOf(",");
    qualifier = s.slice(i + 1).trim();
    s = s.slice(0, i).trim();
  }
  let honorific: string | null = null;
  for (const h of HONORIFICS) {
    if (s.startsWith(`${h} `)) {
      honorific = CANONICAL[h] ?? h;
      s = s.slice(h.length).trim();
      break;
    }
  }
  if (!NAME.test(s) || s.split(" ").length < 2 || s.split(" ").length > 4) return null;
  const chair = qualifier !== null && /^chair$/i.test(qualifier);
  return { honorific, name: s, qualifier: chair ? null : qualifier, chair };
}

export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 60);
}

/** A key for comparing names across documents: lower case, no honorific, no punctuation. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z ]/g, "").replace(/\s+/g, " ").trim();
}
