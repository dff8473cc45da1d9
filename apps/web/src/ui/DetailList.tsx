import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

export type Detail = { label: string; value: ReactNode; testId?: string };

/** Label/value pairs as a real description list, so assistive tech reads them as pairs. */
export function DetailList({ items }: { items: readonly Detail[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label} data-testid={item.testId}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Text component="dd" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
