// Loaded with --import into a plain Node child: gives it the `process.parentPort` an Electron utility process has
// (MessageEvent-shaped messages in, postMessage out), so the real backend worker bundle runs unchanged.
import { EventEmitter } from 'node:events';
import process from 'node:process';

const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
port.start = () => undefined;
process.on('message', (data) => port.emit('message', { data, ports: [] }));
Object.defineProperty(process, 'parentPort', { value: port });
