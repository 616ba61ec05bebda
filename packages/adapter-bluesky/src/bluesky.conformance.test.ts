// The conformance kit, every area the adapter declares, against a REAL local
// Bluesky network (PLC, PDS, AppView of @atproto/dev-env, with a PostgreSQL
// this test starts itself), through a loopback proxy that can fail one
// request of an operation the way the PDS does.
import type { Media, MediaKind } from "@kommune-sm/core";
import { createMemoryMediaStore, sampleMediaBytes } from "@kommune-sm/network";
import { testAdapter } from "@kommune-sm/network/testkit";
import { AtpAgent } from "@atproto/api";
import { afterAll } from "vitest";
import { createBlueskyAdapter } from "./bluesky-adapter.js";
import { createBlueskyTestControl } from "./test-support/bluesky-test-control.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "./test-support/local-bluesky.js";
import { startXrpcProxy } from "./test-support/xrpc-proxy.js";

// A real 1×1 PNG: the PDS checks what it stores.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
const FILES: Record<MediaKind, { key: string; bytes: Uint8Array; mimeType: string }> = {
  image: { key: "bilder/stadtfest.png", bytes: PNG, mimeType: "image/png" },
  gif: { key: "bilder/animation.gif", bytes: sampleMediaBytes("gif"), mimeType: "image/gif" },
  video: { key: "videos/rundgang.mp4", bytes: sampleMediaBytes("mp4"), mimeType: "video/mp4" },
  document: { key: "dokumente/satzung.pdf", bytes: sampleMediaBytes("pdf"), mimeType: "application/pdf" },
};

// Started while the file is collected: the kit reads the adapter's capabilities from a first setup then.
const network: LocalBluesky = await startLocalBluesky();
const town: LocalBlueskyAccount = await network.createAccount("musterstadt");
afterAll(async () => {
  await network.close();
}, 60_000);

testAdapter({
  name: "bluesky (a real local network: PLC, PDS, AppView)",
  create: async () => {
    const proxy = await startXrpcProxy({ target: network.pdsUrl });
    // Logged in as a town hall would connect the account: with its app password.
    const { data: session } = await new AtpAgent({ service: network.pdsUrl }).com.atproto.server.createSession({ identifier: town.handle, password: town.appPassword });
    const mediaStore = createMemoryMediaStore({ files: Object.fromEntries(Object.values(FILES).map((file) => [file.key, file.bytes])) });
    const media = (kind: MediaKind, index: number): Media => ({
      id: `${kind}-${index}`,
      kind,
      storageKey: FILES[kind].key,
      mimeType: FILES[kind].mimeType,
      sizeBytes: FILES[kind].bytes.length,
      altText: "Die Bühne auf dem Marktplatz",
      width: 1,
      height: 1,
    });
    return {
      adapter: createBlueskyAdapter(),
      credentials: { accessToken: session.accessJwt, refreshToken: session.refreshJwt },
      channel: { id: "bluesky-main", handle: `@${town.handle}`, options: { service: proxy.url, did: town.did } },
      control: createBlueskyTestControl({ network, proxy, account: { did: town.did, handle: town.handle } }),
      mediaStore,
      media,
      cleanup: () => proxy.close(),
    };
  },
  timeoutMs: 120_000,
});
