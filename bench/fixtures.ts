// A realistic post of Musterstadt, shared by the benchmarks that store or
// validate one (about 1 KB as JSON, with media, links, hashtags and variants).
export const BENCH_POST = {
  id: "0b7f8e2c-7a51-4c55-9d0e-3c7d2f1b9a10",
  organisationId: "musterstadt",
  state: "approved",
  authorId: "jonas-weber",
  contributorIds: ["leyla-yilmaz"],
  title: "Sperrmüll 2027",
  text: "Sperrmüll-Termine 2027 sind online 🚛♻️ Ab sofort können Sie Ihren Termin im Bürgerservice-Portal buchen. Fragen? Rufen Sie uns an: 01234 5678-0.",
  language: "de",
  pillarId: "service",
  campaignId: "abfall-2027",
  media: [{ id: "m1", kind: "image", url: "https://www.musterstadt.example/media/sperrmuell.jpg", mimeType: "image/jpeg", altText: "Ein Müllwagen der Stadt vor dem Rathaus", width: 1200, height: 800 }],
  links: ["https://www.musterstadt.example/sperrmuell"],
  hashtags: ["Musterstadt", "Sperrmüll"],
  variants: [
    { channelId: "mastodon-main", text: "Sperrmüll-Termine 2027 sind online 🚛 #Musterstadt" },
    { channelId: "instagram-main" },
  ],
  scheduledAt: "2027-01-07T08:00:00.000Z",
  createdAt: "2027-01-05T07:30:00.000Z",
  updatedAt: "2027-01-05T08:17:00.000Z",
  revision: 3,
};
