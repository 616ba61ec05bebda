import { describe, expect, it } from "vitest";
import { CoreError } from "@kommune-sm/core";
import { DANGER_MODEL } from "../lexicons/danger-model.js";
import { trainDangerModel, type LabelledComment } from "../evaluation/danger-model-training.js";
import { MODEL_LABEL } from "./classify-danger.js";
import { createTriage } from "./create-triage.js";
import { compileDangerModel, type DangerModelData } from "./danger-model.js";

// Defects found by attacking the danger model's runtime, its gating by the
// lists, its data contract and its training. A test marked `it.fails` shows a
// defect the owner must fix; it starts to fail (and must lose the mark) once fixed.

const withModel = createTriage();
const listsOnly = createTriage({ dangerModel: false });

// Found by the shipped model where the lists see no danger word (from the model's own tests).
const TOLD_NOT_NAMED = "Im Baumarkt an den Kühlregalen riecht es komisch und mehrere Leute kriegen schlecht Luft";

describe("the model's guess gated by the lists", () => {
  // The words of a sentence the lists set aside ("kein Brand", a figure of speech) are left out of the
  // evidence but not out of the sum: they tip the model, whose evidence then falls on the innocent words
  // of the next sentence. Prefixed to the 263 calm comments of the breaker's set that raise nothing,
  // "Kein Brand, kein Rauch, keine Flammen." made 66 of them fire alarms, "Ich bin Feuer und Flamme!" 3.
  it("does not let a sentence the lists set aside tip it into an alarm on the words of another sentence", () => {
    const cases = [
      ["Kein Brand, kein Rauch, keine Flammen. ", "Wer ist denn für die Straßenlaternen im Neubaugebiet zuständig?"],
      ["Ich bin Feuer und Flamme! ", "Der Container für Altglas ist übervoll."],
    ] as const;
    for (const [setAside, calm] of cases) {
      expect(withModel(setAside).danger, setAside).toBeUndefined();
      expect(withModel(calm).danger, calm).toBeUndefined();
      expect(listsOnly(setAside + calm).danger, setAside + calm).toBeUndefined();
      expect(withModel(setAside + calm).danger, setAside + calm).toBeUndefined();
    }
  });

  // "keinen dicken Hals und kriegt gut Luft": the state is denied, and the model does not read denials: its evidence
  // was on "Freundin", "Wespenstich" and "kriegt". Quiet since it was trained on harmless comments in heavy words
  // ("Oma ist im Heim gestürzt … auf dem Weg der Besserung"); this keeps it so.
  it("raises no medical alarm when the writer says the swelling and the shortness of breath did not happen", () => {
    const text = "Meine Freundin hatte nach einem Wespenstich keinen dicken Hals und kriegt gut Luft, alles prima.";
    expect(listsOnly(text).danger).toBeUndefined();
    expect(withModel(text).danger).toBeUndefined();
  });

  // The past ("wurde gefällt") takes out the words before "jetzt wieder"; what is left is "darunter" alone,
  // a word that says nothing of a danger, and it still raises a tree alarm with the 112.
  // Tried: dropping a model guess when the contexts leave one of several words. It quieted this one and
  // no alarm on 350 harmless comments left out, and lost dangers on three blind sets; recall comes first.
  it.fails("raises no alarm when the contexts leave only a word that says nothing of a danger", () => {
    const text = "Der Baum am Bolzplatz wurde gefällt, die Kinder spielen jetzt wieder direkt darunter.";
    expect(withModel(text).danger).toBeUndefined();
  });

  it("gives evidence that slices the comment as written, with emoji, combining marks, RTL marks and a lone surrogate before it", () => {
    const prefixes = ["", "👩‍👩‍👧‍👦 ", "Cafe\u0301 ", "e\u0301\u0301\u0301 ", "\u200f\u202e ", "𝔄𝔅 ", "\ud800 ", "\u0000 ", "🇩🇪🏳️‍🌈 ", "İİ ", "\ufeff"];
    for (const prefix of prefixes) {
      for (const body of [TOLD_NOT_NAMED, TOLD_NOT_NAMED.normalize("NFD"), TOLD_NOT_NAMED.toUpperCase()]) {
        const text = prefix + body;
        const danger = withModel(text).danger;
        expect(danger?.category, JSON.stringify(prefix)).toBe("gas");
        for (const evidence of danger!.evidence) {
          expect(evidence.label).toBe(MODEL_LABEL);
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
      }
    }
  });
});

describe("calm comments a town would see", () => {
  // Everyday comments with no danger at all that the shipped model alone files as flooding and gas
  // (the lists see nothing); "durch" and "komische Geräusche" carry them. Two of the breaker's 263
  // calm comments, besides the lists' own nine.
  it.fails("raises no alarm on an animal walking down the street or a stove that makes noises", () => {
    for (const text of [
      "Ein Fuchs läuft abends durch unsere Straße, ist das normal?",
      "Unsere Katze läuft jeden Abend durch die Straße und kommt dann heim.",
      "Der Kachelofen macht komische Geräusche beim Anheizen, ist das normal?",
    ]) {
      expect(listsOnly(text).danger, text).toBeUndefined();
      expect(withModel(text).danger, text).toBeUndefined();
    }
  });
});

describe("a caller's own model", () => {
  const oneFeature = (feature: string): DangerModelData => ({
    classes: ["none", "fire"],
    bias: [0, 0],
    features: feature,
    weights: btoa(String.fromCharCode(0, 100)),
    scale: 0.1,
    threshold: 0.5,
  });

  // The comment is folded to NFC with the umlauts written out, so "u" + U+0308 or "e" + U+0301 never
  // occurs in it; the check tests for precomposed "ü" only and lets these through.
  it("refuses a feature with a decomposed umlaut or accent, which can never match", () => {
    for (const feature of ["gru\u0308n", "cafe\u0301", "#a\u0308bcd", "#<gru\u0308"]) {
      expect(() => compileDangerModel(oneFeature(feature)), JSON.stringify(feature)).toThrow(/can never match/);
    }
  });

  // checkModelData reads each property once and compileDangerModel reads it again: a getter or Proxy
  // that answers differently the second time runs what was never checked. Here the classes turn into
  // names of no category, and a comment is filed as "fire" with no evidence at all; a weights getter
  // turning into non-base64 throws a DOMException, not a CoreError.
  it("runs what it checked: a model whose properties change between reads is refused or read once", () => {
    let reads = 0;
    const shifting = {
      ...DANGER_MODEL,
      get classes() {
        return reads++ === 0 ? DANGER_MODEL.classes : ["none", "fire1", "gas1", "x", "y", "z", "a", "b", "c", "d"];
      },
    } as DangerModelData;
    let triage: ((text: string) => ReturnType<ReturnType<typeof createTriage>>) | undefined;
    try {
      triage = createTriage({ dangerModel: shifting });
    } catch (error) {
      expect(error).toBeInstanceOf(CoreError);
    }
    const danger = triage?.(TOLD_NOT_NAMED).danger;
    if (danger !== undefined) expect(danger.evidence.length).toBeGreaterThan(0);

    let weightReads = 0;
    const shiftingWeights = {
      ...DANGER_MODEL,
      get weights() {
        return weightReads++ === 0 ? DANGER_MODEL.weights : `!!!!${DANGER_MODEL.weights.slice(4)}`;
      },
    } as DangerModelData;
    let thrown: unknown;
    try {
      createTriage({ dangerModel: shiftingWeights })(TOLD_NOT_NAMED);
    } catch (error) {
      thrown = error;
    }
    if (thrown !== undefined) expect(thrown).toBeInstanceOf(CoreError);
  });

  it("fails at createTriage, not on a later comment, when a getter of the model throws", () => {
    const throwing = {
      ...DANGER_MODEL,
      get weights(): string {
        throw new Error("unreadable");
      },
    } as DangerModelData;
    expect(() => createTriage({ dangerModel: throwing })).toThrow("unreadable");
  });

  it("keeps its own copy of what it read: freezing or changing the caller's object afterwards changes nothing", () => {
    const data = { ...DANGER_MODEL, classes: [...DANGER_MODEL.classes], bias: [...DANGER_MODEL.bias] };
    const triage = createTriage({ dangerModel: data });
    const before = JSON.stringify(triage(TOLD_NOT_NAMED).danger);
    data.bias.fill(0);
    data.threshold = 1;
    data.scale = 7;
    Object.freeze(data);
    expect(JSON.stringify(triage(TOLD_NOT_NAMED).danger)).toBe(before);
  });
});

describe("training", () => {
  it("refuses options that would train nonsense silently, saying which and why", () => {
    const comments: LabelledComment[] = [
      { text: "Im Keller riecht es stark nach Gas und die Nachbarin ist ganz benommen", category: "gas", set: "t" },
      { text: "Der Weihnachtsmarkt war schön und die Bratwurst hat gut geschmeckt", category: null, set: "t" },
    ];
    for (const [options, message] of [
      [{ harmlessShare: 1.5 }, /harmlessShare must be a number above 0 and at most 1, got 1.5/],
      [{ harmlessShare: 1 }, /harmlessShare must be below 1/],
      [{ typoShare: 2 }, /typoShare must be a number from 0 to 1, got 2/],
      [{ epochs: 2.5 }, /epochs must be a whole number/],
      [{ learningRate: 0 }, /learningRate must be a number above 0/],
      [{ threshold: Number.NaN }, /threshold must be a number above 0 and at most 1, got NaN/],
    ] as const) {
      expect(() => trainDangerModel(comments, options), JSON.stringify(options)).toThrow(message);
    }
    expect(() => trainDangerModel(comments, { epochs: 1, typoShare: 0 })).not.toThrow();
  });

  const eight = (text: string, category: LabelledComment["category"]): LabelledComment[] =>
    ["eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht"].map((count) => ({ text: `${text} ${count}`, category, set: "breaker" }));

  // Letters outside the Basic Multilingual Plane (Gothic here; "fancy text" such as 𝐅𝐞𝐮𝐞𝐫 is read
  // as plain letters since folding reads through disguises) stay astral after folding; wordFeatures
  // cut their runs in UTF-16 units, through the middle of a surrogate pair, and the loader then
  // refused the feature "#𐌷\ud800" the training itself wrote.
  it("gives a model that loads when its comments hold letters outside the Basic Multilingual Plane", () => {
    const comments = [...eight("𐌷𐌹𐌻𐍆𐌰 im Keller sofort kommen", "fire"), ...eight("Schönes Wetter heute im Park", null)];
    const model = trainDangerModel(comments, { typoShare: 0 });
    expect(() => createTriage({ dangerModel: model })).not.toThrow();
  });

  // The model's classes are the training module's own array: a caller changing the model it got
  // changes every model trained after it.
  it("gives each model its own classes", () => {
    const comments = [...eight("Im Keller brennt es lichterloh", "fire"), ...eight("Schönes Wetter heute im Park", null)];
    const first = trainDangerModel(comments, { epochs: 1 });
    const expected = [...first.classes];
    try {
      (first.classes as string[]).reverse();
      expect(trainDangerModel(comments, { epochs: 1 }).classes).toEqual(expected);
    } finally {
      if (first.classes[0] !== "none") (first.classes as string[]).reverse();
    }
  });

  it("trains the same model twice from the same comments, and a model that loads from sets with no danger, no harmless comment or only empty ones", () => {
    const comments = [...eight("Im Keller brennt es lichterloh", "fire"), ...eight("Wasser im Keller steigt", "water"), ...eight("Schönes Wetter heute im Park", null)];
    expect(JSON.stringify(trainDangerModel(comments))).toBe(JSON.stringify(trainDangerModel(comments)));
    for (const set of [eight("Schönes Wetter heute im Park", null), eight("Im Keller brennt es lichterloh", "fire"), [...eight("", "fire"), ...eight("", null)], eight("und oder aber der die das", "fire"), []]) {
      const triage = createTriage({ dangerModel: trainDangerModel(set) });
      expect(triage("Schönes Wetter heute im Park, wir waren lange spazieren und haben Eis gegessen").danger).toBeUndefined();
    }
  });
});
