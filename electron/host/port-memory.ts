import fs from 'node:fs';
import path from 'node:path';
import { HostPortFile } from '../../shared/desktop/host-port';
import { writePrivateFileAtomic } from '../services/secrets/private-file';

const FILE = 'host-port.json';

export function rememberedPort(dataFolder: string): number | null {
  try {
    const parsed = HostPortFile.safeParse(JSON.parse(fs.readFileSync(path.join(dataFolder, FILE), 'utf8')));
    return parsed.success ? parsed.data.port : null;
  } catch {
    return null;
  }
}

export function rememberPort(dataFolder: string, port: number): void {
  writePrivateFileAtomic(path.join(dataFolder, FILE), `${JSON.stringify(HostPortFile.parse({ port }))}\n`);
}
