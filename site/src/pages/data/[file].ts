import type { APIRoute, GetStaticPaths } from 'astro';
import { getBundle, type BundleTable } from '../../lib/bundle.js';

/** Lists every table of the bundle, so each CSV is copied for download. */
export const getStaticPaths = (async () => {
  const bundle = await getBundle();
  return [...bundle.tables.values()].map((table) => ({
    params: { file: table.entry.file },
    props: { table },
  }));
}) satisfies GetStaticPaths;

/** Returns the table's bytes unchanged, so they match the manifest SHA-256. */
export const GET: APIRoute<{ table: BundleTable }> = ({ props }) =>
  // The copy is typed Uint8Array<ArrayBuffer>, which Response accepts.
  new Response(new Uint8Array(props.table.bytes), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
