/**
 * A runnable jar whose main() returns at once (exit 0, no output, no signing): the "jsign exited 0 without
 * signing" fault. Built by code: a minimal Java 8 class file and a stored (uncompressed) zip, so no JDK
 * compiler is needed.
 */
import { writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
const utf8 = (s: string) => Buffer.concat([Buffer.from([1]), u16(Buffer.byteLength(s)), Buffer.from(s)]);
const classRef = (i: number) => Buffer.concat([Buffer.from([7]), u16(i)]);

/** `public class <name> { public static void main(String[] a) { return; } }` as class file bytes (major 52). */
export function noopClass(name: string): Buffer {
  const pool = [classRef(2), utf8(name), classRef(4), utf8('java/lang/Object'), utf8('main'), utf8('([Ljava/lang/String;)V'), utf8('Code')];
  const code = Buffer.concat([u16(0), u16(1), u32(1), Buffer.from([0xb1]), u16(0), u16(0)]); // max_stack, max_locals, code_length, return, no handlers, no attrs
  const method = Buffer.concat([u16(0x0009), u16(5), u16(6), u16(1), u16(7), u32(code.length), code]);
  return Buffer.concat([u32(0xcafebabe), u16(0), u16(52), u16(pool.length + 1), ...pool, u16(0x0021), u16(1), u16(3), u16(0), u16(0), u16(1), method, u16(0)]);
}

function le16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function le32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A stored zip of the given entries. */
export function storedZip(entries: Array<[string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name);
    const crc = crc32(data);
    const common = Buffer.concat([le16(20), le16(0), le16(0), le16(0), le16(0x21), le32(crc), le32(data.length), le32(data.length), le16(n.length), le16(0)]);
    const local = Buffer.concat([le32(0x04034b50), common, n, data]);
    centrals.push(Buffer.concat([le32(0x02014b50), le16(20), common, le16(0), le16(0), le16(0), le32(0), le32(offset), n]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.concat([le32(0x06054b50), le16(0), le16(0), le16(entries.length), le16(entries.length), le32(cd.length), le32(offset), le16(0)]);
  return Buffer.concat([...locals, cd, eocd]);
}

export function writeNoopJar(path: string): void {
  const manifest = Buffer.from('Manifest-Version: 1.0\r\nMain-Class: NoopJsign\r\nCreated-By: relforge tests\r\n\r\n');
  writeFileSync(path, storedZip([['META-INF/MANIFEST.MF', manifest], ['NoopJsign.class', noopClass('NoopJsign')]]));
}
