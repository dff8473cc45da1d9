import { useState } from 'react';
import { Anchor, Button, Card, Group, Modal, NativeSelect, Radio, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CareerPersonProfileDocument, RecordCareerPromotionDocument, RecordCompetencyAssessmentDocument, type CareerProfileFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { workModeLabel } from '../../people/labels';
import { TableScroll } from '../../pulse/TableScroll';
import { EvidenceList } from '../EvidenceList';
import type { LadderIndex, LadderLike } from '../ladderIndex';
import { PathView } from '../PathView';
import { NextStepReadiness } from '../NextStepReadiness';
import { useCareerLadder } from '../useCareerLadder';
import { allowedMoves, todayIso } from './promotion';

/** A person's career profile for their manager or HR: standings, path, assessing, recording a move. */
export default function CareerPersonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { personId = '' } = useParams();
  const { index, ladder } = useCareerLadder();
  const { data, loading, error, refetch } = useQuery(CareerPersonProfileDocument, { variables: { personId } });
  const profile = data?.careerProfile;
  const [assessing, setAssessing] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        area="progression"
        title={profile ? t('career.person.title', { name: profile.displayName }) : t('career.person.loadingTitle')}
        actions={
          <Anchor component={Link} to="/progression">
            {t('career.person.back')}
          </Anchor>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !profile ? <Loading /> : null}
      {profile ? (
        <Stack gap="xl">
          <Card withBorder component="section" aria-labelledby="person-now-title">
            <Title order={2} size="h4" id="person-now-title" mb="sm">
              {t('career.person.now')}
            </Title>
            <DetailList
              items={[
                { label: t('career.my.currentLevel'), value: profile.currentLevelKey ? index.levelName(profile.currentLevelKey) : t('career.my.unmapped', { hris: profile.hrisLevel ?? t('common.notSet') }), testId: 'person-level' },
                { label: t('career.my.timeInLevel'), value: t('career.months', { months: format.number(profile.monthsInLevel) }) },
                { label: t('career.my.team'), value: profile.teamPath ?? t('common.notSet') },
                { label: t('career.my.workMode'), value: workModeLabel(t, profile.workMode) },
                { label: t('career.my.goal'), value: profile.goalLevelKey ? index.levelName(profile.goalLevelKey) : t('career.my.noGoal') },
              ]}
            />
          </Card>

          <NextStepReadiness profile={profile} index={index} title={t('career.person.nextStep')} headingId="person-ready-title" testId="person-readiness" />

          <Standings profile={profile} index={index} onAssess={setAssessing} />

          {profile.goalLevelKey && profile.path && profile.currentLevelKey ? (
            <section aria-labelledby="person-path-title">
              <Title order={2} size="h4" id="person-path-title" mb="sm">
                {t('career.my.pathTitle', { level: index.levelName(profile.goalLevelKey) })}
              </Title>
              <PathView path={profile.path} currentLevelKey={profile.currentLevelKey} monthsInLevel={profile.monthsInLevel} index={index} testId="person-path" />
            </section>
          ) : null}

          {ladder ? <PromotionForm profile={profile} ladder={ladder} index={index} /> : null}
          <AssessmentHistory profile={profile} index={index} />
          <EvidenceList evidence={profile.evidence} index={index} />
          <Modal opened={assessing !== null} onClose={() => setAssessing(null)} title={assessing ? t('career.assess.title', { competency: index.competencyName(assessing), name: profile.displayName }) : ''} size="lg">
            {assessing ? <AssessForm personId={profile.personId} competencyKey={assessing} index={index} expected={profile.standings.find((s) => s.competencyKey === assessing)?.expected ?? 0} onDone={() => setAssessing(null)} /> : null}
          </Modal>
        </Stack>
      ) : null}
    </>
  );
}

function Standings({ profile, index, onAssess }: { profile: CareerProfileFieldsFragment; index: LadderIndex; onAssess: (key: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('career.person.standingsCaption');
  return (
    <section aria-labelledby="person-standings-title">
      <Title order={2} size="h4" id="person-standings-title" mb="sm">
        {t('career.person.standings')}
      </Title>
      {profile.standings.length === 0 ? (
        <Text c="dimmed">{t('career.person.noStandings')}</Text>
      ) : (
        <TableScroll label={caption}>
          <Table withTableBorder striped miw={560} data-testid="person-standings">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('career.gaps.competency')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('career.gaps.current')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('career.gaps.expected')}
                </Table.Th>
                <Table.Th scope="col">{t('career.person.assess')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.standings.map((s) => (
                <Table.Tr key={s.competencyKey}>
                  <Table.Th scope="row" fw={500}>
                    {index.competencyName(s.competencyKey)}
                  </Table.Th>
                  <Table.Td ta="right">
                    {s.current === 0 ? t('career.gaps.notAssessed') : format.number(s.current)}
                    {s.selfOnly ? ` (${t('career.gaps.selfOnly')})` : ''}
                    {s.gap > 0 ? <Text span c="red.9" fw={700}>{` −${format.number(s.gap)}`}</Text> : null}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(s.expected)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => onAssess(s.competencyKey)} aria-label={t('career.person.assessNamed', { competency: index.competencyName(s.competencyKey) })} data-testid={`assess-${s.competencyKey}`}>
                      {t('career.person.assess')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** Proficiency 1–5 with each level's behavioural anchor beside it, and the evidence in words. */
function AssessForm({ personId, competencyKey, index, expected, onDone }: { personId: string; competencyKey: string; index: LadderIndex; expected: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [proficiency, setProficiency] = useState('');
  const [evidence, setEvidence] = useState('');
  const [missing, setMissing] = useState(false);
  const [record, state] = useMutation(RecordCompetencyAssessmentDocument, { refetchQueries: [CareerPersonProfileDocument] });
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!proficiency) {
          setMissing(true);
          return;
        }
        const result = await record({
          variables: { input: { personId, competencyKey, assessorKind: 'MANAGER', proficiency: Number(proficiency), evidence: evidence.trim() || null } },
        }).catch(() => null);
        if (result?.data) onDone();
      }}
      data-testid="assess-form"
    >
      <Stack gap="md">
        <Radio.Group
          label={t('career.assess.proficiency')}
          description={expected > 0 ? t('career.assess.expectedHint', { expected }) : undefined}
          value={proficiency}
          onChange={(v) => {
            setProficiency(v);
            setMissing(false);
          }}
          required
          error={missing ? t('career.assess.pickOne') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {[1, 2, 3, 4, 5].map((p) => (
              <Radio key={p} value={String(p)} label={`${p} — ${index.anchor(competencyKey, p) || t('career.gaps.noAnchor')}`} data-testid={`assess-p${p}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t('career.assess.evidence')} description={t('career.assess.evidenceHelp')} autosize minRows={3} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} data-testid="assess-evidence" />
        {state.error ? <ErrorAlert error={state.error} /> : null}
        <Group gap="sm">
          <Button type="submit" loading={state.loading} data-testid="assess-submit">
            {t('career.assess.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Only the moves the ladder allows from the person's current level are offered. */
function PromotionForm({ profile, ladder, index }: { profile: CareerProfileFieldsFragment; ladder: LadderLike; index: LadderIndex }) {
  const { t } = useTranslation();
  const moves = allowedMoves(ladder, profile.currentLevelKey);
  const [to, setTo] = useState('');
  const [date, setDate] = useState(todayIso());
  // One key per intended promotion: a retried submit records it once.
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<string | null>(null);
  // CareerProfile has no `id`: refetch the page's profile rather than rely on cache merging.
  const [promote, state] = useMutation(RecordCareerPromotionDocument, { refetchQueries: [CareerPersonProfileDocument], awaitRefetchQueries: true });
  const move = moves.find((m) => m.toLevelKey === to);
  return (
    <Card withBorder component="section" aria-labelledby="person-promote-title" data-testid="person-promote">
      <Title order={2} size="h4" id="person-promote-title" mb="sm">
        {t('career.promote.title')}
      </Title>
      {!profile.currentLevelKey ? (
        <Text c="dimmed">{t('career.promote.unmapped')}</Text>
      ) : moves.length === 0 ? (
        <Text c="dimmed">{t('career.promote.noMoves')}</Text>
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!to || !date) return;
            const result = await promote({ variables: { input: { personId: profile.personId, toLevelKey: to, effectiveDate: date, idempotencyKey } } }).catch(() => null);
            if (result?.data) {
              setDone(to);
              setTo('');
              setKey(crypto.randomUUID());
            }
          }}
        >
          <Stack gap="sm">
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('career.promote.to')}
                required
                value={to}
                onChange={(e) => {
                  setTo(e.currentTarget.value);
                  setDone(null);
                }}
                data={[{ value: '', label: t('career.promote.choose') }, ...moves.map((m) => ({ value: m.toLevelKey, label: `${index.levelName(m.toLevelKey)} (${t(`career.moveKind.${m.kind}`)})` }))]}
                miw={220}
                data-testid="promote-to"
              />
              <TextInput type="date" label={t('career.promote.effective')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} miw={180} data-testid="promote-date" />
            </Group>
            {move && move.requiredCertifications.length ? (
              <Text size="sm">{t('career.promote.requires', { certifications: move.requiredCertifications.join(', ') })}</Text>
            ) : null}
            {state.error ? <ErrorAlert error={state.error} /> : null}
            <div>
              <Button type="submit" disabled={!to || !date} loading={state.loading} data-testid="promote-submit">
                {t('career.promote.record')}
              </Button>
            </div>
            <div role="status" aria-live="polite">
              {done ? <Text c="teal.9">{t('career.promote.recorded', { level: index.levelName(done) })}</Text> : null}
            </div>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function AssessmentHistory({ profile, index }: { profile: CareerProfileFieldsFragment; index: LadderIndex }) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('career.person.assessmentsCaption');
  const sorted = [...profile.assessments].sort((a, b) => b.assessedAt.localeCompare(a.assessedAt));
  return (
    <section aria-labelledby="person-assessments-title">
      <Title order={2} size="h4" id="person-assessments-title" mb="sm">
        {t('career.person.assessments')}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed">{t('career.person.noAssessments')}</Text>
      ) : (
        <TableScroll label={caption}>
          <Table withTableBorder striped miw={640} data-testid="person-assessments">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('career.person.when')}</Table.Th>
                <Table.Th scope="col">{t('career.gaps.competency')}</Table.Th>
                <Table.Th scope="col">{t('career.person.by')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('career.assess.proficiency')}
                </Table.Th>
                <Table.Th scope="col">{t('career.assess.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{format.dateTime(a.assessedAt)}</Table.Td>
                  <Table.Td>{index.competencyName(a.competencyKey)}</Table.Td>
                  <Table.Td>
                    {t(`career.assessorKind.${a.assessorKind}`)}
                    {a.assessorName ? ` · ${a.assessorName}` : ''}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(a.proficiency)}</Table.Td>
                  <Table.Td>{a.evidence ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
