import { describe, expect, it } from "vitest";
import { Listeners } from "../../client/source/listeners";

describe("Listeners", () => {
  it("calls each listener in order, and one that unsubscribes itself mid-emit still lets the rest run", () => {
    const l = new Listeners<number>();
    const heard: string[] = [];
    const offA = l.add((v) => {
      heard.push(`a${v}`);
      offA();
    });
    l.add((v) => heard.push(`b${v}`));
    l.emit(1);
    l.emit(2);
    expect(heard).toEqual(["a1", "b1", "b2"]);
    l.clear();
    l.emit(3);
    expect(heard).toEqual(["a1", "b1", "b2"]);
  });
});
