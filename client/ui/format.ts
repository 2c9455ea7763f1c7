// Kept so the panels' older imports (and test/client, test/e2e) still work: the formatting now lives in
// client/format.ts, below scenes/ and ui/ both. New code imports "../format" directly.
export * from "../format";
