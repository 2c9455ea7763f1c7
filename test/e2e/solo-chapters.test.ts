// The guided path, every chapter to its end, on a phone (390x844): chapters-path.ts says what is played
// and checked. One file per device, so two workers play them at once.
import { PHONE } from "./browser";
import { guidedPathTest } from "./chapters-path";

guidedPathTest(PHONE, "on a phone (390x844)");
