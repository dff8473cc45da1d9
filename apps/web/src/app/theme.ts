import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 8 keeps white-on-primary and primary-on-white text above 4.5:1 (WCAG 2.2 AA);
 * Mantine's default shade 6 is about 3.5:1.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "PingFang TC", "Microsoft YaHei", "Microsoft JhengHei", sans-serif',
  headings: { fontWeight: '650' },
});

/** Colours used with Mantine's "light" variant (badges, alerts, the active nav link). */
const LIGHT_VARIANT_COLOURS = ['blue', 'red', 'green', 'orange', 'gray', 'yellow'] as const;

/**
 * Mantine's dimmed grey (gray.6) is 3.3:1 on white; gray.7 is 7:1. Text of the "light" variant is
 * shade 6 on a tinted background (about 3:1); shade 9 passes 4.5:1 on every tint used here.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    ...Object.fromEntries(LIGHT_VARIANT_COLOURS.map((c) => [`--mantine-color-${c}-light-color`, t.colors[c][9]])),
  },
  dark: {},
});
