// Where this page's server is: the page and the rooms share one origin (the server serves the build).

/** The WebSocket address of the server that served this page. */
export function pageEndpoint(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
}

/** The address a student opens (or the QR code holds) to join class `code`. */
export function joinUrl(code: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, "")}class.html?code=${code}`;
}

/** Whether this page was opened at an address other devices cannot reach (the QR would be useless). */
export function onlyThisComputer(): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);
}
