import { graphql, type ResultOf } from "../graphql.js";
import { CitationFields, Sources } from "../ui/citation.js";
import { Await, EntityLink, KindBadge, formatDate, useQuery, useTitle, words } from "../ui/common.js";
import { EntitySearch } from "../ui/entity-search.js";
import { href, navigate } from "../router.js";
import type { ViewProps } from "../main.js";

const Ends = graphql(`
  query InterlockEnds($a: ID!, $b: ID!) {
    a: node(id: $a) {
      id
      label
      entityType
    }
    b: node(id: $b) {
      id
      label
      entityType
    }
  }
`);

const Interlocks = graphql(
  `
    query Interlocks($a: ID!, $b: ID!, $statuses: [AttendanceStatus!]) {
      interlocks(a: $a, b: $b, statuses: $statuses) {
        kind
        entity {
          id
          label
          entityType
        }
        inA {
          ...Proof
        }
        inB {
          ...Proof
        }
      }
    }
    fragment Proof on InterlockProof {
      status
      meeting {
        id
        label
        entityType
        date
        dateText
      }
      person {
        id
        label
        entityType
      }
      sources {
        ...CitationFields
      }
    }
  `,
  [CitationFields],
);
type Proof = ResultOf<typeof Interlocks>["interlocks"][number]["inA"][number];
type Status = Proof["status"];
const STATUSES: Status[] = ["PRESENT", "APOLOGIES", "IN_ATTENDANCE", "OBSERVER", "OFFICER", "PARTICIPANT"];
const DEFAULT: Status[] = STATUSES.filter((s) => s !== "APOLOGIES");

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function Proofs({ proofs, showPerson }: { proofs: readonly Proof[]; showPerson: boolean }) {
  return (
    <ul class="plain proofs">
      {proofs.map((p, i) => (
        <li key={i}>
          <span class="when">{formatDate(p.meeting.date, p.meeting.dateText)}</span> <EntityLink entity={p.meeting} />{" "}
          {showPerson && (
            <>
              {" "}
              by <EntityLink entity={p.person} />
            </>
          )}{" "}
          <span class={`status status-${p.status.toLowerCase()}`}>{words(p.status)}</span> <Sources sources={p.sources} />
        </li>
      ))}
    </ul>
  );
}

/** People and organisations recorded at meetings of two bodies or partnerships, with the attendance proving each side. */
export default function InterlocksView({ location }: ViewProps) {
  const a = location.params.get("a");
  const b = location.params.get("b");
  const statusesParam = location.params.get("statuses");
  const statuses = statusesParam ? (statusesParam.split(",").filter((s) => (STATUSES as string[]).includes(s)) as Status[]) : DEFAULT;
  const ends = useQuery(Ends, a && b ? { a, b } : null);
  const result = useQuery(Interlocks, a && b ? { a, b, statuses } : null);
  const aLabel = ends.data?.a?.label;
  const bLabel = ends.data?.b?.label;
  useTitle(aLabel && bLabel ? `Interlocks: ${aLabel} and ${bLabel}` : "Interlocks");
  const set = (changes: Record<string, string | null>) => navigate(href("interlocks", null, { a, b, statuses: statusesParam, ...changes }), { replace: true });
  return (
    <>
      <h1 tabIndex={-1}>Interlocks between two bodies</h1>
      <p class="lede">
        People and organisations recorded at meetings of both (a partnership means all its bodies). For one person or organisation over time, open its{" "}
        <a href={href("timeline", "person:alistair-bradley")}>timeline</a>.
      </p>
      <div class="controls path-controls">
        <EntitySearch
          key={`a-${aLabel ?? a}`}
          label="First body or partnership"
          initial={aLabel ?? ""}
          types={["BODY", "PARTNERSHIP"]}
          onPick={(e) => set({ a: e.id })}
        />
        <EntitySearch
          key={`b-${bLabel ?? b}`}
          label="Second body or partnership"
          initial={bLabel ?? ""}
          types={["BODY", "PARTNERSHIP"]}
          onPick={(e) => set({ b: e.id })}
        />
      </div>
      <fieldset class="statuses">
        <legend>Attendance that counts</legend>
        {STATUSES.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={statuses.includes(s)}
              onChange={(e) => {
                const now = new Set(statuses);
                if ((e.target as HTMLInputElement).checked) now.add(s);
                else now.delete(s);
                const list = STATUSES.filter((x) => now.has(x));
                set({ statuses: list.join(",") === DEFAULT.join(",") ? null : list.join(",") || null });
              }}
            />{" "}
            {words(s)}
          </label>
        ))}
      </fieldset>
      {a && b && (
        <Await state={result} what="interlocks">
          {({ interlocks }) =>
            interlocks.length === 0 ? (
              <p role="status">No person or organisation is recorded at meetings of both.</p>
            ) : (
              <>
                <p role="status" class="summary">
                  {count(interlocks.filter((i) => i.kind === "PERSON").length, "person", "people")} and{" "}
                  {count(interlocks.filter((i) => i.kind === "ORGANISATION").length, "organisation", "organisations")} link {aLabel} and {bLabel}.
                </p>
                <table class="interlocks">
                  <caption class="visually-hidden">Interlocks and the attendance proving each side</caption>
                  <thead>
                    <tr>
                      <th scope="col">Who</th>
                      <th scope="col">At {aLabel ?? "the first"}</th>
                      <th scope="col">At {bLabel ?? "the second"}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {interlocks.map((i) => (
                      <tr key={i.entity.id}>
                        <td>
                          <KindBadge kind={i.entity.entityType} /> <EntityLink entity={i.entity} />
                          <div>
                            <a href={href("timeline", i.entity.id)}>timeline</a>
                          </div>
                        </td>
                        <td>
                          <Proofs proofs={i.inA} showPerson={i.kind === "ORGANISATION"} />
                        </td>
                        <td>
                          <Proofs proofs={i.inB} showPerson={i.kind === "ORGANISATION"} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )
          }
        </Await>
      )}
    </>
  );
}
