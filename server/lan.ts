// The addresses tablets on the same Wi-Fi can reach this machine at.
import os from "node:os";

/** The machine's IPv4 LAN addresses (no loopback). */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === "IPv4" && !a.internal)
    .map((a) => a.address);
}
