/** Registers the offline service worker in built pages (the dev server has none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch(() => {
      // No offline play (private mode, or an insecure origin other than localhost): the game still works.
    });
  });
}
