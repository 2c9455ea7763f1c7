import { type GameView, type Intent, lineOf } from "../../shared";
import type { Chapter } from "../chapters/chapters";
import type { GameSource } from "../source/game-source";

/** What every panel needs: the game, who I am, and a way to speak to screen readers. */
export interface PanelContext {
  source: GameSource;
  view: GameView;
  me: string | null;
  chapter: Chapter | null;
  /** Announces a sentence in the live region. */
  say(text: string): void;
}

/** My line's index. */
export function myLine(ctx: PanelContext): number {
  return lineOf(ctx.view, ctx.me);
}

/** My seat, or -1 when I have none. */
export function mySeat(ctx: PanelContext): number {
  return ctx.me !== null ? (ctx.view.players[ctx.me]?.seat ?? -1) : -1;
}

/** Whether I may move the game on (the host; in solo, the learner). */
export function amHost(ctx: PanelContext): boolean {
  return ctx.me !== null && ctx.view.hostId === ctx.me;
}

/** Sends an intent; a refusal reaches the error banner through the source's onError. */
export function act(ctx: PanelContext, intent: Intent): void {
  void ctx.source.send(intent);
}
