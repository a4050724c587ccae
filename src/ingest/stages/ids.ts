/**
 * Ids for a draft's entities: unique within the draft and against the graph. A base id already
 * taken by a different fact gets a numbered suffix; asking twice for the same fact returns the
 * same id. Claiming an id for a second, different fact is an error naming both.
 */
export class IdCollision extends Error {
  override name = "IdCollision";
}

export class Ids {
  private readonly owners = new Map<string, string>();

  /** @param graph ids already in the graph, each with the fact it stands for (e.g. a person's name key). */
  constructor(private readonly graph: Map<string, string> = new Map()) {}

  /** An id for the fact: the base when free (or already the fact's), else base-2, base-3, … */
  allocate(base: string, fact: string): string {
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const owner = this.owners.get(id) ?? this.graph.get(id);
      if (owner === undefined || owner === fact) {
        this.owners.set(id, fact);
        return id;
      }
    }
  }

  /** Takes an id as given (an entity resolved in the graph); an id held by another fact is an error. */
  claim(id: string, fact: string): string {
    const owner = this.owners.get(id);
    if (owner !== undefined && owner !== fact) throw new IdCollision(`id ${id} would stand for both ${owner} and ${fact}`);
    this.owners.set(id, fact);
    return id;
  }
}
