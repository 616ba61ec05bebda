import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CoreError } from "@kommune-sm/core";
import { DANGER_MODEL } from "../lexicons/danger-model.js";
import { dangerTrainingComments, trainDangerModel, withTypos } from "../evaluation/danger-model-training.js";
import { MODEL_LABEL } from "./classify-danger.js";
import { createTriage } from "./create-triage.js";
import { compileDangerModel, featureScale, MODEL_SKIPPED_WORDS, readWords, softmax, wordFeatures, type DangerModelData } from "./danger-model.js";
import { prepareText } from "./triage-text.js";

const withModel = createTriage({ dangerModel: DANGER_MODEL });
const listsOnly = createTriage({ dangerModel: false });
const model = compileDangerModel(DANGER_MODEL);

// Found by the model where the lists see no danger word: the scene is told, not named.
const TOLD_NOT_NAMED = "Im Baumarkt an den Kühlregalen riecht es komisch und mehrere Leute kriegen schlecht Luft";

describe("the danger model beside the lists", () => {
  it("finds a danger told by what people notice, which the lists alone miss, with the words that weighed as evidence", () => {
    expect(listsOnly(TOLD_NOT_NAMED).danger).toBeUndefined();
    const danger = withModel(TOLD_NOT_NAMED).danger;
    expect(danger?.category).toBe("gas");
    expect(danger?.nextStep.emergencyNumbers).toContain("112");
    expect(danger!.evidence.length).toBeGreaterThan(0);
    for (const evidence of danger!.evidence) {
      expect(evidence.label).toBe(MODEL_LABEL);
      expect(TOLD_NOT_NAMED.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it("puts what it finds to the lists' contexts: a drill takes it out", () => {
    expect(withModel(`${TOLD_NOT_NAMED}, war aber nur eine Übung`).danger).toBeUndefined();
    expect(withModel(`Bei der Übung gestern im Baumarkt: an den Kühlregalen riecht es komisch und mehrere Leute kriegen schlecht Luft`).danger).toBeUndefined();
  });

  it("brings back what the lists saw after a 'falls' that speaks to the reader, where it is all but sure", () => {
    // The lists alone let only self-harm and threats through after such a clause (advice is told that way too).
    for (const [text, category] of [
      ["Falls das jemand liest: Bei uns brennt es im Treppenhaus, wir kommen nicht raus!", "fire"],
      ["Falls jemand von euch Arzt ist, hier liegt ein Mann bewusstlos am Bahnhof!", "medical"],
    ] as const) {
      expect(listsOnly(text).danger, text).toBeUndefined();
      expect(withModel(text).danger?.category, text).toBe(category);
    }
    expect(withModel("Falls ihr kocht: Wenn Fett brennt, niemals mit Wasser löschen!").danger).toBeUndefined();
  });

  it("brings back a guess a joke took out where it is all but sure, not one a drill took out", () => {
    // The lists see nothing here; laughter is nerves, and the model knows the overdose.
    expect(listsOnly("Hab zu viele Tabletten genommen 😅 alles dreht sich").danger).toBeUndefined();
    expect(withModel("Hab zu viele Tabletten genommen 😅 alles dreht sich").danger?.category).toBe("self-harm");
  });

  it("does not count its words in a sentence where the lists saw a danger word and set it aside, and does in the others", () => {
    // "kein Feuer" is the lists' judgement on its sentence; the model does not overrule it there.
    expect(withModel("Kein Feuer in der Halle, nur die Kühlregale riechen komisch und mehrere Leute kriegen schlecht Luft").danger).toBeUndefined();
    // An unrelated figure of speech or denial before it does not hide the danger told in the next sentence.
    for (const before of ["Ich bin Feuer und Flamme für das Stadtfest. ", "Kein Brand, keine Panik. "]) {
      expect(listsOnly(before + TOLD_NOT_NAMED).danger, before).toBeUndefined();
      expect(withModel(before + TOLD_NOT_NAMED).danger?.category, before).toBe("gas");
    }
  });

  it("is on unless turned off: the shipped model by default, none with false, a caller's own when given", () => {
    expect(createTriage()(TOLD_NOT_NAMED).danger?.category).toBe("gas");
    expect(createTriage({})(TOLD_NOT_NAMED).danger?.category).toBe("gas");
    expect(createTriage({ dangerModel: false })(TOLD_NOT_NAMED).danger).toBeUndefined();
    // A caller's model that sees no danger anywhere: "none" certain, every weight 0.
    const quiet = { ...DANGER_MODEL, bias: DANGER_MODEL.bias.map((_, index) => (index === 0 ? 50 : 0)), weights: btoa("\0".repeat(atob(DANGER_MODEL.weights).length)) };
    expect(createTriage({ dangerModel: quiet })(TOLD_NOT_NAMED).danger).toBeUndefined();
  });

  it("gives two triage functions that share the shipped model the same answers, in any order of calls", () => {
    const first = createTriage();
    const second = createTriage();
    const texts = [TOLD_NOT_NAMED, "Schöner Weihnachtsmarkt, danke!", "Am Bahnsteig liegt ein Mann und bewegt sich nicht mehr, bitte kommt schnell", TOLD_NOT_NAMED];
    const alone = texts.map((text) => JSON.stringify(createTriage()(text).danger));
    texts.forEach((text, at) => {
      expect(JSON.stringify(first(text).danger)).toBe(alone[at]);
      expect(JSON.stringify(second(texts[texts.length - 1 - at]!).danger)).toBe(alone[texts.length - 1 - at]);
    });
  });

  it("names the likeliest category where the danger it sees is spread over several, with the words that point to it", () => {
    // A hand-made model: each word points to one category as strongly as the others, and "none" is all but impossible.
    const weights = new Uint8Array([0, 100, 0, 0, 0, 0, 100, 0, 0, 0, 0, 100]);
    const spread = compileDangerModel({
      classes: ["none", "fire", "gas", "water"],
      bias: [-50, 0, 0, 0],
      features: "rauch riecht wasser",
      weights: btoa(String.fromCharCode(...weights)),
      scale: 0.01,
      threshold: 0.8,
    });
    const { tokens } = prepareText("Rauch im Keller, es riecht, Wasser läuft");
    const guess = spread.guess(tokens);
    // Torn three ways, it still raises the danger: a person reads the comment at the top of the inbox, where one not raised is read by no one.
    expect(guess?.category).toBe("fire");
    expect(guess?.tokens.map((at) => tokens[at]!.text)).toEqual(["rauch"]);
  });

  it("is not asked on short comments, where one word would tip it", () => {
    for (const text of ["Wird schon", "Dann halt nicht", "Die App hängt sich auf", "Das Schwimmbad riecht so nach Chlor"]) {
      expect(withModel(text).danger, text).toBeUndefined();
    }
  });

  it("raises no alarm on the look-alikes it was shown", () => {
    for (const text of ["Ich hab die Tabletten für Mama abgeholt, ich gehe heute zu ihr", "Die Hecke am Radweg wächst so weit rein, dass man nicht mehr durchkommt"]) {
      expect(withModel(text).danger, text).toBeUndefined();
    }
  });

  it("gives probabilities that sum to 1, and evidence only on words of the comment, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom("Rauch", "Kind", "Wasser", "liegt", "schreit", "Leute", "riecht", "Brücke", "🔥", "nicht", "!", "\n"), { maxLength: 40 }).map((words) => words.join(" "))), (text) => {
        const { tokens } = prepareText(text);
        const p = model.probabilities(tokens);
        let sum = 0;
        for (const value of p) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
          sum += value;
        }
        expect(sum).toBeCloseTo(1, 9);
        const guess = model.guess(tokens);
        if (guess === undefined) return;
        expect(guess.probability).toBeGreaterThanOrEqual(DANGER_MODEL.threshold);
        expect(guess.tokens.length).toBeGreaterThan(0);
        expect(guess.tokens.length).toBeLessThanOrEqual(3);
        for (const at of guess.tokens) expect(tokens[at]?.kind).toBe("word");
        expect([...guess.tokens].sort((a, b) => a - b)).toEqual(guess.tokens);
      }),
      { numRuns: 300 },
    );
  });

  it("reads each comment's features as training does: the probabilities equal those summed from wordFeatures, for any text", () => {
    // The runtime looks a word's runs up as slices, without building the feature names; this holds it to the names training uses.
    const names = DANGER_MODEL.features.split(" ");
    const index = new Map(names.map((name, at) => [name, at] as const));
    const bytes = atob(DANGER_MODEL.weights);
    const classCount = DANGER_MODEL.classes.length;
    const expected = (text: string): Float64Array => {
      const words = readWords(prepareText(text).tokens);
      const z = new Float64Array(classCount);
      for (const feature of new Set(words.flatMap(wordFeatures))) {
        const at = index.get(feature);
        if (at === undefined) continue;
        for (let k = 0; k < classCount; k++) z[k] = z[k]! + ((bytes.charCodeAt(at * classCount + k) << 24) >> 24) * DANGER_MODEL.scale;
      }
      const scale = featureScale(words.length);
      for (let k = 0; k < classCount; k++) z[k] = DANGER_MODEL.bias[k]! + z[k]! * scale;
      return softmax(z);
    };
    const word = fc.oneof(
      fc.constantFrom("Rauch", "Rauchwolke", "verqualmt", "Kinderwagen", "Brückengeländer", "Gasgeruch", "liegt", "Wasser", "Tabletten", "abschied", "Strömung"),
      fc.string({ minLength: 1, maxLength: 14 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join(" ");
        const actual = model.probabilities(prepareText(text).tokens);
        const reference = expected(text);
        for (let k = 0; k < classCount; k++) expect(actual[k]).toBeCloseTo(reference[k]!, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("learns from comments also as typed in a hurry: one letter left out or swapped inside a long word, the same every time", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 1, max: 2_000_000 }), (words, seed) => {
        const typed = withTypos(words, 0.5, seed);
        expect(withTypos(words, 0.5, seed)).toEqual(typed);
        expect(typed).toHaveLength(words.length);
        typed.forEach((word, at) => {
          const original = words[at]!;
          if (word === original) return;
          expect(original.length).toBeGreaterThanOrEqual(5);
          expect(word[0]).toBe(original[0]);
          expect(word.at(-1)).toBe(original.at(-1));
          expect(word.length === original.length - 1 || [...word].sort().join("") === [...original].sort().join("")).toBe(true);
          expect(MODEL_SKIPPED_WORDS.has(word)).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
    expect(withTypos(["rauchwolke", "kinderwagen"], 0, 7)).toEqual(["rauchwolke", "kinderwagen"]);
  });

  it("keeps its own copy of the classes: changing the caller's array later changes nothing", () => {
    const classes = [...DANGER_MODEL.classes];
    const triage = createTriage({ dangerModel: { ...DANGER_MODEL, classes } });
    const before = triage(TOLD_NOT_NAMED).danger?.category;
    classes[3] = "fire";
    expect(triage(TOLD_NOT_NAMED).danger?.category).toBe(before);
  });

  it("refuses a stored model whose parts do not fit, saying what is wrong", () => {
    const broken: [Partial<DangerModelData> | null, RegExp][] = [
      [null, /expected an object/],
      [{ classes: ["accident", "none"] }, /classes must start with "none"/],
      [{ classes: ["none", "flood"] as never, bias: [0, 0] }, /class "flood" is no danger category/],
      [{ bias: [0] }, /bias must hold one finite number per class/],
      [{ scale: 0 }, /scale must be a positive number/],
      [{ threshold: 2 }, /threshold must be above 0 and at most 1/],
      [{ weights: "not base64!" }, /weights must be base64/],
      [{ weights: "AAAAA" }, /weights must be base64/],
      [{ weights: "=" }, /weights must be base64/],
      [{ weights: "AAAA" }, /features need/],
      [{ bias: new Array(DANGER_MODEL.classes.length) }, /bias 0 must be a number/],
      [{ bias: DANGER_MODEL.bias.map(() => 1e308) }, /bias 0 must be a number/],
      [{ scale: 1e307 }, /scale must be a positive number of at most/],
      [{ classes: ["none", "fire", "fire"] as never, bias: [0, 0, 0] }, /class "fire" is named twice/],
      [{ features: "rauch  qualm" }, /feature "" can never match/],
      [{ features: "Haus" }, /feature "Haus" can never match/],
      [{ features: "früher" }, /feature "früher" can never match/],
      [{ features: "<webere" }, /feature "<webere" can never match/],
      [{ features: "die" }, /a word the model does not read/],
      [{ features: "haus haus" }, /feature "haus" is named twice/],
      [{ features: "__proto__" }, /can never match/],
    ];
    for (const [change, message] of broken) {
      const data = change === null ? null : { ...DANGER_MODEL, ...change };
      expect(() => createTriage({ dangerModel: data as DangerModelData }), JSON.stringify(change)?.slice(0, 60)).toThrow(message);
      expect(() => createTriage({ dangerModel: data as DangerModelData })).toThrow(CoreError);
    }
  });

  it("is the model that training on the repository's comments gives (regenerate with pnpm train:danger)", () => {
    const trained = trainDangerModel(dangerTrainingComments());
    expect(trained.features).toBe(DANGER_MODEL.features);
    expect(trained.threshold).toBe(DANGER_MODEL.threshold);
    expect(trained.classes).toEqual(DANGER_MODEL.classes);
    // Within one step of the stored bytes: the arithmetic is the same on every Node, but a rounding may fall either way.
    const stored = atob(DANGER_MODEL.weights);
    const fresh = atob(trained.weights);
    expect(fresh.length).toBe(stored.length);
    let largest = 0;
    for (let index = 0; index < stored.length; index++) largest = Math.max(largest, Math.abs(((fresh.charCodeAt(index) << 24) >> 24) - ((stored.charCodeAt(index) << 24) >> 24)));
    expect(largest).toBeLessThanOrEqual(1);
    expect(Math.abs(trained.scale - DANGER_MODEL.scale) / DANGER_MODEL.scale).toBeLessThan(1e-4);
    trained.bias.forEach((value, index) => expect(value).toBeCloseTo(DANGER_MODEL.bias[index]!, 3));
  }, 30_000);
});
