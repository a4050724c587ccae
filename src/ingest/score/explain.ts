import path from "node:path";
import { readDataFile } from "../../dataset/read.js";
import { extract } from "../extract.js";
import type { KnownEntities } from "../known.js";
import { factsOf, sameItem, sameMetadata, sameName, samePassage, type Facts } from "./facts.js";
import { pair } from "./score.js";

/** What the extractor missed and what it found wrongly in one labelled document, line by line. */
export function explain(file: string, known: KnownEntities): string {
  const { data, text } = readDataFile(file);
  const want = factsOf(data, text);
  const got = factsOf(extract(text, { file: path.join(path.dirname(file), data.document.file), known }).draft, text);
  const out: string[] = [];
  const quote = (s: number, e: number) => JSON.stringify(text.slice(s, e).replace(/\s+/g, " ").slice(0, 140));
  const diff = <T>(kind: string, w: T[], g: T[], same: (a: T, b: T) => boolean, show: (x: T) => string) => {
    const { missed, wrong } = pair(w, g, same);
    for (const x of missed) out.push(`missed ${kind}: ${show(x)}`);
    for (const x of wrong) out.push(`wrong  ${kind}: ${show(x)}`);
  };
  diff("metadata", want.metadata, got.metadata, sameMetadata, (m) => `${m.date} ${m.field} = ${JSON.stringify(m.value)}`);
  diff(
    "attendance",
    want.attendance,
    got.attendance,
    (a, b) => a.date === b.date && a.status === b.status && sameName(a.name, b.name),
    (a) => `${a.date} ${a.status} ${a.name}`,
  );
  diff("item", want.items, got.items, sameItem, (i) => `${i.date} #${i.number ?? "-"} ${JSON.stringify(i.title)}`);
  const d = (f: Facts) => f.decisions;
  diff("decision/action", d(want), d(got), samePassage, (x) => `${x.kind} ${quote(x.start, x.end)}`);
  return out.join("\n") || "no differences";
}
