// Fire together's story: nobody hears about the miss, so nothing travels back. Each handshake whose two
// neurons fired together pulses along the lane (as wide as how strongly they fired together) and grows;
// every other grip fades a little. The miss stays on the court, unheard.
import { drawCard } from "./card-draw";
import { passPath } from "./geometry";
import { t as msg } from "../../shared/i18n";
import { PALETTE } from "./palette";
import { missAt, MISS_SIZE } from "./shot-draw";
import type { StoryFrame } from "./story-frame";

/**
 * A pulse is 0.25 radii wide plus up to 0.5 more for neighbours who fired together fully, beating three
 * times over the phase; links whose pair hardly fired together (under 0.05) stay dark. The cards show
 * from 20% of the phase; "nobody hears the miss" (13 px at scale 1) sits 4 px over the miss.
 */
const PULSE = { width: 0.5, base: 0.25, beats: 3, quiet: 0.05, from: 0.2, note: 13, noteGap: 4 };

/** The pulses, cards and the unheard miss at progress t (0..1). */
export function drawTogether(f: StoryFrame): void {
  const { pen, l, round, distance, shot, cards, t, cues, marks } = f;
  const report = shot.coach;
  if (!report) return;
  const { g, labels } = pen;
  const path = passPath(l);
  report.signals.forEach((together, seat) => {
    const strength = Math.max(0, Math.min(1, together));
    if (strength < PULSE.quiet) return;
    const a = path[seat];
    const b = path[seat + 1];
    const beat = t >= 1 ? 1 : 0.35 + 0.65 * Math.abs(Math.sin(Math.PI * (t * PULSE.beats - seat * 0.15)));
    g.lineStyle(l.radius * (PULSE.base + PULSE.width * strength), PALETTE.ball, 0.85 * beat);
    g.lineBetween(a.x, a.y, b.x, b.y);
    marks.together.push(seat);
    if (t >= PULSE.from) cues.say(`together${round}:${seat}`, { kind: "together", seat, strength });
  });
  if (t >= PULSE.from) for (const card of cards) drawCard(f, card, PALETTE.text);
  const at = missAt(l, distance, labels.scale);
  // Over the miss, in the sky: under it stand the hoop's pole and the landing mark.
  labels.show("unheard", at.x, at.y - (MISS_SIZE / 2 + PULSE.noteGap + PULSE.note * 0.6) * labels.scale, msg(shot.hit ? "solo.court.unheardHit" : "solo.court.unheard"), PULSE.note, PALETTE.text);
}
