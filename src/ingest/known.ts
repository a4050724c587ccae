import type { Batch } from "../dataset/read.js";
import { nameKey } from "./names.js";

interface Named {
  id: string;
  name: string;
  keys: string[];
}

/**
 * The entities an extraction may link to: people, organisations and bodies already in the
 * dataset. People are matched only on an exact name (any honorific); a look-alike (same surname,
 * first names that could be the same, like "L." and "Lisa") is offered as a possible identity,
 * never merged.
 */
export class KnownEntities {
  private readonly people: Named[] = [];
  private readonly organisations: Named[] = [];
  private readonly bodies: Named[] = [];
  /** Every id in the graph, with the fact it stands for as the id allocator compares them. */
  private readonly all = new Map<string, string>();

  static fromBatch(batch: Batch): KnownEntities {
    const k = new KnownEntities();
    for (const n of batch.nodes) {
      const name = String(n.props.name ?? "");
      k.all.set(n.id, n.label === "Person" ? `person ${nameKey(name)}` : `${n.label.toLowerCase()} ${nameKey(name || String(n.props.title ?? n.id))}`);
      if (!name) continue;
      const entry = { id: n.id, name, keys: [name, ...((n.props.aliases as string[] | undefined) ?? [])].map(nameKey) };
      if (n.label === "Person") k.people.push(entry);
      else if (n.label === "Organisation") k.organisations.push(entry);
      else if (n.label === "Body" || n.label === "Partnership") k.bodies.push(entry);
    }
    return k;
  }

  static empty(): KnownEntities {
    return new KnownEntities();
  }

  ids(): Map<string, string> {
    return new Map(this.all);
  }

  has(id: string): boolean {
    return this.all.has(id);
  }

  personByName(name: string): string | null {
    const hits = this.people.filter((p) => p.keys.includes(nameKey(name)));
    return hits.length === 1 ? hits[0]!.id : null;
  }

  lookAlikes(name: string): { id: string; name: string }[] {
    const [first, ...rest] = name.split(/\s+/);
    const surname = rest.at(-1)?.toLowerCase();
    if (!first || !surname) return [];
    const initial = first[0]!.toLowerCase();
    const isInitial = /^[A-Z]\.?$/.test(first);
    return this.people
      .filter((p) => p.keys[0] !== nameKey(name))
      .filter((p) => {
        const [pf, ...pr] = p.name.split(/\s+/);
        if (pr.at(-1)?.toLowerCase() !== surname || !pf) return false;
        const pIsInitial = /^[A-Z]\.?$/.test(pf);
        return pf[0]!.toLowerCase() === initial && (isInitial || pIsInitial);
      })
      .map((p) => ({ id: p.id, name: p.name }));
  }

  /** The organisation a qualifier names: the whole text, or its last comma-separated part ("Trustee, VCFS Network"). */
  organisationIn(qualifier: string): { id: string } | null {
    const candidates = [qualifier, qualifier.split(",").at(-1)!.trim()].map(nameKey);
    const hit = this.organisations.find((o) => candidates.some((c) => o.keys.includes(c)));
    return hit ? { id: hit.id } : null;
  }

  bodyByName(title: string): string | null {
    const hit = this.bodies.find((b) => b.keys.includes(nameKey(title)));
    return hit?.id ?? null;
  }
}
