import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Card, Code, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { useFormat } from '../../../i18n/useFormat';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportResultView } from './ImportResultView';
import { UploadFailure, uploadCsv, type ImportKind, type ImportResult, type UploadFailureCode } from './upload';

const COLUMNS: Record<ImportKind, string> = {
  people:
    'hris_id,email,first_name,last_name,job_title,level,team_path,manager_hris_id,work_mode,work_mode_since,site,time_zone,shift_pattern,language,hire_date,exit_date,exit_reason',
  signals: 'hris_id,week_start,contacts_handled,occupancy_pct,overtime_hours,adherence_pct,qa_score,csat',
};

export default function ImportPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageHeader area="import" title={t('import.title')} description={t('import.description')} />
      <Stack gap="lg">
        {can('people:import') ? <ImportPanel kind="people" /> : null}
        {can('signals:import') ? <ImportPanel kind="signals" /> : null}
      </Stack>
    </>
  );
}

type State =
  | { status: 'idle' }
  | { status: 'uploading'; dryRun: boolean; progress: number | null }
  | { status: 'done'; result: ImportResult }
  | { status: 'failed'; code: UploadFailureCode; message: string | null };

function ImportPanel({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const prefix = `import-${kind}`;
  const inputId = `${prefix}-file`;

  useEffect(() => () => abort.current?.abort(), []);

  async function run(dryRun: boolean) {
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: 'uploading', dryRun, progress: 0 });
    try {
      const result = await uploadCsv({
        kind,
        file,
        dryRun,
        signal: controller.signal,
        onProgress: (fraction) => setState((s) => (s.status === 'uploading' ? { ...s, progress: fraction } : s)),
      });
      setState({ status: 'done', result });
    } catch (error) {
      const failure = error instanceof UploadFailure ? error : new UploadFailure('NETWORK', null);
      setState(failure.code === 'ABORTED' ? { status: 'idle' } : { status: 'failed', code: failure.code, message: failure.serverMessage });
    }
  }

  const uploading = state.status === 'uploading';
  const percent = uploading && state.progress !== null ? Math.round(state.progress * 100) : 0;
  const processing = uploading && percent >= 100;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${prefix}-title`} data-testid={prefix}>
      <Stack>
        <div>
          <Title order={2} size="h3" id={`${prefix}-title`}>
            {t(`import.${kind}Title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`import.${kind}Help`)}
          </Text>
        </div>
        <Text size="sm">
          {t('import.expectedColumns')} <Code style={{ wordBreak: 'break-all' }}>{COLUMNS[kind]}</Code>
        </Text>

        <Stack gap={6}>
          <Text component="span" fw={500} size="sm" id={`${inputId}-label`}>
            {t(`import.${kind}File`)}
          </Text>
          <Text size="xs" c="dimmed" id={`${inputId}-description`}>
            {t('import.fileHelp')}
          </Text>
          <Group gap="sm">
            {/* A translated button instead of the browser's own "Choose file" text; the input stays a
                real file input (hidden), so browser tests can still set files on it. */}
            <FileButton
              accept=".csv,text/csv"
              disabled={uploading}
              onChange={(chosen) => {
                setFile(chosen);
                setState({ status: 'idle' });
              }}
              inputProps={{ id: inputId, 'data-testid': `${prefix}-file`, 'aria-labelledby': `${inputId}-label` } as Record<string, string>}
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  aria-labelledby={`${inputId}-button ${inputId}-label`}
                  aria-describedby={`${inputId}-description ${inputId}-name`}
                  id={`${inputId}-button`}
                  data-testid={`${prefix}-choose`}
                >
                  {t('import.chooseFile')}
                </Button>
              )}
            </FileButton>
            <Text size="sm" id={`${inputId}-name`} data-testid={`${prefix}-file-name`}>
              {file
                ? t('import.selectedFile', { name: file.name, size: format.number(file.size / 1024, { maximumFractionDigits: 1 }) })
                : t('import.noFile')}
            </Text>
          </Group>
        </Stack>

        <Group>
          <Button variant="default" onClick={() => void run(true)} disabled={!file || uploading} data-testid={`${prefix}-dry-run`}>
            {t('import.dryRun')}
          </Button>
          <Button onClick={() => void run(false)} disabled={!file || uploading} data-testid={`${prefix}-apply`}>
            {t('import.apply')}
          </Button>
          {uploading ? (
            <Button variant="subtle" color="red" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          ) : null}
          {kind === 'people' ? (
            <Anchor href="/api/exports/people.csv" download data-testid="export-people">
              {t('import.export')}
            </Anchor>
          ) : null}
        </Group>

        {uploading ? (
          <Stack gap={4} data-testid={`${prefix}-progress`}>
            <Progress value={percent} size="lg" aria-label={t('import.uploadProgress')} animated={processing} striped={processing} />
            <Text size="sm" role="status">
              {processing ? t('import.processing') : t('import.uploading', { percent: format.percent(percent / 100) })}
            </Text>
          </Stack>
        ) : null}

        {state.status === 'failed' ? (
          <Alert role="alert" color="red" variant="light" title={t(`import.failure.${state.code}`)} data-testid={`${prefix}-failure`}>
            {state.message ? <Text size="sm">{state.message}</Text> : null}
          </Alert>
        ) : null}

        {state.status === 'done' ? <ImportResultView result={state.result} testIdPrefix={prefix} /> : null}
      </Stack>
    </Card>
  );
}
