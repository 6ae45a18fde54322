/*
 * The member portal's service worker. The platform serves these bytes at /p/{club}/sw.js, so each club's
 * portal has its own worker, scope /p/{club}/, and its own cache. It keeps the shell (index.html and the
 * hashed files it loads) so the portal opens without a network; the app itself keeps the member's last
 * balances (localStorage) and marks them offline. The API is never cached here. Also shows web pushes.
 */
const SCOPE = new URL(self.registration.scope);
const CLUB = SCOPE.pathname.split("/").filter(Boolean)[1] || "portal";
const CACHE = `bashgah-portal-${CLUB}-1`;
const ASSET = /\/p\/assets\/[\w.-]+\.(?:js|css|woff2|png|svg)$/;

/** The bundle's files an index.html loads (its script, its modulepreloads, its stylesheet). */
function assetsOf(html) {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/p\/assets\/[^"]+)"/g)].map((m) => m[1]))];
}

async function keepShell(response) {
  const html = await response.clone().text();
  const cache = await caches.open(CACHE);
  const wanted = assetsOf(html);
  const kept = await cache.match(SCOPE.href);
  const before = kept ? assetsOf(await kept.text()) : [];
  const same = kept && before.length === wanted.length && before.every((a) => wanted.includes(a));
  if (!same) await cache.addAll(wanted.concat(["/p/icon-192.png"]));
  await cache.put(SCOPE.href, response);
  if (same) return;
  // A new bundle: the files of the old one go, the lazy screens' chunks with them (they come back from
  // the network when next opened).
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (ASSET.test(path) && !wanted.includes(path)) await cache.delete(request);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    fetch(SCOPE.href, { cache: "no-cache", credentials: "same-origin" })
      .then((r) => (r.ok ? keepShell(r) : undefined))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(`bashgah-portal-${CLUB}-`) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;

  // A page of the portal: the network first (a new bundle shows at once), the kept index.html offline.
  if (request.mode === "navigate" && url.pathname.startsWith(SCOPE.pathname)) {
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (response.ok && (response.headers.get("content-type") || "").includes("text/html")) event.waitUntil(keepShell(response.clone()).catch(() => {}));
          return response;
        },
        async () => (await caches.match(SCOPE.href, { cacheName: CACHE })) || Response.error(),
      ),
    );
    return;
  }

  // The bundle's files never change under one name: the kept copy, or the network (kept for next time).
  if (ASSET.test(url.pathname) || url.pathname === "/p/icon-192.png" || url.pathname === "/p/icon-512.png") {
    event.respondWith(
      caches.match(request, { cacheName: CACHE }).then(
        (kept) =>
          kept ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
            }
            return response;
          }),
      ),
    );
    return;
  }

  // The club's manifest: the network, or the kept one offline (the browser asks for it on every start).
  if (url.pathname === `${SCOPE.pathname}manifest.webmanifest`) {
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
          }
          return response;
        },
        async () => (await caches.match(request, { cacheName: CACHE })) || Response.error(),
      ),
    );
  }
  // Everything else, the API above all, goes to the network untouched.
});

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : "" };
  }
  const title = message.title || "";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: message.body || "",
      icon: message.icon || "/p/icon-192.png",
      badge: "/p/icon-192.png",
      dir: "auto",
      data: { url: message.url || SCOPE.href },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || SCOPE.href, SCOPE.href);
  // Only pages of the platform itself are opened from a notification.
  const url = target.origin === SCOPE.origin ? target.href : SCOPE.href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
