/**
 * Site-wide settings in one place. The repository address drives "Suggest an edit" and
 * "Share your story" links; change it when the repository moves.
 */
export const site = {
  /** Public name of the site. */
  name: 'Alliance Atlas',
  /** One sentence that says what the site is. */
  tagline: 'How communities, governments, civil society, universities and companies work together on sustainable development.',
  /** Where the built site is served (used for canonical URLs, the sitemap and feeds). */
  url: process.env['SITE_URL'] ?? 'https://alliance-atlas.github.io',
  /** Path prefix when served from a sub-folder, e.g. "/alliance-atlas" on GitHub Pages project sites. */
  base: process.env['SITE_BASE'] ?? '/',
  /** The public repository contributions go to. */
  repository: 'https://github.com/alliance-atlas/alliance-atlas',
  /** Branch that the site is built from. */
  branch: 'main',
} as const;
