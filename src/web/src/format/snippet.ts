/** One piece of a search snippet: matched words are marked. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a server snippet ("…【碳化硅】MOSFET…") into plain and marked pieces, so the page renders
 * the marks as elements and never injects the text as HTML. An unclosed 【 is kept as plain text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let rest = snippet;
  for (;;) {
    const open = rest.indexOf('【');
    const close = open < 0 ? -1 : rest.indexOf('】', open + 1);
    if (close < 0) break;
    push(rest.slice(0, open), false);
    push(rest.slice(open + 1, close), true);
    rest = rest.slice(close + 1);
  }
  push(rest, false);
  return parts;
}
