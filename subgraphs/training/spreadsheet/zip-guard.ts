/** Most bytes the files of an .xlsx may declare once unpacked (a 2 MiB upload must not unpack into gigabytes). */
export const MAX_UNPACKED_BYTES = 24 * 1024 * 1024;
const MAX_ENTRIES = 500;

/**
 * The total uncompressed size the zip's central directory declares, or null when the buffer is not a zip, or
 * Infinity when it is too big to consider (ZIP64, too many entries). A guard before unpacking, not a validator.
 */
export function declaredUnpackedSize(zip: Buffer): number | null {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return null;
  }
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES || entries === 0xffff || at === 0xffffffff) {
    return Infinity;
  }
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) {
      return null;
    }
    const size = zip.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Infinity : size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}
