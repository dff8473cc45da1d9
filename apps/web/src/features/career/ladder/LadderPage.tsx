import { useState } from 'react';
import { Accordion, Alert, Button, Checkbox, Group, List, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerLadderDocument, CareerLadderEditorDocument, CareerLadderTemplateDocument, PublishCareerLadderDocument, ValidateCareerLadderDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { LOCALE_NATIVE_NAMES } from '../../../i18n/locale';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { TableScroll } from '../../pulse/TableScroll';
import { ladderIndex, type LadderIndex, type LadderLike } from '../ladderIndex';
import { LOCALIZED_FIELDS, type Localized } from '../localized';
import { todayIso } from '../progression/promotion';
import { asLadder, freshKey, newCompetency, newLevel, parseList, patchAt, removeCompetency, removeLevel, renameCompetency, renameLevel, renameTrack, setExpectation, toDraft, toInput, type LadderDraft } from './draft';
import { HrisMapping } from './HrisMapping';
import { issuesAt, issuesFromError, unplacedIssues, type LadderIssueLike } from './issues';
import { ladderIssueText } from './issueText';
import { LadderGraph } from './LadderGraph';

type Tab = 'graph' | 'levels' | 'moves' | 'competencies' | 'tracks' | 'mapping' | 'history';

/** HR: the ladder as a graph, its editor (checked before publishing), versions and the HRIS level mapping. */
export default function LadderPage() {
  const { t } = useTranslation();
  const editor = useQuery(CareerLadderEditorDocument);
  const hasLadder = editor.data ? editor.data.careerLadder !== null : null;
  const template = useQuery(CareerLadderTemplateDocument, { skip: hasLadder !== false });
  const source = editor.data?.careerLadder ?? template.data?.careerLadderTemplate ?? null;
  const error = editor.error ?? template.error;
  // Publishing re-keys the editor on the new version; the confirmation lives here so it survives that.
  const [justPublished, setJustPublished] = useState<string | null>(null);
  const format = useFormat();
  return (
    <>
      <PageHeader area="ladder" title={t('career.ladder.title')} description={t('career.ladder.description')} />
      {error ? <ErrorAlert error={error} onRetry={() => void editor.refetch()} /> : null}
      {!source && (editor.loading || template.loading) ? <Loading /> : null}
      <div role="status" aria-live="polite" data-testid="ladder-published">
        {justPublished ? (
          <Alert color="teal" mb="md">
            {t('career.ladder.published', { date: format.date(justPublished) })}
          </Alert>
        ) : null}
      </div>
      {source && editor.data ? (
        <LadderEditor
          key={source.versionId}
          source={source}
          fromTemplate={!editor.data.careerLadder}
          versions={editor.data.careerLadderVersions}
          onPublished={setJustPublished}
          onEdit={() => setJustPublished(null)}
        />
      ) : null}
    </>
  );
}

type Versions = ReadonlyArray<{ id: string; effectiveFrom: string; publishedAt: string; publishedBy: string | null; note: string | null }>;

type EditorSetup = {
  source: LadderLike & { effectiveFrom: string; versionId: string };
  fromTemplate: boolean;
  versions: Versions;
  onPublished: (effectiveFrom: string) => void;
  onEdit: () => void;
};

function LadderEditor({ source, fromTemplate, versions, onPublished, onEdit }: EditorSetup) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [draft, setDraftState] = useState<LadderDraft>(() => toDraft(source, todayIso() > source.effectiveFrom || fromTemplate ? todayIso() : source.effectiveFrom));
  const setDraft = (next: LadderDraft) => {
    setDraftState(next);
    onEdit();
  };
  const [tab, setTab] = useState<Tab>('graph');
  const [textLanguage, setTextLanguage] = useState<keyof Localized>('en');
  // With the draft they were found in: their paths index it, and they are worded from its names.
  const [found, setFound] = useState<{ issues: LadderIssueLike[]; checked: LadderDraft } | null>(null);
  const issues = found ? found.issues.map((issue) => ({ ...issue, message: ladderIssueText(issue, asLadder(found.checked), t, i18n.language) })) : null;
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [publish, publishState] = useMutation(PublishCareerLadderDocument, { refetchQueries: [CareerLadderEditorDocument, CareerLadderDocument] });
  const index = ladderIndex(asLadder(draft), i18n.language);
  const levelKeys = draft.levels.map((l) => l.key);
  const [fixedKeys] = useState<ReadonlySet<string>>(() =>
    fromTemplate ? new Set() : new Set([...source.levels.map((l) => `level:${l.key}`), ...source.competencies.map((c) => `competency:${c.key}`), ...source.tracks.map((x) => `track:${x.key}`)]),
  );

  const check = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      const checked = draft;
      const result = await client.query({ query: ValidateCareerLadderDocument, variables: { input: toInput(checked) }, fetchPolicy: 'network-only' });
      setFound({ issues: result.data?.validateCareerLadder.map((i) => ({ code: i.code, path: i.path, message: i.message, params: i.params })) ?? [], checked });
    } catch (e) {
      setCheckError(e);
    } finally {
      setChecking(false);
    }
  };
  const doPublish = async () => {
    const checked = draft;
    try {
      const result = await publish({ variables: { input: toInput(checked) } });
      if (result.data) onPublished(result.data.publishCareerLadder.effectiveFrom);
    } catch (e) {
      const refused = issuesFromError(e);
      if (refused.length) setFound({ issues: refused, checked });
    }
  };
  const summary = issues ? unplacedIssues(issues, ['levels', 'moves', 'competencies', 'tracks']) : [];

  return (
    <Stack gap="lg">
      {fromTemplate ? (
        <Alert color="blue" title={t('career.ladder.templateTitle')} data-testid="ladder-template-note">
          {t('career.ladder.templateBody')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('career.ladder.inForce', { date: format.date(source.effectiveFrom) })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('career.ladder.effectiveFrom')} description={t('career.ladder.effectiveFromHelp')} required value={draft.effectiveFrom} onChange={(e) => setDraft({ ...draft, effectiveFrom: e.currentTarget.value })} data-testid="ladder-effective-from" />
        <TextInput label={t('career.ladder.note')} description={t('career.ladder.noteHelp')} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })} maxLength={2000} data-testid="ladder-note" />
      </SimpleGrid>
      <Group gap="sm">
        <Button variant="default" onClick={() => void check()} loading={checking} data-testid="ladder-check">
          {t('career.ladder.check')}
        </Button>
        <Button onClick={() => void doPublish()} loading={publishState.loading} disabled={!draft.effectiveFrom} data-testid="ladder-publish">
          {t('career.ladder.publish')}
        </Button>
      </Group>
      <div role="status" aria-live="polite" data-testid="ladder-status">
        {issues !== null && issues.length === 0 ? <Text c="teal.9">{t('career.ladder.noIssues')}</Text> : null}
      </div>
      {checkError ? <ErrorAlert error={checkError} /> : null}
      {publishState.error && !issuesFromError(publishState.error).length ? <ErrorAlert error={publishState.error} /> : null}
      {issues && issues.length > 0 ? (
        <Alert color="red" role="alert" title={t('career.ladder.issuesFound', { n: format.number(issues.length) })} data-testid="ladder-issues">
          <Text size="sm">{t('career.ladder.issuesWhere')}</Text>
          {summary.length ? (
            <List size="sm" mt="xs">
              {summary.map((i, n) => (
                <List.Item key={n}>{i.message}</List.Item>
              ))}
            </List>
          ) : null}
          <Text size="sm" mt="xs">
            {t('career.ladder.issueCounts', {
              levels: format.number(issuesAt(issues, 'levels').length),
              moves: format.number(issuesAt(issues, 'moves').length),
              competencies: format.number(issuesAt(issues, 'competencies').length + issuesAt(issues, 'tracks').length),
            })}
          </Text>
        </Alert>
      ) : null}

      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List aria-label={t('career.ladder.views')}>
          {(['graph', 'levels', 'moves', 'competencies', 'tracks', 'mapping', 'history'] as const).map((v) => (
            <Tabs.Tab key={v} value={v} data-testid={`ladder-tab-${v}`}>
              {t(`career.ladder.tab.${v}`)}
              {issues && ['levels', 'moves', 'competencies', 'tracks'].includes(v) && issuesAt(issues, v).length ? ` (${format.number(issuesAt(issues, v).length)})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tab === 'levels' || tab === 'competencies' || tab === 'tracks' ? (
          <SegmentedControl
            mt="md"
            value={textLanguage}
            onChange={(v) => setTextLanguage(v as keyof Localized)}
            data={LOCALIZED_FIELDS.map((f) => ({ value: f.field, label: LOCALE_NATIVE_NAMES[f.locale] }))}
            aria-label={t('career.ladder.textLanguage')}
          />
        ) : null}
        <Tabs.Panel value="graph" pt="md">
          <GraphView draft={draft} index={index} />
        </Tabs.Panel>
        <Tabs.Panel value="levels" pt="md">
          <LevelsEditor draft={draft} setDraft={setDraft} index={index} issues={issues ?? []} fixed={fixedKeys} lang={textLanguage} />
        </Tabs.Panel>
        <Tabs.Panel value="moves" pt="md">
          <MovesEditor draft={draft} setDraft={setDraft} index={index} issues={issues ?? []} fixed={fixedKeys} levelKeys={levelKeys} />
        </Tabs.Panel>
        <Tabs.Panel value="competencies" pt="md">
          <CompetenciesEditor draft={draft} setDraft={setDraft} issues={issues ?? []} fixed={fixedKeys} lang={textLanguage} />
        </Tabs.Panel>
        <Tabs.Panel value="tracks" pt="md">
          <TracksEditor draft={draft} setDraft={setDraft} issues={issues ?? []} fixed={fixedKeys} lang={textLanguage} />
        </Tabs.Panel>
        <Tabs.Panel value="mapping" pt="md">
          <HrisMapping ladder={source} index={ladderIndex(source, i18n.language)} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VersionHistory versions={versions} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `fixed`: keys of the version in force. Past records name them, so they are fixed; only new keys can be edited. */
type EditorProps = { draft: LadderDraft; setDraft: (d: LadderDraft) => void; issues: readonly LadderIssueLike[]; fixed: ReadonlySet<string> };

function FieldIssues({ issues, path, exact = true }: { issues: readonly LadderIssueLike[]; path: string; exact?: boolean }) {
  const found = issuesAt(issues, path, exact);
  if (!found.length) return null;
  return (
    <Text size="xs" c="red.9" role="note" data-testid="ladder-field-issue">
      {found.map((i) => i.message).join(' ')}
    </Text>
  );
}

/** The issue text for a Mantine field's `error` (announced with the field), or undefined. */
function fieldError(issues: readonly LadderIssueLike[], path: string): string | undefined {
  const found = issuesAt(issues, path);
  return found.length ? found.map((i) => i.message).join(' ') : undefined;
}

function GraphView({ draft, index }: { draft: LadderDraft; index: LadderIndex }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ladder = asLadder(draft);
  const caption = t('career.ladder.movesCaption');
  const levelsCaption = t('career.ladder.levelsCaption');
  return (
    <Stack gap="md">
      <Text size="sm">{t('career.ladder.graphLegend')}</Text>
      <TableScroll label={t('career.ladder.graphLabel')}>
        <LadderGraph ladder={ladder} index={index} />
      </TableScroll>
      <TableScroll label={levelsCaption}>
        <Table withTableBorder striped miw={520} data-testid="ladder-levels-table">
          <Table.Caption>{levelsCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('career.ladder.track')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.level')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.ladder.rank')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.ladder.minMonths')}
              </Table.Th>
              <Table.Th scope="col">{t('career.ladder.entry')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...draft.levels]
              .sort((a, b) => a.trackKey.localeCompare(b.trackKey) || a.rank - b.rank)
              .map((l) => (
                <Table.Tr key={l.key}>
                  <Table.Td>{index.trackName(l.trackKey)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {index.levelName(l.key)}
                  </Table.Th>
                  <Table.Td ta="right">{format.number(l.rank)}</Table.Td>
                  <Table.Td ta="right">{format.number(l.minMonthsInLevel)}</Table.Td>
                  <Table.Td>{l.entry ? t('career.ladder.yes') : t('career.ladder.no')}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <TableScroll label={caption}>
        <Table withTableBorder striped miw={520} data-testid="ladder-moves-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('career.ladder.from')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.to')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.kind')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.certifications')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.moves.map((m, i) => (
              <Table.Tr key={i}>
                <Table.Td>{index.levelName(m.fromLevelKey)}</Table.Td>
                <Table.Td>{index.levelName(m.toLevelKey)}</Table.Td>
                <Table.Td>{t(`career.moveKind.${m.kind}`)}</Table.Td>
                <Table.Td>{m.requiredCertifications.length ? m.requiredCertifications.join(', ') : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function LevelsEditor({ draft, setDraft, index, issues, lang, fixed }: EditorProps & { index: LadderIndex; lang: keyof Localized }) {
  const { t } = useTranslation();
  const proficiencyOptions = [{ value: '0', label: t('career.ladder.notExpected') }, ...[1, 2, 3, 4, 5].map((p) => ({ value: String(p), label: String(p) }))];
  return (
    <Stack gap="sm">
      {/* Issues of the levels as a whole (NO_ENTRY_LEVEL). */}
      <FieldIssues issues={issues} path="levels" />
      <Accordion variant="separated" multiple>
        {draft.levels.map((level, i) => {
          const path = `levels/${i}`;
          const count = issuesAt(issues, path).length;
          const set = (patch: Partial<LadderDraft['levels'][number]>) => setDraft({ ...draft, levels: patchAt(draft.levels, i, patch) });
          return (
            <Accordion.Item key={i} value={String(i)} data-testid="ladder-level">
              <Accordion.Control>
                {index.levelName(level.key) || level.key} · {index.trackName(level.trackKey)}
                {count ? <Text span c="red.9" fw={700}>{` — ${t('career.ladder.issuesHere', { n: count })}`}</Text> : null}
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <FieldIssues issues={issues} path={path} />
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                    <TextInput
                      label={t('career.ladder.key')}
                      description={fixed.has(`level:${level.key}`) ? t('career.ladder.keyFixed') : undefined}
                      readOnly={fixed.has(`level:${level.key}`)}
                      value={level.key}
                      onChange={(e) => setDraft(renameLevel(draft, i, e.currentTarget.value))}
                      error={fieldError(issues, `${path}/key`)}
                    />
                    <TextInput
                      label={t('career.ladder.nameIn', { language: LOCALE_NATIVE_NAMES[LOCALIZED_FIELDS.find((f) => f.field === lang)?.locale ?? 'en'] })}
                      value={level.name[lang]}
                      onChange={(e) => set({ name: { ...level.name, [lang]: e.currentTarget.value } })}
                      error={fieldError(issues, `${path}/name`)}
                      data-testid="ladder-level-name"
                    />
                    <NativeSelect
                      label={t('career.ladder.track')}
                      value={level.trackKey}
                      onChange={(e) => set({ trackKey: e.currentTarget.value })}
                      data={draft.tracks.map((tr) => ({ value: tr.key, label: index.trackName(tr.key) }))}
                      error={fieldError(issues, `${path}/trackKey`)}
                    />
                    <NumberInput label={t('career.ladder.rank')} min={1} max={50} value={level.rank} onChange={(v) => set({ rank: Number(v) || 1 })} error={fieldError(issues, `${path}/rank`)} />
                    <NumberInput
                      label={t('career.ladder.minMonths')}
                      min={0}
                      max={120}
                      value={level.minMonthsInLevel}
                      onChange={(v) => set({ minMonthsInLevel: Number(v) || 0 })}
                      error={fieldError(issues, `${path}/minMonthsInLevel`)}
                      data-testid="ladder-level-min-months"
                    />
                    <Checkbox mt="lg" label={t('career.ladder.entryLabel')} checked={level.entry} onChange={(e) => set({ entry: e.currentTarget.checked })} />
                  </SimpleGrid>
                  <Text fw={700} size="sm">
                    {t('career.ladder.expectations')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                    {draft.competencies.map((c) => {
                      const at = level.expectations.findIndex((e) => e.competencyKey === c.key);
                      const value = at >= 0 ? level.expectations[at].proficiency : 0;
                      return (
                        <NativeSelect
                          key={c.key}
                          label={index.competencyName(c.key)}
                          value={String(value)}
                          onChange={(e) => setDraft(setExpectation(draft, i, c.key, Number(e.currentTarget.value)))}
                          data={proficiencyOptions}
                          error={at >= 0 ? fieldError(issues, `${path}/expectations/${at}`) : undefined}
                          data-testid={`ladder-expectation-${c.key}`}
                        />
                      );
                    })}
                  </SimpleGrid>
                  {level.expectations
                    .map((e, at) => ({ e, at }))
                    .filter(({ e }) => !draft.competencies.some((c) => c.key === e.competencyKey))
                    .map(({ e, at }) => (
                      <Group key={at} gap="xs">
                        <Text size="sm">{t('career.ladder.unknownExpectation', { key: e.competencyKey, proficiency: e.proficiency })}</Text>
                        <Button size="compact-xs" variant="default" onClick={() => setDraft(setExpectation(draft, i, e.competencyKey, 0))}>
                          {t('career.ladder.remove')}
                        </Button>
                        <FieldIssues issues={issues} path={`${path}/expectations/${at}`} exact={false} />
                      </Group>
                    ))}
                  <div>
                    <Button size="xs" color="red" variant="light" onClick={() => setDraft(removeLevel(draft, i))}>
                      {t('career.ladder.removeLevel')}
                    </Button>
                  </div>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <div>
        <Button variant="default" onClick={() => setDraft({ ...draft, levels: [...draft.levels, newLevel(draft)] })} data-testid="ladder-add-level">
          {t('career.ladder.addLevel')}
        </Button>
      </div>
    </Stack>
  );
}

function MovesEditor({ draft, setDraft, index, issues, levelKeys }: EditorProps & { index: LadderIndex; levelKeys: readonly string[] }) {
  const { t } = useTranslation();
  const levelOptions = levelKeys.map((k) => ({ value: k, label: index.levelName(k) || k }));
  const caption = t('career.ladder.movesCaption');
  return (
    <Stack gap="sm">
      <TableScroll label={caption}>
        <Table withTableBorder miw={760} data-testid="ladder-moves-editor">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('career.ladder.from')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.to')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.kind')}</Table.Th>
              <Table.Th scope="col">{t('career.ladder.certifications')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('career.ladder.remove')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.moves.map((m, i) => {
              const path = `moves/${i}`;
              const set = (patch: Partial<LadderDraft['moves'][number]>) => setDraft({ ...draft, moves: patchAt(draft.moves, i, patch) });
              const n = i + 1;
              return (
                <Table.Tr key={i} data-testid="ladder-move">
                  <Table.Td>
                    <NativeSelect aria-label={t('career.ladder.fromN', { n })} value={m.fromLevelKey} onChange={(e) => set({ fromLevelKey: e.currentTarget.value })} data={levelOptions} error={fieldError(issues, `${path}/fromLevelKey`)} />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect aria-label={t('career.ladder.toN', { n })} value={m.toLevelKey} onChange={(e) => set({ toLevelKey: e.currentTarget.value })} data={levelOptions} error={fieldError(issues, `${path}/toLevelKey`)} />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('career.ladder.kindN', { n })}
                      value={m.kind}
                      onChange={(e) => set({ kind: e.currentTarget.value === 'LATERAL' ? 'LATERAL' : 'PROMOTION' })}
                      data={[
                        { value: 'PROMOTION', label: t('career.moveKind.PROMOTION') },
                        { value: 'LATERAL', label: t('career.moveKind.LATERAL') },
                      ]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      // Remounts when the list changes under it (a row above removed), so the text never goes stale.
                      key={`${m.fromLevelKey}>${m.toLevelKey}:${m.requiredCertifications.join('|')}`}
                      aria-label={t('career.ladder.certificationsN', { n })}
                      placeholder={t('career.ladder.certificationsHelp')}
                      defaultValue={m.requiredCertifications.join(', ')}
                      onBlur={(e) => set({ requiredCertifications: parseList(e.currentTarget.value) })}
                    />
                    <FieldIssues issues={issues} path={path} />
                    <FieldIssues issues={issues} path={`${path}/requiredCertifications`} exact={false} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDraft({ ...draft, moves: draft.moves.filter((_, j) => j !== i) })} aria-label={t('career.ladder.removeMoveN', { n })}>
                      {t('career.ladder.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <div>
        <Button
          variant="default"
          disabled={levelKeys.length === 0}
          onClick={() => setDraft({ ...draft, moves: [...draft.moves, { fromLevelKey: levelKeys[0], toLevelKey: levelKeys[Math.min(1, levelKeys.length - 1)], kind: 'PROMOTION', requiredCertifications: [] }] })}
          data-testid="ladder-add-move"
        >
          {t('career.ladder.addMove')}
        </Button>
      </div>
    </Stack>
  );
}

function CompetenciesEditor({ draft, setDraft, issues, lang, fixed }: EditorProps & { lang: keyof Localized }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Accordion variant="separated" multiple>
        {draft.competencies.map((c, i) => {
          const path = `competencies/${i}`;
          const count = issuesAt(issues, path).length;
          const set = (patch: Partial<LadderDraft['competencies'][number]>) => setDraft({ ...draft, competencies: patchAt(draft.competencies, i, patch) });
          return (
            <Accordion.Item key={i} value={String(i)} data-testid="ladder-competency">
              <Accordion.Control>
                {c.name[lang] || c.name.en || c.key}
                {count ? <Text span c="red.9" fw={700}>{` — ${t('career.ladder.issuesHere', { n: count })}`}</Text> : null}
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <FieldIssues issues={issues} path={path} />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('career.ladder.key')}
                      description={fixed.has(`competency:${c.key}`) ? t('career.ladder.keyFixed') : undefined}
                      readOnly={fixed.has(`competency:${c.key}`)}
                      value={c.key}
                      onChange={(e) => setDraft(renameCompetency(draft, i, e.currentTarget.value))}
                      error={fieldError(issues, `${path}/key`)}
                    />
                    <TextInput label={t('career.ladder.name')} value={c.name[lang]} onChange={(e) => set({ name: { ...c.name, [lang]: e.currentTarget.value } })} error={fieldError(issues, `${path}/name`)} />
                  </SimpleGrid>
                  <Textarea label={t('career.ladder.competencyDescription')} autosize minRows={2} value={c.description[lang]} onChange={(e) => set({ description: { ...c.description, [lang]: e.currentTarget.value } })} error={fieldError(issues, `${path}/description`)} />
                  <FieldIssues issues={issues} path={`${path}/anchors`} />
                  {[0, 1, 2, 3, 4].map((a) => (
                    <Textarea
                      key={a}
                      label={t('career.ladder.anchor', { n: a + 1 })}
                      autosize
                      minRows={1}
                      value={c.anchors[a]?.[lang] ?? ''}
                      onChange={(e) => {
                        const anchors = [0, 1, 2, 3, 4].map((k) => c.anchors[k] ?? { en: '', zhHans: '', zhHant: '', pl: '' });
                        anchors[a] = { ...anchors[a], [lang]: e.currentTarget.value };
                        set({ anchors });
                      }}
                      error={fieldError(issues, `${path}/anchors/${a}`)}
                    />
                  ))}
                  <div>
                    <Button size="xs" color="red" variant="light" onClick={() => setDraft(removeCompetency(draft, i))}>
                      {t('career.ladder.removeCompetency')}
                    </Button>
                  </div>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <div>
        <Button variant="default" onClick={() => setDraft({ ...draft, competencies: [...draft.competencies, newCompetency(draft)] })} data-testid="ladder-add-competency">
          {t('career.ladder.addCompetency')}
        </Button>
      </div>
    </Stack>
  );
}

function TracksEditor({ draft, setDraft, issues, lang, fixed }: EditorProps & { lang: keyof Localized }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {draft.tracks.map((tr, i) => {
        const path = `tracks/${i}`;
        const set = (patch: Partial<LadderDraft['tracks'][number]>) => setDraft({ ...draft, tracks: patchAt(draft.tracks, i, patch) });
        const used = draft.levels.some((l) => l.trackKey === tr.key);
        return (
          <Group key={i} align="flex-end" wrap="wrap" data-testid="ladder-track">
            <TextInput
              label={t('career.ladder.key')}
              description={fixed.has(`track:${tr.key}`) ? t('career.ladder.keyFixed') : undefined}
              readOnly={fixed.has(`track:${tr.key}`)}
              value={tr.key}
              onChange={(e) => setDraft(renameTrack(draft, i, e.currentTarget.value))}
              error={fieldError(issues, `${path}/key`)}
            />
            <TextInput label={t('career.ladder.name')} value={tr.name[lang]} onChange={(e) => set({ name: { ...tr.name, [lang]: e.currentTarget.value } })} error={fieldError(issues, `${path}/name`)} />
            <Button size="xs" variant="subtle" color="red" disabled={used} title={used ? t('career.ladder.trackInUse') : undefined} onClick={() => setDraft({ ...draft, tracks: draft.tracks.filter((_, j) => j !== i) })}>
              {t('career.ladder.remove')}
            </Button>
            <FieldIssues issues={issues} path={path} />
          </Group>
        );
      })}
      <div>
        <Button variant="default" onClick={() => setDraft({ ...draft, tracks: [...draft.tracks, { key: freshKey('track', draft.tracks.map((x) => x.key)), name: { en: '', zhHans: '', zhHant: '', pl: '' } }] })}>
          {t('career.ladder.addTrack')}
        </Button>
      </div>
    </Stack>
  );
}

function VersionHistory({ versions }: { versions: Versions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('career.ladder.historyCaption');
  if (versions.length === 0) return <Text c="dimmed">{t('career.ladder.noVersions')}</Text>;
  const today = todayIso();
  return (
    <TableScroll label={caption}>
      <Table withTableBorder striped miw={560} data-testid="ladder-versions">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('career.ladder.effectiveFrom')}</Table.Th>
            <Table.Th scope="col">{t('career.ladder.publishedAt')}</Table.Th>
            <Table.Th scope="col">{t('career.ladder.publishedBy')}</Table.Th>
            <Table.Th scope="col">{t('career.ladder.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions]
            .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
            .map((v) => (
              <Table.Tr key={v.id}>
                <Table.Th scope="row" fw={400}>
                  {format.date(v.effectiveFrom)}
                  {v.effectiveFrom > today ? ` (${t('career.ladder.scheduled')})` : ''}
                </Table.Th>
                <Table.Td>{format.dateTime(v.publishedAt)}</Table.Td>
                <Table.Td>{v.publishedBy ?? '—'}</Table.Td>
                <Table.Td>{v.note ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
