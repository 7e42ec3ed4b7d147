import { Grid } from 'antd';

/**
 * Below antd's md breakpoint (768 px): phones, and small tablets held upright. Pages switch to
 * one column, cards instead of wide tables, and the menu becomes a drawer.
 */
export function useIsPhone(): boolean {
  // Before the first measurement the screens are unknown ({}): render the desktop layout, which
  // the layout effect in useBreakpoint corrects before the first paint.
  return Grid.useBreakpoint().md === false;
}
