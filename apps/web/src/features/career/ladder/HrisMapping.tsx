import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerHrisMappingDocument, MapHrisLevelDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { TableScroll } from '../../pulse/TableScroll';
import type { LadderIndex, LadderLike } from '../ladderIndex';

/** HRIS level text → ladder level; levels nobody mapped are listed with how many people hold them. */
export function HrisMapping({ ladder, index }: { ladder: LadderLike; index: LadderIndex }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(CareerHrisMappingDocument);
  const [map, mapState] = useMutation(MapHrisLevelDocument, { refetchQueries: [CareerHrisMappingDocument] });
  const [choices, setChoices] = useState<Record<string, string>>({});
  const options = [{ value: '', label: t('career.mapping.choose') }, ...ladder.levels.map((l) => ({ value: l.key, label: index.levelName(l.key) }))];
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data) return null;
  const mappedCaption = t('career.mapping.mappedCaption');
  const unmappedCaption = t('career.mapping.unmappedCaption');
  return (
    <Stack gap="lg" data-testid="hris-mapping">
      {mapState.error ? <ErrorAlert error={mapState.error} /> : null}
      <section aria-labelledby="unmapped-title">
        <Title order={2} size="h5" id="unmapped-title" mb="xs">
          {t('career.mapping.unmappedTitle')}
        </Title>
        {data.unmappedHrisLevels.length === 0 ? (
          <Text c="dimmed">{t('career.mapping.allMapped')}</Text>
        ) : (
          <TableScroll label={unmappedCaption}>
            <Table withTableBorder miw={520} data-testid="hris-unmapped">
              <Table.Caption>{unmappedCaption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('career.mapping.hrisLevel')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('career.mapping.people')}
                  </Table.Th>
                  <Table.Th scope="col">{t('career.mapping.level')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.unmappedHrisLevels.map((u) => (
                  <Table.Tr key={u.hrisLevel}>
                    <Table.Th scope="row" fw={500}>
                      {u.hrisLevel}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(u.people)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <NativeSelect aria-label={t('career.mapping.levelFor', { hris: u.hrisLevel })} value={choices[u.hrisLevel] ?? ''} onChange={(e) => setChoices({ ...choices, [u.hrisLevel]: e.currentTarget.value })} data={options} />
                        <Button size="xs" disabled={!choices[u.hrisLevel]} loading={mapState.loading} onClick={() => void map({ variables: { hrisLevel: u.hrisLevel, levelKey: choices[u.hrisLevel] } }).catch(() => null)}>
                          {t('career.mapping.map')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="mapped-title">
        <Title order={2} size="h5" id="mapped-title" mb="xs">
          {t('career.mapping.mappedTitle')}
        </Title>
        {data.hrisLevelMappings.length === 0 ? (
          <Text c="dimmed">{t('career.mapping.noneMapped')}</Text>
        ) : (
          <TableScroll label={mappedCaption}>
            <Table withTableBorder striped miw={520} data-testid="hris-mapped">
              <Table.Caption>{mappedCaption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('career.mapping.hrisLevel')}</Table.Th>
                  <Table.Th scope="col">{t('career.mapping.level')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('career.mapping.unmap')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.hrisLevelMappings]
                  .sort((a, b) => a.hrisLevel.localeCompare(b.hrisLevel))
                  .map((m) => (
                    <Table.Tr key={m.hrisLevel}>
                      <Table.Th scope="row" fw={500}>
                        {m.hrisLevel}
                      </Table.Th>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('career.mapping.levelFor', { hris: m.hrisLevel })}
                          value={m.levelKey}
                          onChange={(e) => e.currentTarget.value && void map({ variables: { hrisLevel: m.hrisLevel, levelKey: e.currentTarget.value } }).catch(() => null)}
                          data={[...options.slice(1), ...(ladder.levels.some((l) => l.key === m.levelKey) ? [] : [{ value: m.levelKey, label: m.levelKey }])]}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" color="red" onClick={() => void map({ variables: { hrisLevel: m.hrisLevel, levelKey: null } }).catch(() => null)} aria-label={t('career.mapping.unmapNamed', { hris: m.hrisLevel })}>
                          {t('career.mapping.unmap')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>
    </Stack>
  );
}
