/// <reference types="vite/client" />
import civic from '../themes/civic.css?inline';
import newsroom from '../themes/newsroom.css?inline';
import thinkTankDark from '../themes/think-tank-dark.css?inline';

/**
 * The example themes shipped in `themes/` (`explainer-elements/themes/<name>.css`), read as text by Vite (`?inline`)
 * so that `storybook dev` and the static build load the very files the package publishes.
 */
export const themes = { civic, newsroom, 'think-tank-dark': thinkTankDark } as const;

export type ThemeName = keyof typeof themes;

export const themeNames = Object.keys(themes) as ThemeName[];

/**
 * Adds every theme's stylesheet to the preview's `<head>` once, as a portal adds `<link rel="stylesheet">`. Each
 * theme applies only inside an element with its class (`explainer-theme-<name>`), so they never touch other stories.
 */
export function installThemes(): void {
  for (const name of themeNames) {
    const id = `explainer-theme-${name}-stylesheet`;
    if (document.getElementById(id)) continue;
    const style = document.createElement('style');
    style.id = id;
    style.textContent = themes[name];
    document.head.append(style);
  }
}
