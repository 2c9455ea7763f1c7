// The addresses tablets on the same Wi-Fi can reach this machine at, and the route that tells the
// projector's page (opened at localhost, its QR code would be useless without it).
import os from "node:os";
import type { Request, Response } from "express";

/** Private ranges first (home and school networks), then any other address. */
function rank(ip: string): number {
  return /^(192\.168\.|10\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip) ? 0 : 1;
}

/** The machine's IPv4 LAN addresses (no loopback), private ones first. */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === "IPv4" && !a.internal)
    .map((a) => a.address)
    .sort((a, b) => rank(a) - rank(b));
}

/** GET /api/lan: `{ addresses }`, this machine's LAN addresses (the page adds its own port). */
export function lanRoute(_req: Request, res: Response): void {
  res.set("cache-control", "no-store").json({ addresses: lanAddresses() });
}
