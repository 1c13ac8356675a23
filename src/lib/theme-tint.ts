/** Each theme's subtle tint: a hue derived from its id, so a new theme gets one without configuration. */
export function themeHue(id: string): number {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) % 360;
  return hash;
}
