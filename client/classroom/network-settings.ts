// The settings form's choice of shape: the class in lines, or as one network with its layers and their
// width, and the seats that makes ("4 layers of 6 and a shooter: 25 seats"). The engine checks every value.
import { LIMITS, networkShape, type Settings } from "../../shared";
import { t } from "../i18n/i18n";
import { h } from "../ui/dom";
import "./network-settings.css";

/** The shape part of the settings form. */
export interface NetworkFields {
  el: HTMLElement;
  /** Whether "one network" is chosen. */
  network(): boolean;
  /** The settings the chosen shape sets (shape, and a network's depth and width). */
  patch(): Partial<Settings>;
}

/** The shape choice for settings `s`; `editable` says whether the shape may change now; `changed` runs on every change. */
export function networkFields(s: Settings, editable: boolean, changed: () => void): NetworkFields {
  const radios = (["lines", "network"] as const).map((shape) =>
    h("input", { type: "radio", name: "shape", value: shape, checked: s.shape === shape, disabled: !editable, "data-shape": shape }),
  );
  const num = (name: string, value: number, min: number, max: number) => h("input", { type: "number", name, value, min, max, step: 1, disabled: !editable });
  // The form counts layers before the shooter; the engine's lineLength counts the shooter's too.
  const layers = num("layers", Math.max(1, s.lineLength - 1), LIMITS.lineLength.min - 1, LIMITS.lineLength.max - 1);
  const width = num("layerWidth", s.layerWidth, LIMITS.layerWidth.min, LIMITS.layerWidth.max);
  const seats = h("p", { class: "small seats-note", "data-network-seats": "" });
  const dims = h(
    "div",
    { class: "fields network-fields" },
    h("label", { class: "field" }, h("span", {}, t("netplay.settings.layers")), layers),
    h("label", { class: "field" }, h("span", {}, t("netplay.settings.width")), width),
  );
  const network = () => radios[1]?.checked === true;
  const settings = () => ({ lineLength: (Number(layers.value) || 0) + 1, layerWidth: Number(width.value) || 0 });
  const refresh = () => {
    // style, not `hidden`: the form's own rules (display: grid) would override the attribute.
    dims.style.display = network() ? "" : "none";
    seats.style.display = network() ? "" : "none";
    const shape = networkShape(settings());
    seats.dataset.networkSeats = String(shape.seats);
    seats.textContent = t("netplay.settings.seats", { ...shape }) + (shape.seats > LIMITS.networkSeats ? ` ${t("netplay.settings.tooMany", { max: LIMITS.networkSeats })}` : "");
  };
  for (const input of [...radios, layers, width]) input.addEventListener("input", () => (refresh(), changed()));
  for (const r of radios) r.addEventListener("change", () => (refresh(), changed()));
  refresh();
  const el = h(
    "fieldset",
    { class: "pace shape", "data-field": "shape" },
    h("legend", {}, t("netplay.settings.shape")),
    ...radios.map((r) => h("label", {}, r, " ", t(r.value === "network" ? "netplay.settings.network" : "netplay.settings.lines"))),
    dims,
    seats,
  );
  return {
    el,
    network,
    patch: () => (network() ? { shape: "network", ...settings() } : { shape: "lines" }),
  };
}
