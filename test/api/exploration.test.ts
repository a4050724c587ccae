import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";
import { openTestDatabase } from "../helpers/db.js";
import { startSeededServer, stopSeededServer, type TestServer } from "../helpers/server.js";

interface Step {
  position: number;
  date: string | null;
  dateText: string | null;
  relation: string;
  stream: string;
  event: { id: string };
  body: { id: string } | null;
  sources: { quote: string; start: number; end: number; document: { file: string } }[];
}

const LINEAGE = `query($id: ID!) { lineage(id: $id) {
  subject { id } origins { id } destinations { id }
  steps { position date dateText relation stream event { id } body { id } sources { quote start end document { file } } }
} }`;

/** [date or dateText, relation, event, body] for each step: what a strategy lead reads off the chain. */
const shape = (steps: Step[]) => steps.map((s) => [s.date ?? s.dateText, s.relation, s.event.id, s.body?.id ?? null]);

describe("lineage, paths, neighbourhood, interlocks, timeline", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: TestServer;

  beforeAll(async () => ({ db, server } = await startSeededServer()));
  afterAll(() => stopSeededServer({ db, server }));

  async function lineage(id: string) {
    const r = await server.gql<{ lineage: { subject: { id: string } | null; origins: { id: string }[]; destinations: { id: string }[]; steps: Step[] } }>(
      LINEAGE,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const steps = r.data!.lineage.steps;
    // Every step is proved by at least one citation whose offsets point at its quote.
    for (const s of steps) {
      expect(s.sources.length, `${s.relation} ${s.event.id}`).toBeGreaterThan(0);
      for (const c of s.sources) {
        const text = fs.readFileSync(path.join(PROJECT_ROOT, "data", c.document.file), "utf8");
        expect(text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
    expect(steps.map((s) => s.position)).toEqual(steps.map((_, i) => i + 1));
    return r.data!.lineage;
  }

  it("chain 1: priorities raised on 5 June 2024 → proposal for September 2024 → deep dive on Starting Well", async () => {
    const l = await lineage("priority:icp-led-priorities");
    expect(shape(l.steps)).toEqual([
      ["2024-06-05", "RAISED_AT", "meeting:lsc-icp-development-session-2024-06-05", "body:lsc-icp-development-sessions"],
      ["September 2024", "PROPOSED_FOR", "meeting:lsc-icp-2024-09", "body:lsc-icp"],
      ["September 2024", "FEEDS_INTO", "strategy:starting-well", null],
    ]);
  });

  it("the same chain read from the Starting Well section, as where it came from", async () => {
    const l = await lineage("strategy:starting-well");
    expect(l.origins.map((o) => o.id)).toEqual(["priority:icp-led-priorities"]);
    expect(l.steps.map((s) => s.stream)).toEqual(["ORIGIN", "ORIGIN", "ORIGIN"]);
    expect(l.steps.at(-1)?.event.id).toBe("strategy:starting-well");
  });

  it("chain 2: Transforming Community Services requested in March 2024 → workshop September 2024 → March 2025", async () => {
    const l = await lineage("priority:transforming-community-services");
    expect(shape(l.steps)).toEqual([
      ["2024-03-25", "REQUESTED_AT", "meeting:lsc-icp-2024-03-25", "body:lsc-icp"],
      ["September 2024", "PROPOSED_FOR", "meeting:lsc-icp-tcs-workshop-2024-09", "body:lsc-icp"],
      ["March 2025", "PROPOSED_FOR", "meeting:lsc-icp-tcs-workshop-2025-03", "body:lsc-icp"],
    ]);
  });

  it("chain 3: the 2023 locality workshops → Lancashire-wide session → approval by the Interim Board on 24 April 2023", async () => {
    const l = await lineage("priority:lancashire-place-workshop-feedback");
    const workshops = "body:lancashire-place-locality-workshops";
    expect(shape(l.steps)).toEqual([
      ["2023-01-18", "RAISED_AT", "meeting:lancashire-place-workshop-2023-01-18-lancaster", workshops],
      ["2023-01-31", "RAISED_AT", "meeting:lancashire-place-workshop-2023-01-31-central", workshops],
      ["2023-02-01", "RAISED_AT", "meeting:lancashire-place-workshop-2023-02-01-fylde-wyre", workshops],
      ["2023-02-08", "RAISED_AT", "meeting:lancashire-place-workshop-2023-02-08-east-am", workshops],
      ["2023-02-08", "RAISED_AT", "meeting:lancashire-place-workshop-2023-02-08-east-pm", workshops],
      ["2023-03-22", "DISCUSSED_AT", "meeting:lancashire-place-workshop-2023-03-22-lancashire-wide", workshops],
      ["2023-04-24", "APPROVED_AT", "meeting:interim-lancashire-place-board-2023-04-24", "body:interim-lancashire-place-board"],
      // Undated: the paper says the locality arrangements were designed from the feedback.
      [null, "FEEDS_INTO", "priority:lancashire-place-locality-arrangements", null],
    ]);
  });

  it("chain 4: ICP membership and terms: February 2024 → March 2024 → June 2024 → revised terms for July 2024", async () => {
    const l = await lineage("priority:icp-membership-and-tor");
    expect(shape(l.steps)).toEqual([
      ["2024-02-26", "DISCUSSED_AT", "meeting:lsc-icp-development-session-2024-02-26", "body:lsc-icp-development-sessions"],
      ["2024-03-25", "DISCUSSED_AT", "meeting:lsc-icp-2024-03-25", "body:lsc-icp"],
      ["2024-06-05", "DISCUSSED_AT", "meeting:lsc-icp-development-session-2024-06-05", "body:lsc-icp-development-sessions"],
      ["2024-07-15", "ADOPTED_INTO", "tor:lsc-icp-2024", "body:lsc-icp"],
    ]);
    // Read from the revised terms, the same steps are where the change came from.
    const fromTerms = await lineage("tor:lsc-icp-2024");
    expect(shape(fromTerms.steps)).toEqual(shape(l.steps));
  });

  it("answers an unknown id with an empty lineage, and a malformed one with BAD_USER_INPUT", async () => {
    const l = await lineage("priority:nothing-like-this");
    expect(l.subject).toBeNull();
    expect(l.steps).toEqual([]);
    const bad = await server.gql(`{ lineage(id: "not an id") { steps { position } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
  });

  type PathResult = { paths: { length: number; nodes: { id: string }[]; edges: { type: string; forward: boolean; sources: { quote: string }[] }[] }[] };

  it("finds the shortest evidence-backed paths from Chorley Council to the LSC ICP", async () => {
    const r = await server.gql<PathResult>(
      `{ paths(from: "org:chorley-council", to: "partnership:lsc-icp") { length nodes { id } edges { type forward sources { quote } } } }`,
    );
    const paths = r.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.length).toBe(4);
      expect(p.nodes[0]?.id).toBe("org:chorley-council");
      expect(p.nodes.at(-1)?.id).toBe("partnership:lsc-icp");
      expect(p.edges.every((e) => e.sources.length > 0)).toBe(true);
      expect(p.nodes.some((n) => n.id.startsWith("doc:"))).toBe(false);
    }
    expect(paths[0]!.nodes.map((n) => n.id)).toEqual([
      "org:chorley-council",
      "person:alistair-bradley",
      "meeting:lsc-icp-2024-03-25",
      "body:lsc-icp",
      "partnership:lsc-icp",
    ]);
    expect(paths[0]!.edges.map((e) => [e.type, e.forward])).toEqual([
      ["AFFILIATED_WITH", false],
      ["ATTENDED", true],
      ["MEETING_OF", true],
      ["BODY_OF", true],
    ]);
  });

  it("finds Alistair Bradley's path to Lancashire Place, and none within too few hops", async () => {
    const r = await server.gql<PathResult>(
      `{ paths(from: "person:alistair-bradley", to: "partnership:lancashire-place") { length nodes { id } edges { type } } }`,
    );
    expect(r.data!.paths[0]).toMatchObject({
      length: 2,
      nodes: [{ id: "person:alistair-bradley" }, { id: "meeting:lsc-icp-2024-03-25" }, { id: "partnership:lancashire-place" }],
    });
    const short = await server.gql<PathResult>(`{ paths(from: "person:alistair-bradley", to: "partnership:lancashire-place", maxHops: 1) { length } }`);
    expect(short.data!.paths).toEqual([]);
    const tooLong = await server.gql(`{ paths(from: "person:alistair-bradley", to: "partnership:lancashire-place", maxHops: 7) { length } }`);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxHops" });
  });

  it("draws the neighbourhood of an entity, filtered by kind", async () => {
    const r = await server.gql<{
      neighbourhood: { centre: { id: string }; nodes: { id: string }[]; edges: { type: string; fromId: string; toId: string }[]; truncated: boolean };
    }>(`{ neighbourhood(id: "body:chorley-psr-executive") { centre { id } nodes { id } edges { type fromId toId } truncated } }`);
    const n = r.data!.neighbourhood;
    expect(n.centre.id).toBe("body:chorley-psr-executive");
    expect(n.nodes.map((x) => x.id)).toEqual(
      expect.arrayContaining(["partnership:chorley-psr", "person:alistair-bradley", "meeting:chorley-psr-executive-2016-02-16"]),
    );
    expect(n.edges).toEqual(expect.arrayContaining([{ type: "BODY_OF", fromId: "body:chorley-psr-executive", toId: "partnership:chorley-psr" }]));
    const ids = new Set(n.nodes.map((x) => x.id));
    expect(n.edges.every((e) => ids.has(e.fromId) && ids.has(e.toId))).toBe(true);
    const orgs = await server.gql<{ neighbourhood: { nodes: { id: string }[] } }>(
      `{ neighbourhood(id: "meeting:chorley-psr-executive-2016-02-16", depth: 2, types: [ORGANISATION]) { nodes { id } } }`,
    );
    expect(orgs.data!.neighbourhood.nodes.slice(1).every((x) => x.id.startsWith("org:"))).toBe(true);
    expect(orgs.data!.neighbourhood.nodes.map((x) => x.id)).toContain("org:runshaw-college");
  });

  it("returns the interlocks of the LSC ICP with the Chorley PSR Executive, with the meetings that prove each", async () => {
    const r = await server.gql<{
      interlocks: {
        kind: string;
        entity: { id: string };
        inA: { meeting: { id: string }; person: { id: string }; status: string }[];
        inB: { meeting: { id: string }; person: { id: string }; status: string }[];
      }[];
    }>(
      `{ interlocks(a: "partnership:lsc-icp", b: "body:chorley-psr-executive") { kind entity { id } inA { meeting { id } person { id } status } inB { meeting { id } person { id } status } } }`,
    );
    const list = r.data!.interlocks;
    expect(list.map((i) => [i.kind, i.entity.id])).toEqual([
      ["PERSON", "person:alistair-bradley"],
      ["ORGANISATION", "org:chorley-council"],
      ["ORGANISATION", "org:lancashire-county-council"],
    ]);
    const bradley = list[0]!;
    expect(bradley.inA).toEqual([
      { meeting: { id: "meeting:lsc-icp-development-session-2024-06-05" }, person: { id: "person:alistair-bradley" }, status: "PARTICIPANT" },
    ]);
    expect(bradley.inB).toEqual([
      { meeting: { id: "meeting:chorley-psr-executive-2016-02-16" }, person: { id: "person:alistair-bradley" }, status: "PRESENT" },
    ]);
    // Apologies do not count as presence: his apologies to the March 2024 meeting prove nothing.
    expect(bradley.inA.some((p) => p.meeting.id === "meeting:lsc-icp-2024-03-25")).toBe(false);
  });

  it("counts the attendance statuses asked for: with apologies too, his March 2024 apologies appear as proof", async () => {
    const q = (statuses: string) =>
      server.gql<{ interlocks: { entity: { id: string }; inA: { meeting: { id: string }; status: string }[] }[] }>(
        `{ interlocks(a: "partnership:lsc-icp", b: "body:chorley-psr-executive", statuses: ${statuses}) { entity { id } inA { meeting { id } status } } }`,
      );
    const all = await q("[PRESENT, PARTICIPANT, IN_ATTENDANCE, OBSERVER, OFFICER, APOLOGIES]");
    expect(all.errors).toBeUndefined();
    const bradley = all.data!.interlocks.find((i) => i.entity.id === "person:alistair-bradley")!;
    expect(bradley.inA).toContainEqual({ meeting: { id: "meeting:lsc-icp-2024-03-25" }, status: "APOLOGIES" });
    // Only apologies on both sides: nobody sent apologies to both bodies' meetings.
    const apologies = await q("[APOLOGIES]");
    expect(apologies.data!.interlocks.map((i) => i.entity.id)).not.toContain("person:alistair-bradley");
    const none = await q("[]");
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists every dated fact about a person, oldest first, and filters by date", async () => {
    const r = await server.gql<{ timeline: { date: string; relation: string; node: { id: string } }[] }>(
      `{ timeline(id: "person:alistair-bradley") { date relation node { id } } }`,
    );
    const t = r.data!.timeline;
    expect(t.map((e) => e.date)).toEqual([...t.map((e) => e.date)].sort());
    expect(t[0]).toEqual({ date: "2016-02-16", relation: "ATTENDED", node: { id: "meeting:chorley-psr-executive-2016-02-16" } });
    expect(t.map((e) => e.relation)).toContain("HELD_POSITION");
    const recent = await server.gql<{ timeline: { date: string }[] }>(`{ timeline(id: "person:alistair-bradley", from: "2024-01-01") { date } }`);
    expect(recent.data!.timeline.every((e) => e.date >= "2024-01-01")).toBe(true);
    expect(recent.data!.timeline.length).toBeLessThan(t.length);
  });

  it("gives a partnership its bodies, parents and places", async () => {
    const r = await server.gql<{
      partnership: { level: string; bodies: { id: string }[]; parents: { type: string; node: { id: string } }[]; places: { id: string }[] };
    }>(`{ partnership(id: "partnership:central-lancashire") { level bodies { id } parents { type node { id } } places { id } } }`);
    expect(r.data!.partnership.level).toBe("place");
    expect(r.data!.partnership.bodies.map((b) => b.id).sort()).toEqual([
      "body:central-lancashire-board",
      "body:central-lancashire-digital-group",
      "body:central-lancashire-icp-task-and-finish-group",
      "body:central-lancashire-ppcv",
      "body:central-lancashire-senior-leadership-team",
    ]);
    expect(r.data!.partnership.parents).toEqual([{ type: "PART_OF", node: { id: "body:lsc-ics" } }]);
  });
});
