// The guided path, every chapter to its end, on a tablet (1024x768): chapters-path.ts says what is played
// and checked. One file per device, so two workers play them at once.
import { TABLET } from "./browser";
import { guidedPathTest } from "./chapters-path";

guidedPathTest(TABLET, "on a tablet (1024x768)");
