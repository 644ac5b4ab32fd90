// Office files are zip packages, and zip writers stamp every entry with the time of writing.
// The generator promises the same bytes for the same seed, so the stamps are set to one
// fixed time after packing (the time fields are outside the entries' CRCs).

/** The time every generated office file claims to be written at. */
export const WRITTEN_AT = new Date(Date.UTC(2020, 0, 1));

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** `zip` with every entry's modification time set to WRITTEN_AT, in place; returns it. */
export function withFixedZipTimes(zip: Buffer): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const stamp = dosDateTime(WRITTEN_AT);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`zip central directory broken at ${at}`);
    zip.writeUInt16LE(stamp.time, at + 12);
    zip.writeUInt16LE(stamp.date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip local header missing at ${local}`);
    zip.writeUInt16LE(stamp.time, local + 10);
    zip.writeUInt16LE(stamp.date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
