/**
 * The story's prose as the locale files write it, and its tokens. A paragraph is plain text with
 * two kinds of mark-up, the same in both languages:
 *
 *   {n:slv-2022-count}          a number from src/story/figures.ts, formatted and linked to its source
 *   [El Faro](source:elfaro-2022-05)   words linked to a source the prose names (src/story/cited.ts)
 *   [the next section](#the-missing)   words linked to a place in the story
 *
 * Both languages of a paragraph must bind the same figures and cite the same sources, which a
 * test checks, so the Spanish story can never quote a number the English one does not.
 */
import { cited, type CitedSource } from "./cited.ts";
import { figures, type FigureKey } from "./figures.ts";

export type ProseToken =
  | { kind: "text"; text: string }
  | { kind: "figure"; key: FigureKey }
  | { kind: "source"; id: CitedSource; text: string }
  | { kind: "anchor"; href: string; text: string };

const TOKEN = /\{n:([a-z0-9-]+)\}|\[([^\]]+)\]\((source:[\w-]+|#[\w-]+)\)/g;

function isFigureKey(key: string): key is FigureKey {
  return key in figures;
}

function isCited(id: string): id is CitedSource {
  return (cited as readonly string[]).includes(id);
}

/** Splits a paragraph into tokens; an unknown figure key or source id throws, naming the paragraph. */
export function proseTokens(text: string, where: string): ProseToken[] {
  const tokens: ProseToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) tokens.push({ kind: "text", text: text.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, figure, words, target] = match;
    if (figure !== undefined) {
      if (!isFigureKey(figure)) throw new Error(`${where}: no figure "${figure}" in src/story/figures.ts`);
      tokens.push({ kind: "figure", key: figure });
    } else if (target!.startsWith("source:")) {
      const id = target!.slice("source:".length);
      if (!isCited(id)) throw new Error(`${where}: source "${id}" is not listed in src/story/cited.ts`);
      tokens.push({ kind: "source", id, text: words! });
    } else {
      tokens.push({ kind: "anchor", href: target!, text: words! });
    }
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) });
  const stray = tokens.find((t) => t.kind === "text" && /[{}[\]]/.test(t.text));
  if (stray) throw new Error(`${where}: stray mark-up in "${(stray as { text: string }).text.trim()}"`);
  return tokens;
}

/** The figures a paragraph binds and the sources it cites, in order: what both languages must share. */
export function bindings(text: string, where: string): string[] {
  return proseTokens(text, where)
    .filter((t) => t.kind === "figure" || t.kind === "source")
    .map((t) => (t.kind === "figure" ? `n:${t.key}` : `source:${t.id}`));
}

/** The paragraph as a reader sees it, with each figure replaced by `figureText`: for tests and plain-text uses. */
export function proseText(text: string, where: string, figureText: (key: FigureKey) => string): string {
  return proseTokens(text, where)
    .map((t) => (t.kind === "figure" ? figureText(t.key) : t.text))
    .join("");
}
