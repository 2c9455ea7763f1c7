// For tests only: test/client/ui-logic.test.ts and test/e2e/classroom-lines.test.ts still import the
// formatting from here. It lives in client/format.ts, below scenes/ and ui/ both, and every file in
// client/ imports it from there; delete this once those tests import "../../client/format".
export * from "../format";
