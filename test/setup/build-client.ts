// Vitest global setup: builds the client once before any test file runs. The browser suites run in
// parallel workers; each building dist/client itself would empty the folder under the others' feet.
import { buildClient } from "../e2e/browser";

export default function setup(): void {
  buildClient();
  process.env.BLAME_GAME_CLIENT_BUILT = "1";
}
