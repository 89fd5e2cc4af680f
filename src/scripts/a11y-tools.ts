/**
 * Island for the reading aids bar (src/components/AccessibilityTools.astro): text size and くっきり表示 are
 * stored in localStorage and applied as data attributes on <html> (BaseLayout applies them again before the first
 * paint on the next page); 読み上げ reads <main> with the Web Speech API in Japanese, and is shown only when the
 * browser has a Japanese voice.
 */
import { speechChunks } from "../lib/text/speech-text.ts";
// The ふりがな checkbox and the header menu's Escape/tap-outside share this island: one script file on content pages.
import "./furigana-toggle.ts";
import "./site-menu.ts";

const TEXT_SIZE_KEY = "zaitaku:text-size";
const CONTRAST_KEY = "zaitaku:contrast";
const root = document.documentElement;

function store(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing or storage turned off: the choice lasts for this page only.
  }
}

function setupTextSize(bar: HTMLElement): void {
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>("button[data-text-size]")];
  const show = () => {
    const current = root.dataset["textSize"] ?? "normal";
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset["textSize"] === current));
  };
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const size = button.dataset["textSize"];
      if (size === "large" || size === "xlarge") root.dataset["textSize"] = size;
      else delete root.dataset["textSize"];
      store(TEXT_SIZE_KEY, root.dataset["textSize"]);
      show();
    });
  }
  show();
}

function setupContrast(bar: HTMLElement): void {
  const button = bar.querySelector<HTMLButtonElement>("button[data-contrast-toggle]");
  if (!button) return;
  const show = () => button.setAttribute("aria-pressed", String(root.dataset["contrast"] === "high"));
  button.addEventListener("click", () => {
    if (root.dataset["contrast"] === "high") delete root.dataset["contrast"];
    else root.dataset["contrast"] = "high";
    store(CONTRAST_KEY, root.dataset["contrast"]);
    show();
  });
  show();
}

/** Text of <main> in reading order, without parts marked data-speech-skip (table of contents, print notice). */
function mainText(main: HTMLElement): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? "");
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.hidden || node.dataset["speechSkip"] !== undefined || ["SCRIPT", "STYLE", "NOSCRIPT", "RT"].includes(node.tagName))
      return;
    if (node instanceof HTMLImageElement && node.alt) out.push(`\n画像: ${node.alt}\n`);
    const block = getComputedStyle(node).display !== "inline";
    if (block) out.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) out.push("\n");
  };
  walk(main);
  return out.join("");
}

function setupSpeech(bar: HTMLElement): void {
  const button = bar.querySelector<HTMLButtonElement>("button[data-speech]");
  const main = document.querySelector<HTMLElement>("main");
  if (!button || !main || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") return;
  const synth = window.speechSynthesis;
  const japaneseVoice = () => synth.getVoices().find((v) => v.lang.replace("_", "-").toLowerCase().startsWith("ja"));
  const reveal = () => {
    if (japaneseVoice()) button.hidden = false;
  };
  reveal();
  synth.addEventListener("voiceschanged", reveal);

  let speaking = false;
  const idle = () => {
    speaking = false;
    button.textContent = "読み上げる";
  };
  button.addEventListener("click", () => {
    if (speaking) {
      synth.cancel();
      idle();
      return;
    }
    const chunks = speechChunks(mainText(main));
    if (chunks.length === 0) return;
    synth.cancel();
    speaking = true;
    button.textContent = "読み上げを止める";
    const voice = japaneseVoice();
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = "ja-JP";
      if (voice) utterance.voice = voice;
      if (i === chunks.length - 1) utterance.addEventListener("end", idle);
      utterance.addEventListener("error", idle);
      synth.speak(utterance);
    });
  });
  window.addEventListener("pagehide", () => synth.cancel());
}

const bar = document.querySelector<HTMLElement>("[data-a11y-tools]");
if (bar) {
  setupTextSize(bar);
  setupContrast(bar);
  setupSpeech(bar);
  bar.hidden = false;
}
