// A copy kept in a long-lived memory reads the same as the slice it was made from.
import { describe, expect, it } from 'vitest';
import { detached } from '../src/document/detach.js';

describe('detached copies', () => {
  const article = 'BEIRUT (Reuters) - The Syrian Observatory for Human Rights said 12 people were killed in Ma’arrat al-Nu’man, “a town under siege”.\n';
  it.each([
    ['a short word', article.slice(0, 6)],
    ['a name cut from an article', article.slice(22, 63)],
    ['a window with curly quotes and a line break', article.slice(90)],
    ['the empty string', ''],
  ])('%s keeps its text', (_name, s) => {
    expect(detached(s)).toBe(s);
    expect(detached(s).length).toBe(s.length);
  });
});
