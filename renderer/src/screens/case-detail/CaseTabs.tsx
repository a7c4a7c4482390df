// The case's tabs on one line at any width: the tabs that do not fit move into a "Meer" menu at the
// end (the active one among them named on its button), so the row never wraps onto a second line
// and pushes the work down — at 1024×700 every pixel of height counts.
import { Button, Menu, Tabs } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTabs, type CaseTab } from '@renderer/app/routes';
import classes from './case-tabs.module.css';

/** Room kept for the "Meer" button when some tabs overflow. */
const MORE_WIDTH = 150;

export function CaseTabList({ active, onSelect }: { active: CaseTab; onSelect(tab: CaseTab): void }) {
  const { t } = useTranslation();
  const { ref: rowRef, width } = useElementSize();
  const measure = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<number[]>([]);

  // The natural width of every tab, measured once from an invisible copy of the row.
  useLayoutEffect(() => {
    const items = measure.current?.querySelectorAll<HTMLElement>('[data-measure]');
    if (items) setWidths([...items].map((item) => item.offsetWidth));
  }, []);

  let visible: number = caseTabs.length;
  const measured = width > 0 && widths.length === caseTabs.length;
  if (measured) {
    const total = widths.reduce((sum, w) => sum + w, 0);
    if (total > width) {
      let used = MORE_WIDTH;
      visible = 0;
      while (visible < caseTabs.length && used + widths[visible]! <= width) used += widths[visible++]!;
    }
  }
  const shown = caseTabs.slice(0, visible);
  const hidden = caseTabs.slice(visible);
  const activeHidden = hidden.includes(active);

  return (
    <div ref={rowRef} className={classes.row} data-testid="case-tabs" data-measured={measured}>
      <div ref={measure} className={classes.measure} aria-hidden>
        {caseTabs.map((key) => (
          <span key={key} data-measure className={classes.measureItem}>
            {t(`caseDetail.tab.${key}`)}
          </span>
        ))}
      </div>
      <div className={classes.bar}>
        <Tabs.List className={classes.list}>
          {shown.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`caseDetail.tab.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* Beside the tab list, not in it: a tablist holds tabs only. */}
        {hidden.length > 0 && (
          // No focus placeholder: a focusable role="presentation" inside role="menu" is not a menu item (axe: aria-required-children).
          <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <Button variant={activeHidden ? 'light' : 'subtle'} size="sm" className={classes.more} data-testid="case-tabs-more">
                {activeHidden ? `${t(`caseDetail.tab.${active}`)} ▾` : `${t('casework.tabs.more')} ▾`}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {hidden.map((key) => (
                <Menu.Item key={key} onClick={() => onSelect(key)} aria-current={key === active ? 'page' : undefined}>
                  {t(`caseDetail.tab.${key}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </div>
    </div>
  );
}
