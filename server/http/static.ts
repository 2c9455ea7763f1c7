// The built client, served for a school's Wi-Fi: the .br or .gz the build made beside each file when the
// browser accepts it (Content-Encoding, Vary), hashed assets cached for a year and never revalidated,
// pages and the service worker revalidated on every visit so a new build reaches everyone.
import fs from "node:fs";
import path from "node:path";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";

const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
};

/** How long a browser may keep a file: hashed assets forever, everything else checked each time. */
export function cacheControl(relative: string): string {
  return relative.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Serves `dir` (the built client), precompressed where the browser accepts it. */
export function builtClient(dir: string): RequestHandler {
  const root = path.resolve(dir);
  const plain = express.static(root, {
    setHeaders: (res, file) => {
      res.setHeader("Cache-Control", cacheControl(`/${path.relative(root, file).split(path.sep).join("/")}`));
      res.setHeader("Vary", "Accept-Encoding");
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(req, res, next);
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next(Object.assign(new Error("bad path"), { status: 400 }));
    }
    if (relative.endsWith("/")) relative += "index.html";
    const file = path.join(root, path.normalize(relative));
    const type = TYPES[path.extname(file)];
    if (!type || !file.startsWith(root + path.sep)) return plain(req, res, next);
    // Browsers list gzip first at equal weight; brotli is smaller, so it wins whenever it is accepted at all.
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name && fs.existsSync(file + e.ext));
    if (!encoding) return plain(req, res, next);
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Encoding", encoding.name);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Cache-Control", cacheControl(relative));
    res.sendFile(file + encoding.ext, { dotfiles: "deny", headers: {}, lastModified: true, etag: true }, (err) => {
      if (err) next(err);
    });
  };
}
