// A console table's header row, from its column names.

import { useConsoleText, type ConsoleKey } from '../i18n/ConsoleText.js';

export function TableHead({ columns }: { columns: readonly ConsoleKey[] }) {
  const c = useConsoleText();
  return (
    <thead>
      <tr>
        {columns.map((k) => (
          <th key={k} scope="col">
            {c(k)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
