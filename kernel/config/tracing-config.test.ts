import { tracingConfigFromEnvironment } from './tracing-config';

describe('tracing configuration (standard OTEL_* variables)', () => {
  it('is off when no OTLP endpoint is set', () => {
    expect(tracingConfigFromEnvironment({}).enabled).toBe(false);
  });

  it('exports to <endpoint>/v1/traces, or to the traces endpoint as given, with the headers of both lists', () => {
    expect(tracingConfigFromEnvironment({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      enabled: true,
      url: 'http://collector:4318/v1/traces',
      headers: {},
      serviceName: undefined,
      sampleRatio: 1,
    });
    const config = tracingConfigFromEnvironment({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/otlp/traces',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-tenant=lanxi,authorization=Basic%20YWJj',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-tenant=zhejiang',
      OTEL_SERVICE_NAME: 'ceg-gateway-blue',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(config).toEqual({
      enabled: true,
      url: 'http://tempo:4318/otlp/traces',
      headers: { 'x-tenant': 'zhejiang', authorization: 'Basic YWJj' },
      serviceName: 'ceg-gateway-blue',
      sampleRatio: 0.25,
    });
  });

  it('stays off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none even when an endpoint is set', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracingConfigFromEnvironment({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).enabled).toBe(false);
    expect(tracingConfigFromEnvironment({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
  });

  it('takes empty values as unset, as the OpenTelemetry specification does', () => {
    const blank = { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_TRACES_SAMPLER_ARG: '', OTEL_SERVICE_NAME: '', OTEL_SDK_DISABLED: '' };
    expect(tracingConfigFromEnvironment(blank)).toEqual({ enabled: false, url: undefined, headers: {}, serviceName: undefined, sampleRatio: 1 });
    expect(tracingConfigFromEnvironment({ ...blank, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).sampleRatio).toBe(1);
  });

  it('refuses a sampling ratio outside 0–1', () => {
    expect(() => tracingConfigFromEnvironment({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
  });
});
