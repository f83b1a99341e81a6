import { capturedLog } from '../../tests/harness/log-capture';
import { runtimeLevel, runtimeLogger } from '../logging';

describe('the gateway runtime logs through pino', () => {
  it("writes the runtime's own messages as JSON lines with the service name and its attributes", () => {
    const capture = capturedLog();
    runtimeLogger(capture.log, 'info').info({ subgraph: 'training' }, 'supergraph loaded');
    expect(capture.lines()).toEqual([
      expect.objectContaining({ level: 30, service: 'test', component: 'runtime', subgraph: 'training', msg: 'supergraph loaded' }),
    ]);
  });

  it('drops messages below the configured level and is off when silent', () => {
    const capture = capturedLog();
    runtimeLogger(capture.log, 'warn').info('not written');
    runtimeLogger(capture.log, 'silent').error('not written either');
    expect(capture.lines()).toEqual([]);
    expect(runtimeLevel('fatal')).toBe('error');
  });
});
