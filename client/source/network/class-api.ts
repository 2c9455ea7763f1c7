// The class API over HTTP (server/http/classes.ts): create a class, look a code up, fetch the report.
import { type ApiError, type ClassInfo, type CreatedClass, HOST_KEY_HEADER, type Settings } from "../../../shared";
import { JoinError, refusedWith } from "./refusals";

/** The http(s) address matching a ws(s) endpoint (for the class API). */
export function httpBase(endpoint: string): string {
  return endpoint.replace(/^ws/, "http").replace(/\/$/, "");
}

/** Refusals of the API arrive as { error, message }: sorted by the code, never by the words. */
async function refusal(res: Response): Promise<JoinError> {
  const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
  if (typeof body.error === "string" && body.error !== "bad-message") return refusedWith(body.error);
  return new JoinError(res.status === 429 ? "rate-limited" : "refused");
}

/** Creates a class (this device becomes its host): the code and the host key. */
export async function createClass(endpoint: string, settings?: Partial<Settings>): Promise<CreatedClass> {
  const res = await fetch(`${httpBase(endpoint)}/api/classes`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(settings ? { settings } : {}),
  }).catch(() => null);
  if (!res) throw new JoinError("unreachable");
  if (!res.ok) throw await refusal(res);
  return (await res.json()) as CreatedClass;
}

/** Asks about a code before joining, for a precise reason (wrong code, locked) before the socket opens. */
export async function lookupClass(endpoint: string, code: string): Promise<void> {
  const res = await fetch(`${httpBase(endpoint)}/api/classes/${code}`).catch(() => null);
  if (!res) throw new JoinError("unreachable");
  if (!res.ok) throw await refusal(res);
}

/** A file to save: its contents and the name the server gave it. */
export interface ReportFile {
  blob: Blob;
  name: string;
}

/** The class report as a file, fetched with the host key in a header (never in an address). */
export async function fetchReport(endpoint: string, code: string, hostKey: string, format: "csv" | "students.csv" | "json"): Promise<ReportFile> {
  // The spreadsheet's headers follow the page's language (<html lang>, set by client/i18n at start).
  const lang = typeof document === "undefined" ? "" : `?lang=${encodeURIComponent(document.documentElement.lang)}`;
  const res = await fetch(`${httpBase(endpoint)}/api/classes/${code}/report.${format}${lang}`, { headers: { [HOST_KEY_HEADER]: hostKey } });
  if (!res.ok) throw new Error(await message(res));
  const named = /filename="?([^";]+)"?/.exec(res.headers.get("content-disposition") ?? "");
  return { blob: await res.blob(), name: named?.[1] ?? `class-${code}.${format}` };
}

/** What the server keeps about a class this device hosted (null: gone, or the key no longer opens it). */
export async function classInfo(endpoint: string, code: string, hostKey: string): Promise<ClassInfo | null> {
  const res = await fetch(`${httpBase(endpoint)}/api/classes/${code}/info`, { headers: { [HOST_KEY_HEADER]: hostKey } }).catch(() => null);
  if (!res) throw new JoinError("unreachable");
  return res.ok ? ((await res.json()) as ClassInfo) : null;
}

/** Deletes a finished class and its report for good. */
export async function deleteClass(endpoint: string, code: string, hostKey: string): Promise<void> {
  const res = await fetch(`${httpBase(endpoint)}/api/classes/${code}`, { method: "DELETE", headers: { [HOST_KEY_HEADER]: hostKey } });
  if (!res.ok) throw new Error(await message(res));
}

async function message(res: Response): Promise<string> {
  return ((await res.json().catch(() => ({}))) as Partial<ApiError>).message ?? `The server said ${res.status}.`;
}
