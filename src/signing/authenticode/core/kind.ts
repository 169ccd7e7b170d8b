/**
 * What a file is by its first bytes, whatever its name: a PE image (`MZ`, then `PE\0\0` where e_lfanew points)
 * or an MSI (an OLE compound file). Pure: bytes in, a kind out. Used to decide which files must carry
 * Authenticode (windows-signing-required) when a name such as `Notely_x64-setup` or `agent.bin` says nothing.
 */
import { OLE_MAGIC } from './msi.js';

/** Enough of a file's head for windowsFileKind (e_lfanew of real PE files is well below it). */
export const KIND_HEAD_BYTES = 4096;

export function windowsFileKind(head: Buffer): 'pe' | 'msi' | undefined {
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return 'msi';
  if (head.length < 0x40 || head[0] !== 0x4d || head[1] !== 0x5a) return undefined;
  const lfanew = head.readUInt32LE(0x3c);
  if (lfanew + 4 > head.length) return undefined;
  return head.subarray(lfanew, lfanew + 4).equals(Buffer.from('PE\0\0', 'latin1')) ? 'pe' : undefined;
}
