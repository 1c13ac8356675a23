/**
 * A cover image, in the manner of Starlight's `hero.ts`: written in the frontmatter as a path relative
 * to the entry file with its alt text, and in the build turned into the image Astro optimises, with
 * the `image()` of the entry's `SchemaContext`.
 *
 * Astro calls a collection's schema function once per entry, so the written form is checked by a
 * schema built once, and only a small transform that resolves `cover.src` is made per entry (building a
 * whole collection schema per entry took seconds on a site of thousands of entries).
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';

/** An image with its mandatory alt text, as written in the frontmatter. */
export const writtenCover = z.strictObject({
  /** Path of the image, relative to the entry file, e.g. "./cover.jpg" beside index.mdx. */
  src: z
    .string()
    .trim()
    .min(1, 'must be the path of the image, relative to this file')
    .meta({ description: 'Path of the image, relative to the entry file, e.g. "./cover.jpg" beside index.mdx.' }),
  /** What the image shows, for people who cannot see it. */
  alt: z
    .string({ error: 'must be alt text that says what the image shows' })
    .trim()
    .min(1, 'every image needs alt text that says what it shows')
    .meta({ description: 'What the image shows, for people who cannot see it.' }),
});

export type WrittenCover = z.output<typeof writtenCover>;
/** The image Astro gives a cover's `src` in the build. */
export type CoverImage = z.output<ReturnType<SchemaContext['image']>>;
/** Data whose cover, if any, has its image. */
export type WithCoverImage<T> = Omit<T, 'cover'> & { cover?: { src: CoverImage; alt: string } | undefined };

/**
 * The context in which a cover's `src` stays the path written: for the validator, which checks the file
 * itself (src/lib/validation/validate.ts), and for the editors' JSON Schemas.
 */
export const pathsOnly: SchemaContext = { image: (() => z.string()) as unknown as SchemaContext['image'] };

/**
 * `schema`, with the image of its `cover.src` resolved by the entry's `image()`; with `pathsOnly`,
 * `schema` itself (typed as the build's, whose output only the build reads), so that the validator can
 * check a file synchronously.
 */
export function withCoverImage<S extends z.ZodType<{ cover?: WrittenCover | undefined }>>(schema: S, context: SchemaContext) {
  const { image } = context;
  const resolved = schema.transform(async (data, context) => {
    const written = data.cover;
    if (!written) return data as WithCoverImage<z.output<S>>;
    const resolved = await image().safeParseAsync(written.src);
    if (!resolved.success) {
      context.addIssue({
        code: 'custom',
        path: ['cover', 'src'],
        input: written.src,
        message: resolved.error.issues[0]?.message ?? 'the image could not be read',
      });
      return z.NEVER;
    }
    return { ...data, cover: { src: resolved.data, alt: written.alt } } as WithCoverImage<z.output<S>>;
  });
  return context === pathsOnly ? (schema as unknown as typeof resolved) : resolved;
}
