// ESLint with typescript-eslint's recommended rules (not the type-checked set: tsc --noEmit already
// runs in `npm test`, and the type-aware rules would double its time). Formatting is Prettier's
// (eslint-config-prettier turns off every rule that would disagree with it).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".neo4j/",
      "coverage/",
      "bench/results/",
      "neo4j-local/target/",
      "explorer/dist/",
      "explorer/src/graphql-env.d.ts",
      "test-artifacts/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Express error handlers and type-graphql methods must keep parameters they do not read; an
      // underscore says so on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // == coerces; every comparison here means ===.
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      // All Cypher is parameterised: a statement handed to the gateway is never a template literal
      // or a concatenation, where user text could end up in the query.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(read|readUnconverted|run|runAutoCommit)$/] > :matches(TemplateLiteral, BinaryExpression).arguments:first-child",
          message: "Pass Cypher from a cypher/ file and its values as parameters, never as a built string.",
        },
      ],
    },
  },
);
