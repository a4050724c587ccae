// Imported first by bench/serve.ts: graphql-js reads NODE_ENV when it loads, and only in
// production does it skip its development-time instanceof checks on every value it executes.
process.env.NODE_ENV = "production";
// As src/main.ts does in production: no source-mapping of the stack the driver captures per statement.
process.setSourceMapsEnabled(false);
