import { createHash, timingSafeEqual } from "node:crypto";

export type Role = "editor" | "reader";

export interface Caller {
  name: string;
  role: Role;
}

/** API keys from configuration (name:role:key;…), checked in constant time. */
export class ApiKeys {
  private readonly keys: { name: string; role: Role; digest: Buffer }[];

  constructor(spec: string | undefined) {
    this.keys = (spec ?? "")
      .split(";")
      .filter(Boolean)
      .map((entry) => {
        const [name, role, ...rest] = entry.split(":");
        return { name: name!, role: role as Role, digest: digest(rest.join(":")) };
      });
  }

  /**
   * The caller a presented key belongs to, or null. Every configured key is compared, each in
   * constant time over equal-length digests, so timing reveals neither which key nor how much matched.
   */
  identify(presented: string | undefined): Caller | null {
    if (!presented) return null;
    const d = digest(presented);
    let found: Caller | null = null;
    for (const k of this.keys) if (timingSafeEqual(k.digest, d) && !found) found = { name: k.name, role: k.role };
    return found;
  }
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Why a read is refused, or null when it may go ahead: with READS_REQUIRE_KEY every read (GraphQL
 * or an export) needs a valid key; otherwise anyone may read, and a key only adds rights.
 */
export function readRefusal(caller: Caller | null, readsRequireKey: boolean): string | null {
  return !caller && readsRequireKey ? "An API key is required: send Authorization: Bearer <key>." : null;
}

/** The key from "Authorization: Bearer <key>" or "x-api-key: <key>". */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === "string" && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, "").trim();
  const x = headers["x-api-key"];
  return typeof x === "string" ? x.trim() : undefined;
}
