/** Renderings shared by several pages (src/lib/rendered-once.ts): rendered once, handed to each, then dropped. */
import { describe, expect, it } from 'vitest';
import { renderOnceStore } from '../../src/lib/rendered-once.ts';

/** A render function that counts its calls and gives `html-<n>` for its n-th. */
function counting() {
  let calls = 0;
  const render = () => Promise.resolve(`html-${++calls}`);
  return { render, calls: () => calls };
}

describe('renderOnceStore', () => {
  it('renders once for all the pages that share a rendering, then renders afresh', async () => {
    const renderOnce = renderOnceStore(true);
    const { render, calls } = counting();
    const shared = { key: 'solutions/a', pages: 2 };
    expect(await renderOnce(shared, render)).toBe('html-1');
    expect(await renderOnce(shared, render)).toBe('html-1');
    expect(calls()).toBe(1);
    // Both pages had it: it was dropped, so a third call renders again.
    expect(await renderOnce(shared, render)).toBe('html-2');
  });

  it('gives pages in flight at once the same rendering', async () => {
    const renderOnce = renderOnceStore(true);
    const { render, calls } = counting();
    const shared = { key: 'card', pages: 3 };
    expect(await Promise.all([renderOnce(shared, render), renderOnce(shared, render), renderOnce(shared, render)])).toEqual([
      'html-1',
      'html-1',
      'html-1',
    ]);
    expect(calls()).toBe(1);
  });

  it('keeps renderings with no page count for the whole build, and keeps keys apart', async () => {
    const renderOnce = renderOnceStore(true);
    const { render, calls } = counting();
    for (let page = 0; page < 5; page++) expect(await renderOnce({ key: 'card/a', pages: Infinity }, render)).toBe('html-1');
    expect(await renderOnce({ key: 'card/b', pages: Infinity }, render)).toBe('html-2');
    expect(calls()).toBe(2);
  });

  it('renders each time for a single page, and always when disabled', async () => {
    const single = counting();
    const renderOnce = renderOnceStore(true);
    await renderOnce({ key: 'x', pages: 1 }, single.render);
    await renderOnce({ key: 'x', pages: 1 }, single.render);
    expect(single.calls()).toBe(2);

    const disabled = counting();
    const renderAlways = renderOnceStore(false);
    await renderAlways({ key: 'x', pages: 2 }, disabled.render);
    await renderAlways({ key: 'x', pages: 2 }, disabled.render);
    expect(disabled.calls()).toBe(2);
  });
});
