/**
 * The story as the page marks it: its one <article>, else its one <main>, when that holds
 * a few paragraphs (a teaser card or a one-line <main> is not the story).
 */

/** Paragraphs a marked element needs to count as the story rather than a card. */
const STORY_MIN_PARAGRAPHS = 3;

function lone(list: HTMLCollectionOf<Element>): Element | null {
  const only = list.length === 1 ? list[0] : undefined;
  return only && only.getElementsByTagName('p').length >= STORY_MIN_PARAGRAPHS ? only : null;
}

export function markedStory(doc: Document): Element | null {
  return lone(doc.getElementsByTagName('article')) ?? lone(doc.getElementsByTagName('main'));
}
