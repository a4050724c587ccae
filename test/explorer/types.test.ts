import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/env.js";

describe("the explorer's operation types", () => {
  it("are generated from the schema as it is checked in (npm run schema regenerates both)", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tada-")), "graphql-env.d.ts");
    execFileSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "node_modules", "gql.tada", "bin", "cli.js"), "generate-output", "-c", "explorer/tsconfig.json", "-o", out],
      {
        cwd: PROJECT_ROOT,
        stdio: "pipe",
      },
    );
    expect(fs.readFileSync(out, "utf8")).toBe(fs.readFileSync(path.join(PROJECT_ROOT, "explorer", "src", "graphql-env.d.ts"), "utf8"));
  });
});
