// Where this page's server is: the page and the rooms share one origin (the server serves the build).

/** The WebSocket address of the server that served this page. */
export function pageEndpoint(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
}

/** The address a student opens (or the QR code holds) to join class `code`, at `origin` (this page's by default). */
export function joinUrl(code: string, origin = location.origin): string {
  return `${origin}${location.pathname.replace(/[^/]*$/, "")}class.html?code=${code}`;
}

/** Whether this page was opened at an address other devices cannot reach (the QR would be useless). */
export function onlyThisComputer(): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
}

/**
 * The join address other devices can reach: this page's own, unless it was opened at localhost; then
 * the server's first Wi-Fi (LAN) address from GET /api/lan, on this page's port. Null: the server
 * knows no LAN address (the QR then shows localhost, with a warning).
 */
export async function reachableJoinUrl(code: string): Promise<string | null> {
  if (!onlyThisComputer()) return joinUrl(code);
  const found = await fetch("/api/lan", { cache: "no-store" })
    .then((r) => (r.ok ? (r.json() as Promise<{ addresses?: unknown }>) : null))
    .catch(() => null);
  const ip = Array.isArray(found?.addresses) ? found.addresses.find((a): a is string => typeof a === "string" && /^[\d.]+$/.test(a)) : undefined;
  return ip ? joinUrl(code, `${location.protocol}//${ip}${location.port ? `:${location.port}` : ""}`) : null;
}
