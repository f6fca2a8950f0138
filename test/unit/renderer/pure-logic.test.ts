import { describe, expect, it } from 'vitest';
import { splitTokenFromHash } from '../../../renderer/api/token';
import { formatHash, parseHash, type Route } from '../../../renderer/router/route';
import { formatDuration, parseDuration } from '../../../renderer/format/duration';
import { fromLocalInputValue, toLocalInputValue } from '../../../renderer/format/dates';
import { bandTone } from '../../../renderer/format/band-tone';
import { answerOptions, resolveAnswer } from '../../../renderer/model/scoring/answer-keys';
import { flattenElements } from '../../../renderer/model/scoring/elements';
import { commentRequired } from '../../../shared/scoring';
import { toCreateInput, type NewReviewDraft } from '../../../renderer/screens/new-review/new-review-input';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { TemplateElement } from '../../../shared/schemas/template';

describe('token in the URL', () => {
  it('takes the token out and keeps any route', () => {
    expect(splitTokenFromHash('#token=abc-_1')).toEqual({ token: 'abc-_1', hash: '' });
    expect(splitTokenFromHash('#token=abc&/review/x')).toEqual({ token: 'abc', hash: '#/review/x' });
    expect(splitTokenFromHash('#/agents')).toEqual({ token: null, hash: '#/agents' });
    expect(splitTokenFromHash('')).toEqual({ token: null, hash: '' });
  });
});

describe('routes', () => {
  it('round-trips every route and falls back to the list', () => {
    const routes: Route[] = [{ name: 'reviews' }, { name: 'review', id: 'a-b' }, { name: 'new-review' }, { name: 'agents' }, { name: 'settings' }];
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
    expect(parseHash('#token=abc')).toEqual({ name: 'reviews' });
    expect(parseHash('#/review/')).toEqual({ name: 'reviews' });
  });
});

describe('duration', () => {
  it('reads minutes, m:ss and h:mm:ss, and refuses anything else', () => {
    expect(parseDuration('')).toEqual({ ok: true, seconds: null });
    expect(parseDuration('7')).toEqual({ ok: true, seconds: 420 });
    expect(parseDuration('7:30')).toEqual({ ok: true, seconds: 450 });
    expect(parseDuration('1:02:03')).toEqual({ ok: true, seconds: 3723 });
    expect(parseDuration('7:75').ok).toBe(false);
    expect(parseDuration('seven').ok).toBe(false);
    expect(parseDuration('25:00:00').ok).toBe(false);
    expect(formatDuration(450)).toBe('7:30');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});

describe('date-time input', () => {
  it('turns the local input value into an instant and back', () => {
    const date = new Date(2026, 10, 22, 14, 5);
    const value = toLocalInputValue(date);
    expect(value).toBe('2026-11-22T14:05');
    expect(fromLocalInputValue(value)).toBe(date.toISOString());
    expect(fromLocalInputValue('')).toBeNull();
  });
});

describe('band tone', () => {
  it('is a warning below the target and ok at or above it, from the score alone', () => {
    expect(bandTone({ bandId: 'does-not-meet', meetsTarget: false })).toBe('warning');
    expect(bandTone({ bandId: 'meets', meetsTarget: true })).toBe('ok');
    // Without the template the top band is not known, so it is only ok.
    expect(bandTone({ bandId: 'exceeds', meetsTarget: true })).toBe('ok');
  });

  it('marks the template’s top band strong when the template is known', () => {
    expect(bandTone({ bandId: 'exceeds', meetsTarget: true }, builtinTemplate)).toBe('strong');
    expect(bandTone({ bandId: 'meets', meetsTarget: true }, builtinTemplate)).toBe('ok');
    // An automatic fail can land in the top band by percentage, yet misses the target: never strong.
    expect(bandTone({ bandId: 'exceeds', meetsTarget: false }, builtinTemplate)).toBe('warning');
  });

  it('does not single out the only passing band of a pass/fail template', () => {
    const passFail = {
      target: 80,
      bands: [
        { id: 'fail', label: 'Fail', from: 0, fromInclusive: true, to: 80, toInclusive: false },
        { id: 'pass', label: 'Pass', from: 80, fromInclusive: true, to: 100, toInclusive: true },
      ],
    };
    expect(bandTone({ bandId: 'pass', meetsTarget: true }, passFail)).toBe('ok');
    expect(bandTone({ bandId: 'fail', meetsTarget: false }, passFail)).toBe('warning');
  });
});

describe('answer keys', () => {
  const check = TemplateElement.parse({ id: 'c', kind: 'check', label: 'Greeting' });
  const checkNa = TemplateElement.parse({ id: 'd', kind: 'check', label: 'Apology', allowNotApplicable: true, commentRequiredWhen: 'not_fully_met' });
  const scale = TemplateElement.parse({ id: 's', kind: 'scale', label: 'Tone', max: 3, scaleLabels: ['Poor', 'Fair', 'Good', 'Great'], commentRequiredWhen: 'not_fully_met' });

  it('resolves keys that fit the element and explains those that do not', () => {
    expect(resolveAnswer(check, 'met')).toEqual({ ok: true, value: 'met' });
    expect(resolveAnswer(check, 'na').ok).toBe(false);
    expect(resolveAnswer(checkNa, 'na')).toEqual({ ok: true, value: 'na' });
    expect(resolveAnswer(check, { scale: 1 }).ok).toBe(false);
    expect(resolveAnswer(scale, { scale: 2 })).toEqual({ ok: true, value: 2 });
    expect(resolveAnswer(scale, { scale: 4 }).ok).toBe(false);
    expect(resolveAnswer(scale, 'met').ok).toBe(false);
  });

  it('offers one button per answer the element allows', () => {
    expect(answerOptions(check).map((o) => o.label)).toEqual(['Met', 'Not met']);
    expect(answerOptions(checkNa).map((o) => o.label)).toEqual(['Met', 'Not met', 'N/A']);
    expect(answerOptions(scale).map((o) => o.label)).toEqual(['0 Poor', '1 Fair', '2 Good', '3 Great']);
  });

  it('asks for a comment when not fully met, where the template says so', () => {
    expect(commentRequired(checkNa, 'not_met')).toBe(true);
    expect(commentRequired(checkNa, 'met')).toBe(false);
    expect(commentRequired(checkNa, 'na')).toBe(false);
    expect(commentRequired(scale, 2)).toBe(true);
    expect(commentRequired(scale, 3)).toBe(false);
    expect(commentRequired(check, 'not_met')).toBe(false);
  });
});

describe('checklist order', () => {
  it('numbers the seed card 1.1 to 4.5 in reading order', () => {
    const refs = flattenElements(builtinTemplate);
    expect(refs).toHaveLength(20);
    expect(refs[0]?.number).toBe('1.1');
    expect(refs[19]?.number).toBe('4.5');
    expect(refs.map((r) => r.index)).toEqual([...Array(20).keys()]);
  });
});

describe('new review form', () => {
  const draft: NewReviewDraft = {
    agentId: '11111111-1111-4111-8111-111111111111',
    templateVersionId: '22222222-2222-4222-8222-222222222222',
    channel: 'phone',
    occurredAtLocal: '2026-11-22T14:05',
    reference: ' CALL-1 ',
    customerName: '',
    duration: '7:30',
  };

  it('builds the create input', () => {
    const result = toCreateInput(draft);
    expect(result).toMatchObject({ ok: true, input: { interaction: { reference: 'CALL-1', durationSeconds: 450, channel: 'phone' } } });
  });

  it('names each field to fix', () => {
    const result = toCreateInput({ ...draft, agentId: '', occurredAtLocal: '', duration: 'long' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['agentId', 'duration', 'occurredAtLocal']);
  });
});
