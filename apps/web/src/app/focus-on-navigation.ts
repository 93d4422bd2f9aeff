import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another screen, focus goes to its main heading (as GOV.UK
 * pages do for a screen reader and a keyboard), unless the screen has put
 * focus somewhere itself (an error summary, a notice, a field): only focus
 * left on the page's body is moved. The heading may render a little later
 * (its data or its code still loading), so it is looked for for a second.
 * Not on the first screen of a load: there the first Tab reaches the skip link.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const move = () => {
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) {
        if (++tries < 20) timer = setTimeout(move, 50);
        return;
      }
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    };
    timer = setTimeout(move, 0);
    return () => clearTimeout(timer);
  }, [pathname]);
}
